import type { FeatureModule } from '../../app/featureModules';
import { caseAssessmentStatus, type StoredAssessment } from '../../domain/assessmentProgress';

export const caseSections: FeatureModule['caseSections'] = [
  {
    id: 'assessment',
    title: 'Assessment',
    path: 'assessment',
    hint: 'The three domains, views, agencies and conclusions for each child',
    status: (records) => {
      const episode = records['episode']?.[0];
      const childIds = Array.isArray(episode?.data['childIds']) ? (episode.data['childIds'] as string[]) : [];
      return caseAssessmentStatus(childIds, (records['assessment'] ?? []) as StoredAssessment[]);
    },
  },
];

import type { FeatureModule } from '../../app/featureModules';

export const caseSections: FeatureModule['caseSections'] = [
  {
    id: 'pre-assessment',
    title: 'Pre-assessment checklist (optional)',
    path: 'pre-assessment',
    status: (records) => {
      const checklists = records.preAssessment ?? [];
      if (checklists.some((record) => typeof record.data.completedAt === 'string')) return 'completed';
      return checklists.length > 0 ? 'inProgress' : 'notStarted';
    },
  },
];

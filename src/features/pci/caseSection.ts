import type { FeatureModule } from '../../app/featureModules';

export const caseSections: FeatureModule['caseSections'] = [
  {
    id: 'distance-travelled',
    title: 'Distance travelled (PCI scores)',
    path: 'distance-travelled',
    hint: 'The family’s worries scored 1 to 5 at the assessment and every review',
    // Scored at the assessment and re-scored at every review, so only closing the CAF finishes it.
    status: (records) => {
      if (!records.pciScore?.length) return records.need?.length ? 'notStarted' : 'cannotStart';
      if (records.episode?.some((episode) => episode.data.status === 'closed')) return 'completed';
      return 'inProgress';
    },
  },
];

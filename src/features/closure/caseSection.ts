import type { FeatureModule } from '../../app/featureModules';

export const caseSections: FeatureModule['caseSections'] = [
  {
    id: 'closure',
    title: 'Closure',
    path: 'closure',
    // Closed means the closure record and the episode status agree; they are written in one batch.
    status: (records) =>
      records.episode?.some((episode) => episode.data.status === 'closed') && (records.closure?.length ?? 0) > 0
        ? 'completed'
        : 'notStarted',
  },
];

import type { FeatureModule } from '../../app/featureModules';

export const caseSections: FeatureModule['caseSections'] = [
  {
    id: 'reviews',
    title: 'Reviews',
    path: 'reviews',
    hint: 'At least every 3 months',
    // Reviews go on for as long as the plan does: only closing the CAF finishes them.
    status: (records) => {
      if (records.episode?.some((episode) => episode.data.status === 'closed')) return 'completed';
      if (records.review?.some((review) => review.data.status === 'held')) return 'inProgress';
      return 'notStarted';
    },
  },
];

import type { FeatureModule } from '../../app/featureModules';

export const routes: FeatureModule['routes'] = [
  {
    path: '/cases/:caseId/reviews',
    lazy: async () => ({ Component: (await import('./ReviewsPage')).ReviewsPage }),
  },
  {
    path: '/cases/:caseId/reviews/new',
    lazy: async () => ({ Component: (await import('./NewReviewPage')).NewReviewPage }),
  },
];

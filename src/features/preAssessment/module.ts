import type { FeatureModule } from '../../app/featureModules';

export const routes: FeatureModule['routes'] = [
  {
    path: '/cases/:caseId/pre-assessment',
    lazy: async () => ({ Component: (await import('./PreAssessmentPage')).PreAssessmentPage }),
  },
];

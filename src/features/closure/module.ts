import type { FeatureModule } from '../../app/featureModules';

export const routes: FeatureModule['routes'] = [
  {
    path: '/cases/:caseId/closure',
    lazy: async () => ({ Component: (await import('./ClosurePage')).ClosurePage }),
  },
];

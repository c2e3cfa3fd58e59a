import type { FeatureModule } from '../../app/featureModules';

export const routes: FeatureModule['routes'] = [
  {
    path: '/cases/:caseId/level-of-need',
    lazy: async () => ({ Component: (await import('./LevelOfNeedPage')).LevelOfNeedPage }),
  },
];

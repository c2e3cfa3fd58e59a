import type { FeatureModule } from '../../app/featureModules';

export const routes: FeatureModule['routes'] = [
  {
    path: '/dashboard',
    lazy: async () => ({ Component: (await import('./DashboardPage')).DashboardPage }),
  },
];

/** No task of its own on the case page. */
export const caseSections: FeatureModule['caseSections'] = [];

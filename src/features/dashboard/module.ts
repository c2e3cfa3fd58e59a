import type { FeatureModule } from '../../app/featureModules';

export const routes: FeatureModule['routes'] = [
  {
    path: '/dashboard',
    lazy: async () => ({ Component: (await import('./DashboardPage')).DashboardPage }),
  },
];

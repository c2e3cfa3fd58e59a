import type { FeatureModule } from '../../app/featureModules';

// No case-page section: the case page's summary links to /cases/:caseId/team.
export const routes: FeatureModule['routes'] = [
  {
    path: '/cases/:caseId/team',
    lazy: async () => ({ Component: (await import('./TeamPage')).TeamPage }),
  },
];

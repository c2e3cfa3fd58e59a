import type { FeatureModule } from '../../app/featureModules';

const base = '/cases/:caseId/assessment/:childId';

export const routes: FeatureModule['routes'] = [
  {
    path: '/cases/:caseId/assessment',
    lazy: async () => ({ Component: (await import('./AssessmentChildrenPage')).AssessmentChildrenPage }),
  },
  { path: base, lazy: async () => ({ Component: (await import('./AssessmentPage')).AssessmentPage }) },
  { path: `${base}/services`, lazy: async () => ({ Component: (await import('./ServicesPage')).ServicesPage }) },
  { path: `${base}/development`, lazy: async () => ({ Component: (await import('./DomainPage')).DevelopmentPage }) },
  {
    path: `${base}/parents-and-carers`,
    lazy: async () => ({ Component: (await import('./DomainPage')).ParentsAndCarersPage }),
  },
  {
    path: `${base}/family-and-environment`,
    lazy: async () => ({ Component: (await import('./DomainPage')).FamilyAndEnvironmentPage }),
  },
  { path: `${base}/views`, lazy: async () => ({ Component: (await import('./ViewsPage')).ViewsPage }) },
  { path: `${base}/agencies`, lazy: async () => ({ Component: (await import('./AgenciesPage')).AgenciesPage }) },
  {
    path: `${base}/conclusions`,
    lazy: async () => ({ Component: (await import('./ConclusionsPage')).ConclusionsPage }),
  },
  { path: `${base}/check`, lazy: async () => ({ Component: (await import('./CheckPage')).CheckPage }) },
];

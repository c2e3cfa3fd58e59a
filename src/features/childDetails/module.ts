import type { FeatureModule } from '../../app/featureModules';

export const routes: FeatureModule['routes'] = [
  {
    path: '/cases/:caseId/children',
    lazy: async () => ({ Component: (await import('./ChildrenPage')).ChildrenPage }),
  },
  {
    path: '/cases/:caseId/children/new',
    lazy: async () => ({ Component: (await import('./AddChildPage')).AddChildPage }),
  },
  {
    path: '/cases/:caseId/children/:childId',
    lazy: async () => ({ Component: (await import('./ChildDetailsPage')).ChildDetailsPage }),
  },
  {
    path: '/cases/:caseId/family-members/new',
    lazy: async () => ({ Component: (await import('./FamilyMemberPage')).FamilyMemberPage }),
  },
  {
    path: '/cases/:caseId/family-members/:memberId',
    lazy: async () => ({ Component: (await import('./FamilyMemberPage')).FamilyMemberPage }),
  },
];

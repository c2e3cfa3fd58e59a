import type { FeatureModule } from '../../app/featureModules';

export const routes: FeatureModule['routes'] = [
  {
    path: '/cases/:caseId/consent',
    lazy: async () => ({ Component: (await import('./ConsentPage')).ConsentPage }),
  },
  {
    path: '/cases/:caseId/consent/verbal',
    lazy: async () => ({ Component: (await import('./VerbalConsentPage')).VerbalConsentPage }),
  },
  {
    path: '/cases/:caseId/consent/withdraw',
    lazy: async () => ({ Component: (await import('./RecordWithdrawalPage')).RecordWithdrawalPage }),
  },
  {
    path: '/cases/:caseId/consent/without-consent',
    lazy: async () => ({ Component: (await import('./ShareWithoutConsentPage')).ShareWithoutConsentPage }),
  },
  {
    path: '/cases/:caseId/consent/family',
    lazy: async () => ({ Component: (await import('./FamilyConsentPage')).FamilyConsentPage }),
  },
  {
    path: '/cases/:caseId/consent/family/withdraw',
    lazy: async () => ({ Component: (await import('./FamilyConsentPage')).FamilyWithdrawPage }),
  },
];

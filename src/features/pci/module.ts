import type { FeatureModule } from '../../app/featureModules';

const base = '/cases/:caseId/distance-travelled';

export const routes: FeatureModule['routes'] = [
  {
    path: base,
    lazy: async () => ({ Component: (await import('./DistanceTravelledPage')).DistanceTravelledPage }),
  },
  {
    path: `${base}/record/:point`,
    lazy: async () => ({ Component: (await import('./RecordScoresPage')).RecordScoresPage }),
  },
  {
    path: `${base}/family/:point`,
    lazy: async () => ({ Component: (await import('./FamilyScoringPage')).FamilyScoringPage }),
  },
  {
    path: `${base}/charts`,
    lazy: async () => ({ Component: (await import('./ChartsPage')).ChartsPage }),
  },
  {
    path: '/reports/distance-travelled',
    lazy: async () => ({ Component: (await import('./DistanceTravelledReportPage')).DistanceTravelledReportPage }),
  },
];

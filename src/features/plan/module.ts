import type { FeatureModule } from '../../app/featureModules';

const base = '/cases/:caseId/plan';

export const routes: FeatureModule['routes'] = [
  { path: base, lazy: async () => ({ Component: (await import('./PlanPage')).PlanPage }) },
  { path: `${base}/needs/new`, lazy: async () => ({ Component: (await import('./NeedPage')).NeedPage }) },
  { path: `${base}/needs/:needId`, lazy: async () => ({ Component: (await import('./NeedPage')).NeedPage }) },
  { path: `${base}/actions/new`, lazy: async () => ({ Component: (await import('./ActionPage')).ActionPage }) },
  { path: `${base}/actions/:actionId`, lazy: async () => ({ Component: (await import('./ActionPage')).ActionPage }) },
  { path: `${base}/meetings/new`, lazy: async () => ({ Component: (await import('./MeetingPage')).MeetingPage }) },
  {
    path: `${base}/meetings/:meetingId`,
    lazy: async () => ({ Component: (await import('./MeetingPage')).MeetingPage }),
  },
];

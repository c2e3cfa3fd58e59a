import type { FeatureModule } from '../../app/featureModules';
import { planStatus } from '../../domain/actionPlanRules';

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

export const caseSections: FeatureModule['caseSections'] = [
  {
    id: 'tac-plan',
    title: 'Team Around the Child plan',
    path: 'plan',
    hint: 'Needs, TAC meetings and SMART actions',
    status: (records) =>
      planStatus({
        needs: records['need'] ?? [],
        actions: records['action'] ?? [],
        meetings: records['tacMeeting'] ?? [],
      }),
  },
];

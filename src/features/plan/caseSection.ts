import type { FeatureModule } from '../../app/featureModules';
import { planStatus } from '../../domain/actionPlanRules';

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

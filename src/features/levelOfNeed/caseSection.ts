import type { FeatureModule } from '../../app/featureModules';

export const caseSections: FeatureModule['caseSections'] = [
  {
    id: 'level-of-need',
    title: 'Level of need',
    path: 'level-of-need',
    // A decision recorded is the section done; later steps up or down add to its history.
    status: (records) => ((records.levelOfNeed?.length ?? 0) > 0 ? 'completed' : 'notStarted'),
  },
];

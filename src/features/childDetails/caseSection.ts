import type { FeatureModule } from '../../app/featureModules';
import { childDetailsStatus } from './childDetailsStatus';

export const caseSections: FeatureModule['caseSections'] = [
  {
    id: 'child-details',
    title: 'Child’s details',
    path: 'children',
    hint: 'Children, parents and carers',
    status: childDetailsStatus,
  },
];

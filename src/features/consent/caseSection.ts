import type { FeatureModule } from '../../app/featureModules';
import { consentSectionStatus } from './consentSectionStatus';

export const caseSections: FeatureModule['caseSections'] = [
  {
    id: 'consent',
    title: 'Consent',
    path: 'consent',
    status: (records) => consentSectionStatus(records.consentEvent),
  },
];

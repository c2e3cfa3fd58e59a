import type { AppendChange } from '../../../src/domain/change';
import { consentHash } from '../../../src/domain/consentHash';
import { newId } from '../../../src/domain/ids';
import type { AgencyConsentScope } from '../../../src/domain/records/consent';
import { DEMO_AGENCIES } from '../demoSeed';
import type { TestDevice } from './testDevice';

export type ScopeChoice = AgencyConsentScope['basic'];

export function agencyScope(agencyId: string, basic: ScopeChoice, additional: ScopeChoice): AgencyConsentScope {
  return { agencyId, basic, additional };
}

/**
 * A signed consent event (written consent, a later agency change, or a withdrawal) whose proof
 * hash matches what it says was shown, as a device would append it. `tamper` changes the agencies
 * after the hash was taken, as an edited record would.
 */
export async function signedConsentChange(
  device: TestDevice,
  caseId: string,
  options: {
    stage: 'writtenShare' | 'agencyChange' | 'withdrawal';
    agencies: AgencyConsentScope[];
    signedAt: string;
    practitionerId?: string;
    tamper?: (agencies: AgencyConsentScope[]) => AgencyConsentScope[];
  },
): Promise<AppendChange> {
  const text = `Synthetic consent text shown for a ${options.stage} event.`;
  const shownTextHash = await consentHash({ text, agencies: options.agencies });
  return device.append('consentEvent', newId(), caseId, {
    stage: options.stage,
    signerName: 'Parent Synthetic',
    signerInitials: 'PS',
    capacity: 'parentWithPR',
    agencies: options.tamper ? options.tamper(options.agencies) : options.agencies,
    shownText: text,
    shownTextHash,
    signature: { typedName: 'Parent Synthetic', declarationAccepted: true },
    practitionerId: options.practitionerId ?? device.author,
    deviceId: device.deviceId,
    signedAt: options.signedAt,
  });
}

/**
 * Tests of sync mechanics put a school worker on a health visitor's case; since issue 6 the school
 * then receives the case only with the family's consent. This is that consent, to both demo
 * agencies in full, hashed once when the module loads.
 */
const TEAM_CONSENT_TEXT = 'Synthetic written consent: share the CAF with the health visiting team and the school.';
const TEAM_CONSENT_AGENCIES: AgencyConsentScope[] = [
  agencyScope(DEMO_AGENCIES.health.id, 'include', 'include'),
  agencyScope(DEMO_AGENCIES.school.id, 'include', 'include'),
];
const TEAM_CONSENT_HASH = await consentHash({ text: TEAM_CONSENT_TEXT, agencies: TEAM_CONSENT_AGENCIES });

export function teamConsentFields(practitionerId: string, deviceId: string): Record<string, unknown> {
  return {
    stage: 'writtenShare',
    signerName: 'Parent Synthetic',
    capacity: 'parentWithPR',
    agencies: TEAM_CONSENT_AGENCIES,
    shownText: TEAM_CONSENT_TEXT,
    shownTextHash: TEAM_CONSENT_HASH,
    signature: { typedName: 'Parent Synthetic', declarationAccepted: true },
    practitionerId,
    deviceId,
    signedAt: '2026-11-02T09:30:00.000Z',
  };
}

export function teamConsentChange(device: TestDevice, caseId: string): AppendChange {
  return device.append('consentEvent', newId(), caseId, teamConsentFields(device.author, device.deviceId));
}

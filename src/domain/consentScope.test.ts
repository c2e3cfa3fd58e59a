import { describe, expect, it } from 'vitest';
import type { ConsentEvent } from './records/consent';
import {
  agencyMayReceive,
  agencyMayReceiveKind,
  caseRecordFilter,
  caseInformationLevel,
  BASIC_INFORMATION_KINDS,
  deriveConsentState,
  type ConsentHistoryEntry,
} from './consentScope';

const HEALTH = 'agency-health';
const POLICE = 'agency-police';
const SCHOOL = 'agency-school';
const SOCIAL_CARE = 'agency-social-care';

let counter = 0;
function event(stage: ConsentEvent['stage'], day: number, extra: Partial<ConsentEvent> = {}): ConsentHistoryEntry {
  counter++;
  return {
    id: `event-${String(counter).padStart(3, '0')}`,
    data: {
      stage,
      practitionerId: 'p1',
      deviceId: 'device-1',
      signedAt: `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`,
      signerName: 'Test Parent',
      ...extra,
    } as ConsentEvent,
  };
}
const scope = (agencyId: string, basic: 'include' | 'exclude', additional: 'include' | 'exclude') => ({
  agencyId,
  basic,
  additional,
});
const written = (day: number, agencies: ReturnType<typeof scope>[]) =>
  event('writtenShare', day, { capacity: 'parentWithPR', agencies, shownText: 'text', shownTextHash: 'a'.repeat(64) });

function access(events: ConsentHistoryEntry[], agencyId: string) {
  const state = deriveConsentState(events);
  return {
    basic: agencyMayReceive(state, agencyId, 'basic'),
    additional: agencyMayReceive(state, agencyId, 'additional'),
  };
}

describe('who may see what now', () => {
  it('shares nothing before written consent, even with verbal consent to make enquiries', () => {
    expect(deriveConsentState([]).status).toBe('none');
    const history = [event('verbalEnquiries', 1)];
    expect(deriveConsentState(history).status).toBe('verbalOnly');
    expect(access(history, HEALTH)).toEqual({ basic: false, additional: false });
  });

  it('follows written consent per agency, basic and additional separately; unlisted agencies get nothing', () => {
    const history = [
      event('verbalEnquiries', 1),
      written(2, [
        scope(HEALTH, 'include', 'include'),
        scope(POLICE, 'include', 'exclude'),
        scope(SCHOOL, 'exclude', 'exclude'),
      ]),
    ];
    const state = deriveConsentState(history);
    expect(state.status).toBe('given');
    expect(state.writtenConsentAt).toBe('2026-03-02T10:00:00.000Z');
    expect(access(history, HEALTH)).toEqual({ basic: true, additional: true });
    expect(access(history, POLICE)).toEqual({ basic: true, additional: false });
    expect(access(history, SCHOOL)).toEqual({ basic: false, additional: false });
    expect(access(history, SOCIAL_CARE)).toEqual({ basic: false, additional: false });
  });

  it('adds and removes single agencies later without touching the others', () => {
    const history = [
      written(2, [scope(HEALTH, 'include', 'include'), scope(POLICE, 'include', 'exclude')]),
      event('agencyChange', 5, { agencies: [scope(SCHOOL, 'include', 'include')], signerInitials: 'TP' }),
      event('agencyChange', 6, { agencies: [scope(HEALTH, 'include', 'exclude')], signerInitials: 'TP' }),
    ];
    expect(access(history, SCHOOL)).toEqual({ basic: true, additional: true });
    expect(access(history, HEALTH)).toEqual({ basic: true, additional: false });
    expect(access(history, POLICE)).toEqual({ basic: true, additional: false });
    expect(deriveConsentState(history).agencies.get(HEALTH)?.changedAt).toBe('2026-03-06T10:00:00.000Z');
  });

  it('applies events in the order they were given, not the order they arrived', () => {
    const history = [
      event('agencyChange', 9, { agencies: [scope(POLICE, 'exclude', 'exclude')], signerInitials: 'TP' }),
      written(2, [scope(HEALTH, 'include', 'include'), scope(POLICE, 'include', 'include')]),
    ];
    expect(access(history, POLICE)).toEqual({ basic: false, additional: false });
    expect(access(history, HEALTH)).toEqual({ basic: true, additional: true });
  });

  it('withdrawal of every agency stops all sharing, flags the case for review until fresh consent', () => {
    const history = [
      written(2, [scope(HEALTH, 'include', 'include'), scope(POLICE, 'include', 'include')]),
      event('withdrawal', 4, { reviewBy: 'lead-1' }),
    ];
    const state = deriveConsentState(history);
    expect(state.status).toBe('withdrawn');
    expect(state.withdrawal).toMatchObject({ everyAgency: true, agencyIds: [], reviewBy: 'lead-1' });
    expect(state.writtenConsentAt).toBeUndefined();
    expect(access(history, HEALTH)).toEqual({ basic: false, additional: false });
    expect(access(history, POLICE)).toEqual({ basic: false, additional: false });

    const reconsented = [...history, written(8, [scope(HEALTH, 'include', 'exclude')])];
    const after = deriveConsentState(reconsented);
    expect(after.status).toBe('given');
    expect(after.withdrawal).toBeUndefined();
    expect(access(reconsented, HEALTH)).toEqual({ basic: true, additional: false });
    expect(access(reconsented, POLICE)).toEqual({ basic: false, additional: false });
  });

  it('withdrawal for one agency, or of additional information only, leaves the rest', () => {
    const history = [
      written(2, [
        scope(HEALTH, 'include', 'include'),
        scope(POLICE, 'include', 'include'),
        scope(SCHOOL, 'include', 'include'),
      ]),
      event('withdrawal', 4, { agencies: [scope(POLICE, 'exclude', 'exclude'), scope(SCHOOL, 'include', 'exclude')] }),
    ];
    const state = deriveConsentState(history);
    expect(state.status).toBe('given');
    expect(state.withdrawal).toMatchObject({ everyAgency: false, agencyIds: [POLICE, SCHOOL] });
    expect(access(history, HEALTH)).toEqual({ basic: true, additional: true });
    expect(access(history, POLICE)).toEqual({ basic: false, additional: false });
    expect(access(history, SCHOOL)).toEqual({ basic: true, additional: false });
  });

  it('a withdrawal cannot grant what was never agreed', () => {
    const history = [
      written(2, [scope(HEALTH, 'include', 'exclude')]),
      event('withdrawal', 4, { agencies: [scope(HEALTH, 'include', 'include'), scope(POLICE, 'include', 'include')] }),
    ];
    expect(access(history, HEALTH)).toEqual({ basic: true, additional: false });
    expect(access(history, POLICE)).toEqual({ basic: false, additional: false });
  });

  it('sharing without consent for a lawful reason reaches the recipients even after withdrawal', () => {
    const history = [
      written(2, [scope(HEALTH, 'include', 'include')]),
      event('withdrawal', 4),
      event('shareWithoutConsent', 5, {
        signerName: undefined,
        lawfulReason: 'riskOfSignificantHarm',
        justification: 'Disclosure at school',
        decidedBy: 'p2',
        recipientAgencyIds: [SOCIAL_CARE, HEALTH],
      }),
    ];
    const state = deriveConsentState(history);
    expect(state.status).toBe('withdrawn');
    expect(state.lawfulShares).toHaveLength(1);
    expect(state.agencies.get(SOCIAL_CARE)).toMatchObject({
      basic: true,
      additional: true,
      basis: 'lawfulReason',
      lawfulReason: 'riskOfSignificantHarm',
    });
    expect(state.agencies.get(HEALTH)).toMatchObject({ basis: 'lawfulReason', additional: true });
    expect(access(history, POLICE)).toEqual({ basic: false, additional: false });
  });

  it('tells sync which record kinds an agency may receive now', () => {
    const state = deriveConsentState([written(2, [scope(POLICE, 'include', 'exclude')])]);
    expect(agencyMayReceiveKind(state, POLICE, 'child', { holdsCase: false })).toBe(true);
    expect(agencyMayReceiveKind(state, POLICE, 'assessment', { holdsCase: false })).toBe(false);
    expect(agencyMayReceiveKind(state, POLICE, 'pciScore', { holdsCase: false })).toBe(false);
    expect(agencyMayReceiveKind(state, SCHOOL, 'child', { holdsCase: false })).toBe(false);
    expect(agencyMayReceiveKind(state, SCHOOL, 'assessment', { holdsCase: true })).toBe(true);
    expect(agencyMayReceiveKind(state, SCHOOL, 'agency', { holdsCase: false })).toBe(true);
  });
});

describe('what sync sends one practitioner of a case', () => {
  const agencyOf: Record<string, string> = { assessor: HEALTH, lead: SCHOOL, teacher: SCHOOL, officer: POLICE };
  const filterFor = (practitionerId: string, history: ConsentHistoryEntry[]) =>
    caseRecordFilter({
      history,
      episode: { assessorId: 'assessor', leadProfessionalId: 'lead' },
      practitionerId,
      practitionerAgencyId: agencyOf[practitionerId] as string,
      agencyOfPractitioner: (id) => agencyOf[id],
    });

  it('sends everything to the agencies holding the case and to others only what consent allows', () => {
    const history = [written(2, [scope(POLICE, 'include', 'include')])];
    expect(filterFor('assessor', history)('assessment')).toBe(true);
    expect(filterFor('teacher', history)('assessment')).toBe(true);
    expect(filterFor('officer', history)('assessment')).toBe(true);
    expect(filterFor('officer', [])('child')).toBe(false);
    expect(filterFor('officer', [])('agency')).toBe(true);
  });

  it('stops sending additional information to an agency after it is withdrawn for it', () => {
    const history = [
      written(2, [scope(POLICE, 'include', 'include')]),
      event('withdrawal', 3, { agencies: [scope(POLICE, 'include', 'exclude')] }),
    ];
    const officer = filterFor('officer', history);
    expect(officer('child')).toBe(true);
    expect(officer('assessment')).toBe(false);
    expect(officer('need')).toBe(false);
    expect(filterFor('assessor', history)('assessment')).toBe(true);
  });

  it('grades the whole case for the device: full, basic only, or nothing', () => {
    const level = (practitionerId: string, history: ConsentHistoryEntry[]) =>
      caseInformationLevel({
        history,
        episode: { assessorId: 'assessor', leadProfessionalId: 'lead' },
        practitionerId,
        practitionerAgencyId: agencyOf[practitionerId] as string,
        agencyOfPractitioner: (id) => agencyOf[id],
      });
    expect(level('assessor', [])).toBe('full');
    expect(level('officer', [])).toBe('none');
    expect(level('officer', [written(2, [scope(POLICE, 'include', 'exclude')])])).toBe('basic');
    expect(level('officer', [written(2, [scope(POLICE, 'include', 'include')])])).toBe('full');
    expect(
      level('officer', [written(2, [scope(POLICE, 'include', 'include')]), event('withdrawal', 3, { agencies: [] })]),
    ).toBe('none');
    expect(BASIC_INFORMATION_KINDS).toContain('child');
    expect(BASIC_INFORMATION_KINDS).not.toContain('assessment');
    expect(BASIC_INFORMATION_KINDS).not.toContain('conflict');
  });
});

// "Who may see what now" across withdrawal and consent given again: kept apart from consentScope.test.ts so the
// sync-enforcement work on that file and these cases do not collide.
import { describe, expect, it } from 'vitest';
import type { ConsentEvent } from './records/consent';
import { agencyMayReceive, deriveConsentState, type ConsentHistoryEntry } from './consentScope';

const HEALTH = 'agency-health';
const POLICE = 'agency-police';
const SCHOOL = 'agency-school';

type Choice = 'include' | 'exclude';
const scope = (agencyId: string, basic: Choice, additional: Choice) => ({ agencyId, basic, additional });

let counter = 0;
function event(stage: ConsentEvent['stage'], day: number, extra: Partial<ConsentEvent> = {}): ConsentHistoryEntry {
  counter++;
  return {
    id: `event-${String(counter).padStart(3, '0')}`,
    data: {
      stage,
      practitionerId: 'p1',
      deviceId: 'device-1',
      signedAt: `2026-04-${String(day).padStart(2, '0')}T10:00:00.000Z`,
      signerName: 'Test Parent',
      ...extra,
    } as ConsentEvent,
  };
}
const written = (day: number, agencies: ReturnType<typeof scope>[]) =>
  event('writtenShare', day, { capacity: 'self', agencies, shownText: 'text', shownTextHash: 'b'.repeat(64) });
const change = (day: number, agencies: ReturnType<typeof scope>[]) =>
  event('agencyChange', day, { agencies, signerInitials: 'TP', shownText: 'text', shownTextHash: 'c'.repeat(64) });
const withdrawal = (day: number, agencies?: ReturnType<typeof scope>[]) => event('withdrawal', day, { agencies });

function sees(history: ConsentHistoryEntry[]) {
  const state = deriveConsentState(history);
  const of = (agencyId: string) => ({
    basic: agencyMayReceive(state, agencyId, 'basic'),
    additional: agencyMayReceive(state, agencyId, 'additional'),
  });
  return { state, health: of(HEALTH), police: of(POLICE), school: of(SCHOOL) };
}

const NOTHING = { basic: false, additional: false };
const EVERYTHING = { basic: true, additional: true };

describe('who may see what after withdrawal and consent given again', () => {
  it('an agency withdrawn on its own can be added back by a later initialled change, and only that agency', () => {
    const history = [
      written(1, [scope(HEALTH, 'include', 'include'), scope(POLICE, 'include', 'include')]),
      withdrawal(3, [scope(POLICE, 'exclude', 'exclude')]),
    ];
    expect(sees(history).police).toEqual(NOTHING);
    expect(sees(history).health).toEqual(EVERYTHING);

    const readded = sees([...history, change(6, [scope(POLICE, 'include', 'exclude')])]);
    expect(readded.police).toEqual({ basic: true, additional: false });
    expect(readded.health).toEqual(EVERYTHING);
    expect(readded.school).toEqual(NOTHING);
    expect(readded.state.status).toBe('given');
    expect(readded.state.agencies.get(POLICE)).toMatchObject({
      basis: 'consent',
      changedAt: '2026-04-06T10:00:00.000Z',
    });
  });

  it('verbal consent after a withdrawal gives nothing back: only written consent does', () => {
    const history = [written(1, [scope(HEALTH, 'include', 'include')]), withdrawal(3), event('verbalEnquiries', 5)];
    const after = sees(history);
    expect(after.health).toEqual(NOTHING);
    expect(after.state.status).toBe('withdrawn');
    expect(after.state.withdrawal).toMatchObject({ everyAgency: true });
  });

  it('fresh written consent after a full withdrawal is a new start: only what it lists, and the flag clears', () => {
    const history = [
      written(1, [scope(HEALTH, 'include', 'include'), scope(POLICE, 'include', 'include')]),
      withdrawal(3),
      written(7, [scope(SCHOOL, 'include', 'exclude')]),
    ];
    const after = sees(history);
    expect(after.state.status).toBe('given');
    expect(after.state.writtenConsentAt).toBe('2026-04-07T10:00:00.000Z');
    expect(after.state.withdrawal).toBeUndefined();
    expect(after.school).toEqual({ basic: true, additional: false });
    // Agreed before the withdrawal, not in the new consent: nothing comes back by itself.
    expect(after.health).toEqual(NOTHING);
    expect(after.police).toEqual(NOTHING);
  });

  it('withdrawing again after consent was given again stops sharing again and flags the case again', () => {
    const history = [
      written(1, [scope(HEALTH, 'include', 'include')]),
      withdrawal(3),
      written(7, [scope(HEALTH, 'include', 'include')]),
      withdrawal(9, [scope(HEALTH, 'include', 'exclude')]),
    ];
    const after = sees(history);
    expect(after.health).toEqual({ basic: true, additional: false });
    expect(after.state.status).toBe('given');
    expect(after.state.withdrawal).toMatchObject({
      everyAgency: false,
      agencyIds: [HEALTH],
      at: '2026-04-09T10:00:00.000Z',
    });

    const allAgain = sees([...history, withdrawal(11)]);
    expect(allAgain.health).toEqual(NOTHING);
    expect(allAgain.state.status).toBe('withdrawn');
    expect(allAgain.state.writtenConsentAt).toBeUndefined();
  });

  it('additional information withdrawn for one agency can be agreed again without touching basic information', () => {
    const history = [
      written(1, [scope(HEALTH, 'include', 'include')]),
      withdrawal(2, [scope(HEALTH, 'include', 'exclude')]),
      change(4, [scope(HEALTH, 'include', 'include')]),
    ];
    expect(sees(history.slice(0, 2)).health).toEqual({ basic: true, additional: false });
    expect(sees(history).health).toEqual(EVERYTHING);
  });

  it('decides by when each event was signed, so a change synced after a later withdrawal gives nothing back', () => {
    const arrivedInThisOrder = [
      written(1, [scope(HEALTH, 'include', 'include')]),
      withdrawal(4),
      // Initialled on another device on day 3, before the family withdrew, and synced afterwards.
      change(3, [scope(POLICE, 'include', 'include')]),
    ];
    const after = sees(arrivedInThisOrder);
    expect(after.health).toEqual(NOTHING);
    expect(after.police).toEqual(NOTHING);
    expect(after.state.status).toBe('withdrawn');
  });

  it('after everything was withdrawn, a change alone gives nothing back: the family signs written consent again', () => {
    const history = [
      written(1, [scope(HEALTH, 'include', 'include'), scope(POLICE, 'include', 'include')]),
      withdrawal(3),
      change(5, [scope(POLICE, 'include', 'include')]),
    ];
    expect(sees(history).police).toEqual(NOTHING);
    expect(sees(history).state.status).toBe('withdrawn');
    expect(sees([...history, written(7, [scope(POLICE, 'include', 'exclude')])]).police).toEqual({
      basic: true,
      additional: false,
    });
  });
});

import type { LawfulReasonId } from './config/lawfulReasons';
import type { ConsentEvent } from './records/consent';
import type { RecordKind } from './records/registry';

/**
 * "Who may see what now", derived from a case's consent history alone (seed 002 §4.3.2, the
 * Birmingham per-agency form in seed 004). Pure, so the device and the sync server decide the same
 * way from the same events.
 */

export type InformationLevel = 'basic' | 'additional';

/** One stored consent event, as read from the store: ordered by when it was given, then by id. */
export interface ConsentHistoryEntry {
  id: string;
  data: ConsentEvent;
}

export interface AgencyAccess {
  agencyId: string;
  /** Name, address, date of birth, school, GP, parents. */
  basic: boolean;
  /** Needs and sensitive details: the assessment, plan, reviews and scores. */
  additional: boolean;
  /** Why the agency may see the case now; a lawful reason outranks a withdrawn consent. */
  basis: 'consent' | 'lawfulReason' | 'none';
  lawfulReason?: LawfulReasonId;
  /** signedAt of the event that last changed this agency. */
  changedAt: string;
}

export interface ConsentWithdrawal {
  eventId: string;
  at: string;
  /** Empty when consent was withdrawn for every agency. */
  agencyIds: string[];
  everyAgency: boolean;
  reviewBy?: string;
}

export interface LawfulShare {
  eventId: string;
  at: string;
  lawfulReason: LawfulReasonId;
  recipientAgencyIds: string[];
  decidedBy: string;
  justification: string;
}

export type ConsentStatus = 'none' | 'verbalOnly' | 'given' | 'withdrawn';

export interface ConsentState {
  status: ConsentStatus;
  verbalEnquiriesAt?: string;
  /** When the written consent now in force was signed (the latest one after any full withdrawal). */
  writtenConsentAt?: string;
  agencies: Map<string, AgencyAccess>;
  /**
   * The latest withdrawal not yet superseded by fresh written consent: while set, the case is
   * flagged and the lead professional is asked to review it.
   */
  withdrawal?: ConsentWithdrawal;
  lawfulShares: LawfulShare[];
}

export function orderConsentHistory<T extends ConsentHistoryEntry>(events: readonly T[]): T[] {
  return [...events].sort((a, b) =>
    a.data.signedAt === b.data.signedAt
      ? a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0
      : Date.parse(a.data.signedAt) - Date.parse(b.data.signedAt),
  );
}

export function deriveConsentState(events: readonly ConsentHistoryEntry[]): ConsentState {
  const consented = new Map<string, { basic: boolean; additional: boolean; changedAt: string }>();
  const lawful = new Map<string, LawfulShare>();
  const state: ConsentState = { status: 'none', agencies: new Map(), lawfulShares: [] };
  let written = false;

  for (const { id, data: event } of orderConsentHistory(events)) {
    const at = event.signedAt;
    switch (event.stage) {
      case 'verbalEnquiries':
        // Consent to make enquiries lets the practitioner ask others about the family; it shares nothing.
        state.verbalEnquiriesAt ??= at;
        break;
      case 'writtenShare':
        // Written consent is a complete statement: an agency it does not list has no consent.
        consented.clear();
        for (const scope of event.agencies ?? [])
          consented.set(scope.agencyId, {
            basic: scope.basic === 'include',
            additional: scope.additional === 'include',
            changedAt: at,
          });
        written = true;
        state.writtenConsentAt = at;
        state.withdrawal = undefined;
        break;
      case 'agencyChange':
        // A change amends the written consent in force; after everything was withdrawn only fresh
        // written consent (the whole text read and signed again) can share anything.
        if (!written) break;
        for (const scope of event.agencies ?? [])
          consented.set(scope.agencyId, {
            basic: scope.basic === 'include',
            additional: scope.additional === 'include',
            changedAt: at,
          });
        break;
      case 'withdrawal': {
        const listed = event.agencies ?? [];
        const everyAgency = listed.length === 0;
        if (everyAgency) {
          for (const [agencyId, access] of consented)
            consented.set(agencyId, { ...access, basic: false, additional: false, changedAt: at });
          written = false;
          state.writtenConsentAt = undefined;
        } else
          for (const scope of listed) {
            const current = consented.get(scope.agencyId);
            // A withdrawal can only take consent away: "include" in it keeps what was agreed.
            consented.set(scope.agencyId, {
              basic: (current?.basic ?? false) && scope.basic === 'include',
              additional: (current?.additional ?? false) && scope.additional === 'include',
              changedAt: at,
            });
          }
        state.withdrawal = {
          eventId: id,
          at,
          agencyIds: listed.map((scope) => scope.agencyId),
          everyAgency,
          reviewBy: event.reviewBy,
        };
        break;
      }
      case 'shareWithoutConsent':
        if (!event.lawfulReason) break;
        {
          const share: LawfulShare = {
            eventId: id,
            at,
            lawfulReason: event.lawfulReason,
            recipientAgencyIds: event.recipientAgencyIds ?? [],
            decidedBy: event.decidedBy ?? '',
            justification: event.justification ?? '',
          };
          state.lawfulShares.push(share);
          for (const agencyId of share.recipientAgencyIds) lawful.set(agencyId, share);
        }
        break;
    }
  }

  for (const [agencyId, access] of consented) {
    const share = lawful.get(agencyId);
    state.agencies.set(agencyId, {
      agencyId,
      basic: access.basic || !!share,
      additional: access.additional || !!share,
      basis:
        share && !(access.basic && access.additional)
          ? 'lawfulReason'
          : access.basic || access.additional
            ? 'consent'
            : 'none',
      lawfulReason: share?.lawfulReason,
      changedAt: access.changedAt,
    });
  }
  for (const [agencyId, share] of lawful)
    if (!state.agencies.has(agencyId))
      state.agencies.set(agencyId, {
        agencyId,
        basic: true,
        additional: true,
        basis: 'lawfulReason',
        lawfulReason: share.lawfulReason,
        changedAt: share.at,
      });

  const anyConsent = [...consented.values()].some((access) => access.basic || access.additional);
  state.status =
    written && anyConsent
      ? 'given'
      : state.withdrawal
        ? 'withdrawn'
        : state.verbalEnquiriesAt
          ? 'verbalOnly'
          : written
            ? 'given'
            : 'none';
  return state;
}

export function agencyMayReceive(state: ConsentState, agencyId: string, level: InformationLevel): boolean {
  const access = state.agencies.get(agencyId);
  return level === 'basic' ? !!access?.basic : !!access?.additional;
}

/**
 * Which level of information each kind of case record is, for sync enforcement. Basic is what
 * identifies the family (seed 004: name, address, date of birth, school, GP, parents) and the
 * consent evidence itself; additional is everything about their needs.
 */
export const INFORMATION_LEVEL_BY_KIND: Record<Exclude<RecordKind, 'practitioner' | 'agency'>, InformationLevel> = {
  episode: 'basic',
  child: 'basic',
  household: 'basic',
  familyMember: 'basic',
  consentEvent: 'basic',
  roleAssignment: 'basic',
  auditEvent: 'basic',
  // A conflict carries both values of the field it is about, which may be an assessment's: it goes
  // only where additional information may go.
  conflict: 'additional',
  levelOfNeed: 'additional',
  preAssessment: 'additional',
  assessment: 'additional',
  need: 'additional',
  action: 'additional',
  tacMeeting: 'additional',
  meetingAttendance: 'additional',
  review: 'additional',
  closure: 'additional',
  pciScore: 'additional',
};

/**
 * May a practitioner of `agencyId` receive a case record of `kind` now? The agencies that hold the
 * case (its assessor's and lead professional's) always may: they are the ones the family gave
 * their information to. Directory records are not case information.
 */
export function agencyMayReceiveKind(
  state: ConsentState,
  agencyId: string,
  kind: RecordKind,
  options: { holdsCase: boolean },
): boolean {
  if (kind === 'practitioner' || kind === 'agency') return true;
  if (options.holdsCase) return true;
  return agencyMayReceive(state, agencyId, INFORMATION_LEVEL_BY_KIND[kind]);
}

/**
 * Sync enforcement for one practitioner and one case, from the case's consent history: which
 * record kinds they may receive now. The case is held by its assessor's and lead professional's
 * agencies (they took the family's information in the first place); every other agency,
 * TAC members' included, gets basic and additional information only as the consent allows.
 */
export function caseRecordFilter(options: {
  history: readonly ConsentHistoryEntry[];
  episode: { assessorId: string; leadProfessionalId?: string };
  practitionerId: string;
  practitionerAgencyId: string;
  agencyOfPractitioner: (practitionerId: string) => string | undefined;
}): (kind: RecordKind) => boolean {
  const state = deriveConsentState(options.history);
  const holders = [options.episode.assessorId, options.episode.leadProfessionalId].filter(
    (id): id is string => typeof id === 'string',
  );
  const holdsCase =
    holders.includes(options.practitionerId) ||
    holders.some((id) => options.agencyOfPractitioner(id) === options.practitionerAgencyId);
  return (kind) => agencyMayReceiveKind(state, options.practitionerAgencyId, kind, { holdsCase });
}

/** The case record kinds an agency with basic information only receives. */
export const BASIC_INFORMATION_KINDS: readonly RecordKind[] = (
  Object.entries(INFORMATION_LEVEL_BY_KIND) as [RecordKind, InformationLevel][]
)
  .filter(([, level]) => level === 'basic')
  .map(([kind]) => kind);

/** How much of one case a practitioner's device may hold now: all of it, its basic records, or nothing. */
export type CaseInformationLevel = 'full' | 'basic' | 'none';

export function caseInformationLevel(options: Parameters<typeof caseRecordFilter>[0]): CaseInformationLevel {
  const mayReceive = caseRecordFilter(options);
  if (mayReceive('assessment')) return 'full';
  return mayReceive('episode') ? 'basic' : 'none';
}

import {
  BASIC_INFORMATION_KINDS,
  caseInformationLevel,
  type CaseInformationLevel,
  type ConsentHistoryEntry,
} from '../../../src/domain/consentScope';
import type { ConsentEvent } from '../../../src/domain/records/consent';
import type { SyncStore } from '../store/store';

export interface CaseAccess {
  /** Cases the device may hold all of. */
  full: string[];
  /** Cases the device may hold only the basic information of (BASIC_INFORMATION_KINDS). */
  basicOnly: string[];
  /** The server sequence number this was worked out at: anything that could change it moves the sequence. */
  asOfSeq: number;
}

export { BASIC_INFORMATION_KINDS };

/**
 * What each of a practitioner's cases may send to their device now: case membership says which
 * cases they work on, the family's consent history says how much of each their agency may receive
 * (issue 6: sync stops sending a case to an agency whose consent was withdrawn).
 */
export async function caseAccessFor(store: SyncStore, practitionerId: string): Promise<CaseAccess> {
  // A first sync asks for dozens of pages in a row; nothing that decides access can change unless
  // something is written, and every write moves the server sequence. Work it out once per sequence.
  // (An account moved to another agency takes effect at the next write: accounts change by administration only.)
  const seq = await store.currentSeq();
  const cached = remembered.get(store)?.get(practitionerId);
  if (cached && cached.seq === seq) return cached.access;
  const access = await workOutCaseAccess(store, practitionerId, seq);
  const forStore = remembered.get(store) ?? new Map<string, { seq: number; access: CaseAccess }>();
  forStore.set(practitionerId, { seq, access });
  remembered.set(store, forStore);
  return access;
}

const remembered = new WeakMap<SyncStore, Map<string, { seq: number; access: CaseAccess }>>();

async function workOutCaseAccess(store: SyncStore, practitionerId: string, seq: number): Promise<CaseAccess> {
  const memberOf = await store.caseIdsFor(practitionerId);
  if (memberOf.length === 0) return { full: [], basicOnly: [], asOfSeq: seq };
  const [account, facts] = await Promise.all([
    store.findAccount(practitionerId),
    store.recordsOfKinds(memberOf, ['episode', 'consentEvent']),
  ]);
  const episodes = new Map<string, { assessorId: string; leadProfessionalId?: string }>();
  const histories = new Map<string, ConsentHistoryEntry[]>();
  for (const record of facts) {
    if (record.deleted) continue;
    if (record.kind === 'episode') {
      const { assessorId, leadProfessionalId } = record.data as { assessorId?: unknown; leadProfessionalId?: unknown };
      episodes.set(record.caseId, {
        assessorId: typeof assessorId === 'string' ? assessorId : '',
        leadProfessionalId: typeof leadProfessionalId === 'string' ? leadProfessionalId : undefined,
      });
    } else {
      const history = histories.get(record.caseId) ?? [];
      history.push({ id: record.id, data: record.data as ConsentEvent });
      histories.set(record.caseId, history);
    }
  }

  const holderIds = new Set([...episodes.values()].flatMap((e) => [e.assessorId, e.leadProfessionalId ?? '']));
  holderIds.delete('');
  const agencyOf = new Map<string, string>();
  await Promise.all(
    [...holderIds].map(async (id) => {
      const holder = id === practitionerId ? account : await store.findAccount(id);
      if (holder) agencyOf.set(id, holder.agencyId);
    }),
  );

  const access: CaseAccess = { full: [], basicOnly: [], asOfSeq: seq };
  for (const caseId of memberOf) {
    const episode = episodes.get(caseId) ?? { assessorId: '' };
    const level: CaseInformationLevel = caseInformationLevel({
      history: histories.get(caseId) ?? [],
      episode,
      practitionerId,
      practitionerAgencyId: account?.agencyId ?? '',
      agencyOfPractitioner: (id) => agencyOf.get(id),
    });
    if (level === 'full') access.full.push(caseId);
    else if (level === 'basic') access.basicOnly.push(caseId);
  }
  return access;
}

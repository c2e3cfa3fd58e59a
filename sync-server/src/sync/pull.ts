import type { PullResponse } from '../../../src/domain/syncProtocol';
import type { PulledRow, SyncStore } from '../store/store';
import { BASIC_INFORMATION_KINDS, caseAccessFor } from './caseAccess';

export interface PullParams {
  since: number;
  limit: number;
  caseIds?: string[] | undefined;
}

/**
 * A pulled record's JSON, written around the stored body text (recordBody's `{"data":…,"versions":…,
 * "meta":…,"deleted":…}`) instead of parsing and re-stringifying it: the same PulledRecord, field for field.
 */
function pulledRecordJson(row: PulledRow): string {
  const head = `{"kind":${JSON.stringify(row.kind)},"id":${JSON.stringify(row.id)},"caseId":${JSON.stringify(row.caseId)},"serverSeq":${row.serverSeq}`;
  return row.body === '{}' ? `${head}}` : `${head},${row.body.slice(1)}`;
}

/**
 * What is left to send after a checkpoint, per practitioner, as of a server sequence number: the next
 * page of a first sync then needs no count of everything after it (nothing can have changed unless the
 * sequence moved). Backfills of named cases are counted as they come.
 */
interface RemainingNote {
  seq: number;
  checkpoint: number;
  remaining: number;
}
const remainingNotes = new WeakMap<SyncStore, Map<string, RemainingNote>>();

/**
 * Current merged states of the records this practitioner may see, changed since a checkpoint, in
 * server sequence order, as the JSON text of a PullResponse. Access is read from case membership
 * (derived from episode records) and the family's consent for the practitioner's agency, so a
 * practitioner removed from a case, or whose agency lost consent, stops receiving it and the response
 * tells the device what to purge.
 */
export async function pull(store: SyncStore, practitionerId: string, params: PullParams): Promise<string> {
  const access = await caseAccessFor(store, practitionerId);
  const requested = params.caseIds ? new Set(params.caseIds) : undefined;
  const only = (caseIds: string[]) => (requested ? caseIds.filter((id) => requested.has(id)) : caseIds);
  const notes = remainingNotes.get(store) ?? new Map<string, RemainingNote>();
  remainingNotes.set(store, notes);
  const note = requested ? undefined : notes.get(practitionerId);
  const known = note && note.seq === access.asOfSeq && note.checkpoint === params.since ? note : undefined;

  const page = await store.pull({
    since: params.since,
    limit: params.limit,
    caseIds: only(access.full),
    basicOnlyCaseIds: only(access.basicOnly),
    basicKinds: BASIC_INFORMATION_KINDS,
    includeDirectory: params.caseIds === undefined,
    countRemaining: known === undefined,
  });
  const last = page.rows[page.rows.length - 1];
  const checkpoint = last ? last.serverSeq : params.since;
  const remaining = !page.hasMore ? 0 : known ? Math.max(0, known.remaining - page.rows.length) : page.remaining;
  if (!requested) notes.set(practitionerId, { seq: access.asOfSeq, checkpoint, remaining });

  const rest: Omit<PullResponse, 'records'> = {
    checkpoint,
    hasMore: page.hasMore,
    remaining,
    accessibleCaseIds: [...access.full, ...access.basicOnly].sort(),
    basicOnlyCaseIds: access.basicOnly,
  };
  return `{"records":[${page.rows.map(pulledRecordJson).join(',')}],${JSON.stringify(rest).slice(1)}`;
}

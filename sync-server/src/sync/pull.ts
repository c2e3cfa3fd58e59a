import type { PullResponse, PulledRecord } from '../../../src/domain/syncProtocol';
import type { StoredRecord, SyncStore } from '../store/store';
import { BASIC_INFORMATION_KINDS, caseAccessFor } from './caseAccess';

export interface PullParams {
  since: number;
  limit: number;
  caseIds?: string[] | undefined;
}

function toPulled(record: StoredRecord): PulledRecord {
  return {
    kind: record.kind as PulledRecord['kind'],
    id: record.id,
    caseId: record.caseId,
    data: record.data,
    versions: record.versions,
    meta: record.meta,
    deleted: record.deleted,
    serverSeq: record.serverSeq,
  };
}

/**
 * Current merged states of the records this practitioner may see, changed since a checkpoint, in
 * server sequence order. Access is read from case membership (derived from episode records) and
 * the family's consent for the practitioner's agency, so a practitioner removed from a case, or
 * whose agency lost consent, stops receiving it and the response tells the device what to purge.
 */
export async function pull(store: SyncStore, practitionerId: string, params: PullParams): Promise<PullResponse> {
  const access = await caseAccessFor(store, practitionerId);
  const requested = params.caseIds ? new Set(params.caseIds) : undefined;
  const only = (caseIds: string[]) => (requested ? caseIds.filter((id) => requested.has(id)) : caseIds);
  const page = await store.pull({
    since: params.since,
    limit: params.limit,
    caseIds: only(access.full),
    basicOnlyCaseIds: only(access.basicOnly),
    basicKinds: BASIC_INFORMATION_KINDS,
    includeDirectory: params.caseIds === undefined,
  });
  const last = page.records[page.records.length - 1];
  return {
    records: page.records.map(toPulled),
    checkpoint: last ? last.serverSeq : params.since,
    hasMore: page.hasMore,
    remaining: page.remaining,
    accessibleCaseIds: [...access.full, ...access.basicOnly].sort(),
    basicOnlyCaseIds: access.basicOnly,
  };
}

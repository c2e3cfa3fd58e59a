import type { PullResponse, PulledRecord } from '../../../src/domain/syncProtocol';
import type { StoredRecord, SyncStore } from '../store/store';

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
 * server sequence order. Access is read from case membership (derived from episode records), so a
 * practitioner removed from a case stops receiving it and `accessibleCaseIds` tells the device to purge it.
 */
export async function pull(store: SyncStore, practitionerId: string, params: PullParams): Promise<PullResponse> {
  const accessible = await store.caseIdsFor(practitionerId);
  const allowed = new Set(accessible);
  const caseIds = params.caseIds ? params.caseIds.filter((id) => allowed.has(id)) : accessible;
  const page = await store.pull({
    since: params.since,
    limit: params.limit,
    caseIds,
    includeDirectory: params.caseIds === undefined,
  });
  const last = page.records[page.records.length - 1];
  return {
    records: page.records.map(toPulled),
    checkpoint: last ? last.serverSeq : params.since,
    hasMore: page.hasMore,
    remaining: page.remaining,
    accessibleCaseIds: accessible,
  };
}

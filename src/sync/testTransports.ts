import type { PullResponse } from '../domain/syncProtocol';
import type { SyncTransport } from './syncClient';

/** A server's answer when it has nothing new: an empty last page at the same checkpoint. */
export function emptyPullPage(since: number, accessibleCaseIds: string[] = []): PullResponse {
  return { records: [], checkpoint: since, hasMore: false, remaining: 0, accessibleCaseIds, basicOnlyCaseIds: [] };
}

/** A server with nothing new to send: every pull answers an empty last page. */
export function nothingToPull(accessibleCaseIds: string[] = []): SyncTransport['pull'] {
  return async (since) => emptyPullPage(since, accessibleCaseIds);
}

import { DIRECTORY_CASE_ID } from '../domain/records/directory';
import {
  acknowledgePush,
  applyPulledBatch,
  dropConsumedChanges,
  pendingChangeCount,
  purgeInaccessibleCases,
  readBasicOnlyCaseIds,
  readKnownCaseIds,
  readOutboxBatch,
  readPullCheckpoint,
  recordSyncSuccess,
  refreshCaseClocksAfterPull,
} from '../db/sync';
import { SyncRequestError, type SyncTransport } from './syncClient';
import type { SyncProgress } from './syncStatusStore';

export const PUSH_BATCH_SIZE = 1000;
export const PULL_BATCH_SIZE = 500;

export interface SyncRunResult {
  pushed: number;
  rejected: number;
  pulled: number;
  purged: number;
}

/**
 * One full sync: push the outbox in sequence order, then pull everything new since the checkpoint,
 * backfill cases newly shared with this practitioner, and purge cases no longer shared (or, where
 * consent now covers basic information only, everything else of them).
 * Each step is committed as it goes, so an interruption resumes where it stopped.
 */
export async function syncOnce(
  transport: SyncTransport,
  onProgress: (progress: SyncProgress) => void = () => undefined,
  now: () => Date = () => new Date(),
): Promise<SyncRunResult> {
  const result: SyncRunResult = { pushed: 0, rejected: 0, pulled: 0, purged: 0 };

  const total = await pendingChangeCount();
  onProgress({ stage: 'sending', done: 0, total });
  let batch = await readOutboxBatch(PUSH_BATCH_SIZE);
  for (;;) {
    const first = batch[0];
    const last = batch.at(-1);
    if (!first || !last) break;
    // Read the following batch while the server works on this one.
    const following = readOutboxBatch(PUSH_BATCH_SIZE, last.seq);
    following.catch(() => undefined);
    try {
      const response = await transport.push(batch);
      if (!response.results.some((r) => r.seq === first.seq))
        throw new SyncRequestError('server', 'The sync server did not acknowledge the changes sent.');
      const { rejected } = await acknowledgePush(response.results, now());
      result.rejected += rejected;
      result.pushed += response.results.length;
      // Only a batch the server consumed whole lets the next one start after it.
      batch = response.lastSeq >= last.seq ? await following : await readOutboxBatch(PUSH_BATCH_SIZE);
    } catch (error) {
      // The server already holds changes whose reply was lost: drop them and send the rest.
      if (
        error instanceof SyncRequestError &&
        error.kind === 'sequenceGap' &&
        error.expectedSeq &&
        error.expectedSeq > first.seq
      ) {
        result.pushed += await dropConsumedChanges(error.expectedSeq);
        batch = await readOutboxBatch(PUSH_BATCH_SIZE);
        continue;
      }
      throw error;
    }
    onProgress({ stage: 'sending', done: Math.min(result.pushed, total), total });
  }

  const since = await readPullCheckpoint();
  const known = new Set(await readKnownCaseIds());
  const wasBasicOnly = new Set(await readBasicOnlyCaseIds());
  let accessible: string[];
  let basicOnly: string[];
  onProgress({ stage: 'receiving', done: 0 });
  let nextPage = transport.pull(since, PULL_BATCH_SIZE);
  for (;;) {
    const response = await nextPage;
    // Ask for the following page before writing this one: the server and the network work while
    // IndexedDB does. Pages are still committed in order, each with its own checkpoint.
    if (response.hasMore) {
      nextPage = transport.pull(response.checkpoint, PULL_BATCH_SIZE);
      // If writing this page fails, the sync stops here and nobody awaits the next one.
      nextPage.catch(() => undefined);
    }
    await applyPulledBatch(response.records, response.checkpoint, now());
    result.pulled += response.records.length;
    accessible = response.accessibleCaseIds;
    basicOnly = response.basicOnlyCaseIds;
    onProgress({ stage: 'receiving', done: result.pulled, total: result.pulled + response.remaining });
    if (!response.hasMore) break;
  }

  // A case shared with us since the last sync, or whose family has since consented to our agency
  // seeing more than its basic information, has older records below our checkpoint: fetch them.
  const isBasicOnly = new Set(basicOnly);
  const newlyShared =
    since === 0
      ? []
      : accessible.filter((caseId) => !known.has(caseId) || (wasBasicOnly.has(caseId) && !isBasicOnly.has(caseId)));
  for (let start = 0; start < newlyShared.length; start += 100) {
    const caseIds = newlyShared.slice(start, start + 100);
    let backfillFrom = 0;
    for (;;) {
      const response = await transport.pull(backfillFrom, PULL_BATCH_SIZE, caseIds);
      await applyPulledBatch(response.records, null, now());
      result.pulled += response.records.length;
      backfillFrom = response.checkpoint;
      onProgress({ stage: 'receiving', done: result.pulled });
      if (!response.hasMore) break;
    }
  }

  result.purged = await purgeInaccessibleCases(accessible, DIRECTORY_CASE_ID, basicOnly);
  await refreshCaseClocksAfterPull();
  await recordSyncSuccess(now());
  return result;
}

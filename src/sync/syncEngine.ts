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
import type { Change } from '../domain/change';
import { MAX_PUSH_CHANGES, type PushResponse } from '../domain/syncProtocol';
import { SyncRequestError, type SyncTransport } from './syncClient';
import type { SyncProgress } from './syncStatusStore';

export const PUSH_BATCH_SIZE = MAX_PUSH_CHANGES;
export const PULL_BATCH_SIZE = 500;

export interface SyncRunResult {
  pushed: number;
  rejected: number;
  pulled: number;
  purged: number;
}

/** Push requests in flight at once: the next batch travels and is parsed while the server commits this one. */
const PUSH_PIPELINE_DEPTH = 2;

interface SentBatch {
  readonly batch: Change[];
  readonly reply: Promise<PushResponse>;
  /** Sent while an earlier batch was still unanswered: it may reach the server first. */
  readonly behind: boolean;
}

/**
 * Push the outbox in sequence order, with the next batch sent before the server has answered this
 * one: the device reads, encodes and sends it, and the server receives and checks it, while the
 * server commits the batch before. The server applies a device's changes only in unbroken sequence
 * order, so a batch that overtakes the one before it is refused with a sequence gap and changes
 * nothing; it is then sent again. Answers are acknowledged in order.
 */
async function pushOutbox(
  transport: SyncTransport,
  onProgress: (progress: SyncProgress) => void,
  now: () => Date,
  result: SyncRunResult,
): Promise<void> {
  const total = await pendingChangeCount();
  onProgress({ stage: 'sending', done: 0, total });
  let inFlight: SentBatch[] = [];
  let sentUpTo = 0;
  // Halved when the server says a batch is too large (drawn signatures can make a few changes big).
  let batchSize = PUSH_BATCH_SIZE;
  const send = (batch: Change[]): SentBatch => {
    const reply = transport.push(batch);
    // Awaited in order below; one left behind after a failure must not surface as unhandled.
    reply.catch(() => undefined);
    return { batch, reply, behind: inFlight.length > 0 };
  };
  // The batch after the ones in flight, read from the outbox while the server works, so it can be
  // sent the moment a reply frees a place instead of after a read of its own. Only fill() moves
  // sentUpTo, and restart() (the only place batchSize changes) drops it, so it always starts where
  // the next batch must.
  let next: Promise<Change[]> | undefined;
  const fill = async (): Promise<void> => {
    while (inFlight.length < PUSH_PIPELINE_DEPTH) {
      let batch = next ? await next : [];
      next = undefined;
      // Read again when the read ahead found nothing: changes saved since then go in this sync too.
      if (batch.length === 0) batch = await readOutboxBatch(batchSize, sentUpTo);
      const last = batch.at(-1);
      if (!last) return;
      sentUpTo = last.seq;
      inFlight.push(send(batch));
      next = readOutboxBatch(batchSize, sentUpTo);
      next.catch(() => undefined);
    }
  };
  // Forget what is in flight (its answers no longer matter: the server answers a repeat as duplicates)
  // and carry on from the oldest change still in the outbox.
  const restart = async (): Promise<void> => {
    inFlight = [];
    sentUpTo = 0;
    next = undefined;
    await fill();
  };

  await fill();
  for (let head = inFlight.shift(); head; head = inFlight.shift()) {
    const first = head.batch[0];
    const last = head.batch.at(-1);
    if (!first || !last) break;
    let response: PushResponse;
    try {
      response = await head.reply;
    } catch (error) {
      if (error instanceof SyncRequestError && error.kind === 'sequenceGap' && error.expectedSeq) {
        // The server already holds changes whose reply was lost: drop them and send the rest.
        if (error.expectedSeq > first.seq) {
          result.pushed += await dropConsumedChanges(error.expectedSeq);
          await restart();
          continue;
        }
        // This batch overtook the one before it: send it again, now that nothing is ahead of it.
        if (head.behind) {
          await restart();
          continue;
        }
      }
      // Too large for the server's limit: the same changes again, in smaller batches. (A single change
      // still too large stops the sync with that message; it stays in the outbox, nothing is dropped.)
      if (error instanceof SyncRequestError && error.kind === 'tooLarge' && head.batch.length > 1) {
        batchSize = Math.ceil(head.batch.length / 2);
        await restart();
        continue;
      }
      throw error;
    }
    if (!response.results.some((r) => r.seq === first.seq))
      throw new SyncRequestError('server', 'The sync server did not acknowledge the changes sent.');
    const { rejected } = await acknowledgePush(response.results, now());
    result.rejected += rejected;
    result.pushed += response.results.length;
    // Only a batch the server consumed whole lets the next one follow it.
    if (response.lastSeq < last.seq) await restart();
    else await fill();
    onProgress({ stage: 'sending', done: Math.min(result.pushed, total), total });
  }
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

  await pushOutbox(transport, onProgress, now, result);

  const since = await readPullCheckpoint();
  const known = new Set(await readKnownCaseIds());
  const wasBasicOnly = new Set(await readBasicOnlyCaseIds());
  let accessible: string[];
  let basicOnly: string[];
  onProgress({ stage: 'receiving', done: 0 });
  let nextPage = transport.pull(since, PULL_BATCH_SIZE);
  // The page handed to IndexedDB before this one, and what to report once it has committed.
  let writing: { write: Promise<unknown>; count: number; remaining: number } | undefined;
  const committed = async (page: NonNullable<typeof writing>): Promise<void> => {
    await page.write;
    result.pulled += page.count;
    onProgress({ stage: 'receiving', done: result.pulled, total: result.pulled + page.remaining });
  };
  let after = since;
  for (;;) {
    const response = await nextPage;
    // Ask for the following page before writing this one: the server and the network work while
    // IndexedDB does. Pages are still committed in order, each with its own checkpoint.
    if (response.hasMore) {
      nextPage = transport.pull(response.checkpoint, PULL_BATCH_SIZE);
      // If writing this page fails, the sync stops here and nobody awaits the next one.
      nextPage.catch(() => undefined);
    }
    // Handed to IndexedDB while the page before may still be committing, so the device prepares
    // this one meanwhile; it commits only on top of that one (applyPulledBatch checks `after`).
    const write = applyPulledBatch(response.records, response.checkpoint, now(), after);
    write.catch(() => undefined);
    after = response.checkpoint;
    accessible = response.accessibleCaseIds;
    basicOnly = response.basicOnlyCaseIds;
    if (writing) await committed(writing);
    writing = { write, count: response.records.length, remaining: response.remaining };
    if (!response.hasMore) break;
  }
  await committed(writing);

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

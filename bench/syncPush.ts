// Push of 10,000 changes from a device: ours are 10,000 field edits written through the data layer (10,000 outbox
// changes) and sent by one run of the sync engine, timed until the outbox is empty and acknowledged; PouchDB's are
// 10,000 document edits (its unit of change) replicated to express-pouchdb with the same batch size.
import { withCpuProfile } from './syncPull';
import { PUSH_BATCH_SIZE } from '../src/sync/syncEngine';
import type { BenchPage } from './syncBenchBrowser';
import { EDIT_SUFFIXES, type FieldEdit } from './syncBenchData';
import type { MeasuredFigures } from './results';
import { round2 } from './statistics';
import { describeRequests } from './syncPull';

/** The targets: 10,000 changes in at most 1 s on SQLite, at least 3× faster than PouchDB's push. */
export const PUSH_MS_TARGET = 1_000;
export const PUSH_SPEEDUP_TARGET = 3;

export interface PushMeasurement {
  readonly figures: MeasuredFigures;
  readonly ourMs: number;
  readonly pouchMs: number;
}

/** Both pages already hold the pulled records (measurePulls ran first). */
export async function measurePushes(
  ours: BenchPage,
  pouch: BenchPage,
  pouchDatabaseUrl: string,
  edits: readonly FieldEdit[],
  pouchDocIds: readonly string[],
  log: (message: string) => void,
): Promise<PushMeasurement> {
  const written = await ours.call('writeEdits', edits, EDIT_SUFFIXES[0]);
  if (written.outbox !== edits.length) {
    throw new Error(`the data layer wrote ${written.outbox} outbox changes for ${edits.length} edits`);
  }
  log(`sync: ${written.outbox} field edits written through the data layer in ${written.ms.toFixed(0)} ms (not timed)`);
  const ourRun = await withCpuProfile(ours, 'push', () => ours.call('ourSync', { recordPayload: false }));
  if (ourRun.pushed !== edits.length || ourRun.rejected !== 0 || ourRun.outboxAfter !== 0) {
    throw new Error(
      `our push acknowledged ${ourRun.pushed} of ${edits.length} changes (${ourRun.rejected} rejected, ` +
        `${ourRun.outboxAfter} left in the outbox)`,
    );
  }
  log(
    `sync: ours pushed ${ourRun.pushed} changes in ${ourRun.pushPhaseMs.toFixed(0)} ms ` +
      `(push ${describeRequests(ourRun.pushRequests, ourRun.pushPhaseMs, ourRun.pushTransportMs)}; the whole sync, with pulling the ${ourRun.pulled} merged ` +
      `records back: ${ourRun.totalMs.toFixed(0)} ms)`,
  );

  const edited = await pouch.call('pouchEditDocs', pouchDocIds, edits, EDIT_SUFFIXES[0]);
  const pouchRun = await pouch.call('pouchPush', pouchDatabaseUrl, PUSH_BATCH_SIZE);
  if (pouchRun.docsWritten !== edited.edited || pouchRun.failures > 0) {
    throw new Error(
      `PouchDB pushed ${pouchRun.docsWritten} of ${edited.edited} edited documents (${pouchRun.failures} failed)`,
    );
  }
  log(`sync: PouchDB pushed ${pouchRun.docsWritten} edited documents in ${pouchRun.ms.toFixed(0)} ms`);

  return {
    ourMs: ourRun.pushPhaseMs,
    pouchMs: pouchRun.ms,
    figures: {
      push_10k_ms: { value: round2(ourRun.pushPhaseMs), unit: 'ms', targetMax: PUSH_MS_TARGET },
      pouchdb_push_10k_ms: { value: round2(pouchRun.ms), unit: 'ms' },
      push_speedup_vs_pouchdb: {
        value: round2(pouchRun.ms / ourRun.pushPhaseMs),
        unit: '×',
        targetMin: PUSH_SPEEDUP_TARGET,
      },
    },
  };
}

// Initial sync of the 10,000 records into Chromium's IndexedDB: ours through the app's sync engine (pages of 500,
// each committed with its checkpoint), PouchDB's by replication from express-pouchdb with the same batch size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PULL_BATCH_SIZE } from '../src/sync/syncEngine';
import type { BenchPage } from './syncBenchBrowser';
import type { MeasuredFigures } from './results';
import { round2 } from './statistics';
import type { RequestTimings } from './syncBenchPage';

/**
 * Where a sync phase's time went. Requests overlap (the engine fetches the next page, or sends the next batch,
 * while it works on the last), so the sums are over requests and the device's own time is what no request covered.
 */
export function describeRequests(requests: RequestTimings, phaseMs: number, transportMs: number): string {
  return (
    `${requests.count} requests open for ${requests.openMs.toFixed(0)} ms of the ${phaseMs.toFixed(0)} ms ` +
    `(Σ ${requests.waitingMs.toFixed(0)} ms waiting for the server on loopback, Σ ${requests.downloadMs.toFixed(0)} ms receiving, ` +
    `Σ ${(transportMs - requests.totalMs).toFixed(0)} ms request/response JSON and schema parsing); ` +
    `${(phaseMs - requests.openMs).toFixed(0)} ms of the device's own work with no request open`
  );
}

/**
 * With SYNC_BENCH_CPU_PROFILE=<dir>, records a Chromium CPU profile of `work` there (open it in DevTools'
 * Performance panel): where a sync's client time goes, instead of guessing.
 */
export async function withCpuProfile<T>(page: BenchPage, name: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env['SYNC_BENCH_CPU_PROFILE'];
  if (!dir) return work();
  const cdp = await page.context.newCDPSession(page.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  }
}

/** The target: our pull at least this many times faster than PouchDB's. */
export const PULL_SPEEDUP_TARGET = 5;

export interface PullMeasurement {
  readonly figures: MeasuredFigures;
  readonly ourMs: number;
  readonly pouchMs: number;
  /** The same records put straight into IndexedDB, no sync: the browser's own floor. */
  readonly floorMs: number;
}

/**
 * `ours` is signed in on a device that has never synced; `pouch` holds an empty PouchDB. Each must end up with
 * all `expectedRecords`, or there is no figure.
 */
export async function measurePulls(
  ours: BenchPage,
  pouch: BenchPage,
  pouchDatabaseUrl: string,
  expectedRecords: number,
  log: (message: string) => void,
): Promise<PullMeasurement> {
  const ourRun = await withCpuProfile(ours, 'pull', () => ours.call('ourSync', { recordPayload: false }));
  if (ourRun.pulled !== expectedRecords || ourRun.outboxAfter !== 0 || ourRun.checkpoint === 0) {
    throw new Error(
      `our pull received ${ourRun.pulled} of ${expectedRecords} records (outbox ${ourRun.outboxAfter}, ` +
        `checkpoint ${ourRun.checkpoint})`,
    );
  }
  log(
    `sync: ours pulled ${ourRun.pulled} records in ${ourRun.totalMs.toFixed(0)} ms; ${describeRequests(ourRun.pullRequests, ourRun.totalMs, ourRun.pullTransportMs)}`,
  );

  const pouchRun = await pouch.call('pouchPull', pouchDatabaseUrl, PULL_BATCH_SIZE);
  if (pouchRun.docCount !== expectedRecords || pouchRun.failures > 0) {
    throw new Error(
      `PouchDB pulled ${pouchRun.docCount} of ${expectedRecords} documents (${pouchRun.failures} failed)`,
    );
  }
  log(
    `sync: PouchDB (${pouchRun.adapter} adapter) pulled ${pouchRun.docCount} documents in ${pouchRun.ms.toFixed(0)} ms`,
  );

  // The same records put straight into IndexedDB: what the browser itself needs, whatever the sync.
  const floor = await ours.call('indexedDbFloor', PULL_BATCH_SIZE);
  if (floor.records !== expectedRecords) {
    throw new Error(`the IndexedDB floor wrote ${floor.records} of ${expectedRecords} records`);
  }
  log(
    `sync: the same ${floor.records} records put straight into IndexedDB (same indexes, ${PULL_BATCH_SIZE} per ` +
      `transaction, no network or sync): ${floor.ms.toFixed(0)} ms; ${PULL_SPEEDUP_TARGET}× PouchDB's pull would ` +
      `need ${(pouchRun.ms / PULL_SPEEDUP_TARGET).toFixed(0)} ms`,
  );

  return {
    ourMs: ourRun.totalMs,
    pouchMs: pouchRun.ms,
    floorMs: floor.ms,
    figures: {
      indexeddb_put_10k_ms: { value: round2(floor.ms), unit: 'ms' },
      pull_10k_ms: { value: round2(ourRun.totalMs), unit: 'ms' },
      pouchdb_pull_10k_ms: { value: round2(pouchRun.ms), unit: 'ms' },
      pull_speedup_vs_pouchdb: {
        value: round2(pouchRun.ms / ourRun.totalMs),
        unit: '×',
        targetMin: PULL_SPEEDUP_TARGET,
      },
    },
  };
}

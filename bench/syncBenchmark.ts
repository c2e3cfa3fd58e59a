// `npm run bench -- sync`: our sync against PouchDB on loopback with the same 10,000 synthetic records, in one
// Chromium: initial pull into IndexedDB, push of 10,000 changes, and bytes on the wire per change.
// Our side runs its own server process on a fresh SQLite store seeded with the records; PouchDB's side is
// express-pouchdb on LevelDB seeded with the same records as documents.
import { rmSync } from 'node:fs';
import { DEMO_PASSWORD, HEALTH_VISITOR_EMAIL, type RunningServer } from '../tests/e2e/harness';
import type { Benchmark } from './environment';
import type { MeasuredFigures } from './results';
import { openBenchPage } from './syncBenchBrowser';
import { makeSyncBenchData } from './syncBenchData';
import { buildSyncBenchPage } from './syncBenchPageBuild';
import { startSeededServer } from './ourSyncServer';
import { startPouchPeer, type PouchPeer } from './pouchdbPeer';
import { measurePulls, PULL_SPEEDUP_TARGET } from './syncPull';
import { measurePushes, PUSH_MS_TARGET, PUSH_SPEEDUP_TARGET } from './syncPush';
import { measureWireBytes, WIRE_RATIO_TARGET } from './syncWire';

function targetLine(name: string, value: number, unit: string, target: string, met: boolean): string {
  return `  ${name.padEnd(26)} ${value.toFixed(2).padStart(10)} ${unit.padEnd(7)} target ${target.padEnd(12)} ${met ? 'met' : 'MISSED'}`;
}

export const syncBenchmark: Benchmark = {
  name: 'sync',
  description: 'our sync vs PouchDB: 10,000-record pull, 10,000-change push, wire bytes per change (loopback)',
  async run({ browser, log }) {
    const data = makeSyncBenchData();
    const expectedRecords = data.pouchDocs.length;
    log(
      `sync: ${data.caseRecords.length} case records (+ ${expectedRecords - data.caseRecords.length} directory ` +
        `records) and ${data.edits.length} field edits on ${new Set(data.edits.map((edit) => edit.id)).size} records`,
    );
    const pageDir = await buildSyncBenchPage();
    let server: RunningServer | undefined;
    let peer: PouchPeer | undefined;
    try {
      server = await startSeededServer(data.serverChanges, pageDir);
      peer = await startPouchPeer(data.pouchDocs, pageDir);
      const ours = await openBenchPage(browser, server.url, `${server.url}/`);
      const pouch = await openBenchPage(browser, peer.url, peer.pageUrl).catch(async (error: unknown) => {
        await ours.close();
        throw error;
      });
      const figures: MeasuredFigures = {};
      try {
        await ours.call('signIn', HEALTH_VISITOR_EMAIL, DEMO_PASSWORD);
        const pull = await measurePulls(ours, pouch, peer.databaseUrl, expectedRecords, log);
        Object.assign(figures, pull.figures);
        const push = await measurePushes(
          ours,
          pouch,
          peer.databaseUrl,
          data.edits,
          data.caseRecords.map((record) => record.meta.id),
          log,
        );
        Object.assign(figures, push.figures);
        Object.assign(figures, await measureWireBytes(browser, server, data.edits, expectedRecords, log));

        const wire = figures['wire_bytes_ratio']?.value ?? Number.NaN;
        log('sync targets (issue 4):');
        log(
          targetLine(
            'pull_speedup_vs_pouchdb',
            pull.pouchMs / pull.ourMs,
            '×',
            `≥ ${PULL_SPEEDUP_TARGET}×`,
            pull.pouchMs / pull.ourMs >= PULL_SPEEDUP_TARGET,
          ),
        );
        log(
          `    (IndexedDB alone, the same records with no sync: ${pull.floorMs.toFixed(0)} ms, ` +
            `${(pull.pouchMs / pull.floorMs).toFixed(2)}× PouchDB's pull: the most any sync storing them could reach here)`,
        );
        log(targetLine('push_10k_ms', push.ourMs, 'ms', `≤ ${PUSH_MS_TARGET} ms`, push.ourMs <= PUSH_MS_TARGET));
        log(
          targetLine(
            'push_speedup_vs_pouchdb',
            push.pouchMs / push.ourMs,
            '×',
            `≥ ${PUSH_SPEEDUP_TARGET}×`,
            push.pouchMs / push.ourMs >= PUSH_SPEEDUP_TARGET,
          ),
        );
        log(targetLine('wire_bytes_ratio', wire, '× gzip', `≤ ${WIRE_RATIO_TARGET}`, wire <= WIRE_RATIO_TARGET));
        return figures;
      } finally {
        await ours.close();
        await pouch.close();
      }
    } finally {
      await peer?.dispose();
      await server?.dispose();
      rmSync(pageDir, { recursive: true, force: true });
    }
  },
};

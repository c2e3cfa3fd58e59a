// Bytes on the wire per change for our sync, against the gzipped JSON of the same changes and records: a second
// device, opened through the counting proxy, does a first pull and then pushes the same 10,000 field edits (with
// its own text). Run after the timed passes so the proxy never slows a timed figure down.
import type { Browser } from 'playwright-core';
import { HEALTH_VISITOR_EMAIL, DEMO_PASSWORD, type RunningServer } from '../tests/e2e/harness';
import { openBenchPage } from './syncBenchBrowser';
import { EDIT_SUFFIXES, type FieldEdit } from './syncBenchData';
import type { MeasuredFigures } from './results';
import { round2 } from './statistics';
import { bytesBetween, startCountingProxy, wireRatio } from './wireBytes';

export const WIRE_RATIO_TARGET = 1.5;
const PULL_ENDPOINT = 'POST /api/sync/pull';
const PUSH_ENDPOINT = 'POST /api/sync/push';

export async function measureWireBytes(
  browser: Browser,
  server: RunningServer,
  edits: readonly FieldEdit[],
  expectedRecords: number,
  log: (message: string) => void,
): Promise<MeasuredFigures> {
  const proxy = await startCountingProxy(server.port);
  try {
    const device = await openBenchPage(browser, proxy.url, `${proxy.url}/`);
    try {
      await device.call('signIn', HEALTH_VISITOR_EMAIL, DEMO_PASSWORD);

      const beforePull = proxy.counts();
      const pullRun = await device.call('ourSync', { recordPayload: true });
      const pull = bytesBetween(beforePull, proxy.counts(), PULL_ENDPOINT);
      if (pullRun.pulled !== expectedRecords || !pullRun.pulledPayloadGzipBytes) {
        throw new Error(`the second device pulled ${pullRun.pulled} of ${expectedRecords} records`);
      }

      const written = await device.call('writeEdits', edits, EDIT_SUFFIXES[1]);
      if (written.outbox !== edits.length)
        throw new Error(`${written.outbox} outbox changes for ${edits.length} edits`);
      const beforePush = proxy.counts();
      const pushRun = await device.call('ourSync', { recordPayload: true });
      const push = bytesBetween(beforePush, proxy.counts(), PUSH_ENDPOINT);
      if (pushRun.pushed !== edits.length || pushRun.rejected !== 0 || !pushRun.pushedPayloadGzipBytes) {
        throw new Error(`the second device pushed ${pushRun.pushed} of ${edits.length} changes`);
      }

      const pullWire = pull.sent + pull.received;
      const pushWire = push.sent + push.received;
      const pullRatio = wireRatio(pullWire, pullRun.pulledPayloadGzipBytes);
      const pushRatio = wireRatio(pushWire, pushRun.pushedPayloadGzipBytes);
      const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
      log(
        `sync wire: pull ${kib(pull.sent)} up + ${kib(pull.received)} down for ${pullRun.pulled} records ` +
          `(${(pullWire / pullRun.pulled).toFixed(0)} B/record); JSON ${kib(pullRun.pulledPayloadJsonBytes ?? 0)}, ` +
          `gzipped ${kib(pullRun.pulledPayloadGzipBytes)} → ratio ${pullRatio.toFixed(2)}`,
      );
      log(
        `sync wire: push ${kib(push.sent)} up + ${kib(push.received)} down for ${pushRun.pushed} changes ` +
          `(${(pushWire / pushRun.pushed).toFixed(0)} B/change); JSON ${kib(pushRun.pushedPayloadJsonBytes ?? 0)}, ` +
          `gzipped ${kib(pushRun.pushedPayloadGzipBytes)} → ratio ${pushRatio.toFixed(2)}`,
      );
      return {
        pull_wire_bytes_per_record: { value: round2(pullWire / pullRun.pulled), unit: 'B' },
        push_wire_bytes_per_change: { value: round2(pushWire / pushRun.pushed), unit: 'B' },
        pull_wire_bytes_ratio: { value: round2(pullRatio), unit: '× gzip', targetMax: WIRE_RATIO_TARGET },
        push_wire_bytes_ratio: { value: round2(pushRatio), unit: '× gzip', targetMax: WIRE_RATIO_TARGET },
        // The worse of the two directions: the target has to hold for each.
        wire_bytes_ratio: {
          value: round2(Math.max(pullRatio, pushRatio)),
          unit: '× gzip',
          targetMax: WIRE_RATIO_TARGET,
        },
      };
    } finally {
      await device.close();
    }
  } finally {
    await proxy.close();
  }
}

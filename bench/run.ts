// `npm run bench` (after a fresh build): runs the benchmarks against the real server in Debian's Chromium, prints
// a table and merges every figure into bench/results.json. `npm run bench -- autosave cold-start` runs a subset.
// New benchmarks (the sync ones) are added to BENCHMARKS and get the same server, browser and results file.
import { launchBrowser, startServer } from '../tests/e2e/harness';
import { autosaveBenchmark } from './autosave';
import { caseloadQueryBenchmark } from './caseloadQuery';
import { coldStartBenchmark } from './coldStart';
import { criticalJsBenchmark } from './criticalJs';
import type { Benchmark } from './environment';
import { syncBenchmark } from './syncBenchmark';
import { formatTable, mergeResults, RESULTS_FILE, type MeasuredFigures } from './results';

const BENCHMARKS: readonly Benchmark[] = [
  criticalJsBenchmark,
  autosaveBenchmark,
  coldStartBenchmark,
  syncBenchmark,
  caseloadQueryBenchmark,
];

function chooseBenchmarks(names: readonly string[]): readonly Benchmark[] {
  if (names.length === 0) return BENCHMARKS;
  const unknown = names.filter((name) => !BENCHMARKS.some((benchmark) => benchmark.name === name));
  if (unknown.length > 0) {
    const known = BENCHMARKS.map((benchmark) => benchmark.name).join(', ');
    throw new Error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${known}`);
  }
  return BENCHMARKS.filter((benchmark) => names.includes(benchmark.name));
}

async function main(): Promise<number> {
  const chosen = chooseBenchmarks(process.argv.slice(2));
  const log = (message: string): void => console.log(message);
  const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const measured: MeasuredFigures = {};
  const failures: string[] = [];
  try {
    for (const benchmark of chosen) {
      log(`\n== ${benchmark.name}: ${benchmark.description}`);
      const startedAt = Date.now();
      try {
        const figures = await benchmark.run({ server, browser, log });
        Object.assign(measured, figures);
        // Written after each benchmark, so a later failure does not lose figures already measured.
        mergeResults(figures);
        log(`== ${benchmark.name} done in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        failures.push(`${benchmark.name}: ${message}`);
        log(`== ${benchmark.name} FAILED: ${message}`);
      }
    }
  } finally {
    await browser.close();
    await server.dispose();
  }

  if (Object.keys(measured).length > 0) {
    console.log(`\n${formatTable(measured)}\n\nWritten to ${RESULTS_FILE}`);
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} benchmark(s) failed; no figure was invented for them:\n${failures.join('\n')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

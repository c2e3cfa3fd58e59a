// What every benchmark gets: the real server (serving the fresh build in dist/) and one Chromium.
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../tests/e2e/harness';
import type { MeasuredFigures } from './results';

export interface BenchEnvironment {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** Progress lines for the console; never personal data (all data here are synthetic anyway). */
  log(message: string): void;
}

export interface Benchmark {
  /** Short name used to pick benchmarks on the command line: `npm run bench -- autosave`. */
  readonly name: string;
  readonly description: string;
  run(environment: BenchEnvironment): Promise<MeasuredFigures>;
}

/** Desktop size for the desktop-Chromium targets (the autosave target is stated for desktop Chromium). */
export const DESKTOP_VIEWPORT = { name: 'desktop', width: 1280, height: 800 } as const;

// Our sync server for the sync benchmarks: a fresh SQLite store seeded with the benchmark's records (as trusted
// server changes, the way the demo seed writes its caseload), then the real server process on 127.0.0.1 serving
// the benchmark page instead of the app.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Change } from '../src/domain/change';
import { seedDemo } from '../sync-server/src/demoSeed';
import { SqliteStore } from '../sync-server/src/store/sqlite';
import { DEMO_PASSWORD, makeTempDir, startServer, type RunningServer } from '../tests/e2e/harness';

/** Seeds a new data directory and starts the server on it; dispose() removes the directory again. */
export async function startSeededServer(changes: readonly Change[], pageDir: string): Promise<RunningServer> {
  const dataDir = makeTempDir('caf-sync-bench-data-');
  try {
    mkdirSync(dataDir, { recursive: true });
    const store = SqliteStore.open(join(dataDir, 'caf.sqlite'));
    try {
      const { seeded } = await seedDemo(store, DEMO_PASSWORD, () => changes);
      if (!seeded) throw new Error('the fresh benchmark store was not empty');
    } finally {
      await store.close();
    }
    const server = await startServer({ dataDir, distDir: pageDir });
    return {
      ...server,
      dispose: async () => {
        await server.dispose();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

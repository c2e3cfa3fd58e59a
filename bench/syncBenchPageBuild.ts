// Bundles bench/syncBenchPage.ts (the app's data layer and sync engine, unchanged) with vite into a directory that
// both servers can serve: index.html, assets/sync-bench.js and PouchDB's own browser build assets/pouchdb.min.js.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { makeTempDir, REPO_ROOT } from '../tests/e2e/harness';

export const SYNC_BENCH_SCRIPT = 'assets/sync-bench.js';
export const POUCHDB_SCRIPT = 'assets/pouchdb.min.js';

// Relative script paths, so the page works at / on our server and at /__bench/ on the PouchDB peer.
const INDEX_HTML = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>Sync benchmark</title>
    <script src="${POUCHDB_SCRIPT}"></script>
    <script type="module" src="${SYNC_BENCH_SCRIPT}"></script>
  </head>
  <body>
    <h1>Sync benchmark</h1>
  </body>
</html>
`;

/** Builds the page into a fresh temporary directory and returns it; the caller removes it. */
export async function buildSyncBenchPage(): Promise<string> {
  const outDir = makeTempDir('caf-sync-bench-page-');
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      // SYNC_BENCH_NO_MINIFY=1 keeps function names readable in the CPU profiles SYNC_BENCH_CPU_PROFILE records.
      minify: !process.env['SYNC_BENCH_NO_MINIFY'],
      sourcemap: false,
      rollupOptions: {
        input: join(REPO_ROOT, 'bench', 'syncBenchPage.ts'),
        output: { format: 'es', entryFileNames: SYNC_BENCH_SCRIPT, chunkFileNames: 'assets/[name]-[hash].js' },
      },
    },
  });
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  copyFileSync(join(REPO_ROOT, 'node_modules', 'pouchdb', 'dist', 'pouchdb.min.js'), join(outDir, POUCHDB_SCRIPT));
  writeFileSync(join(outDir, 'index.html'), INDEX_HTML);
  return outDir;
}

// Bundles bench/caseloadBenchPage.ts (the app's data layer and the dashboard's query, unchanged) with vite into a
// directory the real server can serve in place of the app: index.html and assets/caseload-bench.js.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { makeTempDir, REPO_ROOT } from '../tests/e2e/harness';

const CASELOAD_BENCH_SCRIPT = 'assets/caseload-bench.js';

const INDEX_HTML = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>Caseload benchmark</title>
    <script type="module" src="/${CASELOAD_BENCH_SCRIPT}"></script>
  </head>
  <body>
    <h1>Caseload benchmark</h1>
  </body>
</html>
`;

/** Builds the page into a fresh temporary directory and returns it; the caller removes it. */
export async function buildCaseloadBenchPage(): Promise<string> {
  const outDir = makeTempDir('caf-caseload-bench-page-');
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      rollupOptions: {
        input: join(REPO_ROOT, 'bench', 'caseloadBenchPage.ts'),
        output: { format: 'es', entryFileNames: CASELOAD_BENCH_SCRIPT, chunkFileNames: 'assets/[name]-[hash].js' },
      },
    },
  });
  writeFileSync(join(outDir, 'index.html'), INDEX_HTML);
  return outDir;
}

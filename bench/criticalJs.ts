// Critical-path JavaScript: what the browser actually fetches to show the first screen, gzipped at level 9.
// Service workers are blocked so every script arrives as a network response we can read and weigh; lazily loaded
// chunks count only if the first screen really loads them.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { HEALTH_VISITOR_EMAIL, openPage, signIn } from '../tests/e2e/harness';
import { DESKTOP_VIEWPORT, type BenchEnvironment, type Benchmark } from './environment';
import { round2 } from './statistics';

interface ScriptWeight {
  readonly path: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

function isScript(response: Response, origin: string): boolean {
  const url = new URL(response.url());
  if (url.origin !== origin) return false;
  const type = response.request().resourceType();
  const contentType = response.headers()['content-type'] ?? '';
  return type === 'script' || /javascript/.test(contentType) || /\.m?js$/.test(url.pathname);
}

async function weighScripts(page: Page, origin: string, load: () => Promise<void>): Promise<ScriptWeight[]> {
  const responses: Response[] = [];
  const listener = (response: Response): void => {
    if (isScript(response, origin)) responses.push(response);
  };
  page.on('response', listener);
  await load();
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  const byPath = new Map<string, ScriptWeight>();
  for (const response of responses) {
    const path = new URL(response.url()).pathname;
    if (byPath.has(path)) continue;
    const body = await response.body();
    byPath.set(path, { path, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
  }
  return [...byPath.values()];
}

function totalKib(scripts: readonly ScriptWeight[]): number {
  return round2(scripts.reduce((sum, script) => sum + script.gzipBytes, 0) / 1024);
}

function describeScripts(scripts: readonly ScriptWeight[]): string {
  return scripts.map((script) => `    ${script.path}  ${script.bytes} B raw, ${script.gzipBytes} B gzip`).join('\n');
}

async function blockedServiceWorkerContext({ browser, server }: BenchEnvironment): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: server.url,
    viewport: { width: DESKTOP_VIEWPORT.width, height: DESKTOP_VIEWPORT.height },
    serviceWorkers: 'block',
  });
}

export const criticalJsBenchmark: Benchmark = {
  name: 'critical-js',
  description: 'gzip size of the JavaScript loaded for the first screen',
  async run(environment) {
    const { server, log } = environment;

    // A first visit: "/" sends a signed-out visitor to the sign-in screen.
    const signedOut = await blockedServiceWorkerContext(environment);
    let signInScripts: ScriptWeight[];
    try {
      const page = await openPage(signedOut);
      signInScripts = await weighScripts(page, server.url, async () => {
        await page.goto('/');
        await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      });
    } finally {
      await signedOut.close();
    }

    // A returning practitioner: "/" is "My cases". This is the first screen of daily use, and the headline figure.
    const signedIn = await blockedServiceWorkerContext(environment);
    let myCasesScripts: ScriptWeight[];
    try {
      await signIn(await openPage(signedIn), HEALTH_VISITOR_EMAIL);
      const page = await openPage(signedIn);
      myCasesScripts = await weighScripts(page, server.url, async () => {
        await page.goto('/');
        await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
      });
    } finally {
      await signedIn.close();
    }

    if (myCasesScripts.length === 0) throw new Error('"My cases" loaded no JavaScript: the measurement is broken');
    log(`critical-js: "My cases" loads\n${describeScripts(myCasesScripts)}`);
    log(`critical-js: "Sign in" loads\n${describeScripts(signInScripts)}`);
    return {
      critical_js_gzip_kib: { value: totalKib(myCasesScripts), unit: 'KiB', targetMax: 170 },
      sign_in_js_gzip_kib: { value: totalKib(signInScripts), unit: 'KiB', targetMax: 170 },
    };
  },
};

// Shared machinery for the end-to-end tests and the benchmarks: the real sync server as a child process, Debian's
// Chromium through playwright-core, sign-in, service-worker control, axe-core checks and screenshots.
// Deliberately free of vitest imports so `bench/` can use it under plain tsx; failures are thrown as Errors.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/**
 * The build under test: dist/ (npm run test:e2e builds it first). E2E_DIST_DIR points elsewhere, e.g. at a private
 * build when several people share one working tree and a colleague's `npm run build` would swap dist/ mid-run.
 */
export const DEFAULT_DIST_DIR = process.env.E2E_DIST_DIR ?? join(REPO_ROOT, 'dist');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results');

/** Demo logins the server seeds on an empty store (SEED_DEMO=1). Synthetic people only. */
export const DEMO_PASSWORD = 'demo-password';
export const HEALTH_VISITOR_EMAIL = 'hv.demo@example.org';
export const SCHOOL_WORKER_EMAIL = 'school.demo@example.org';

export interface Viewport {
  readonly name: string;
  readonly width: number;
  readonly height: number;
}

/** Tablet first (the product's design), and a phone so the app stays usable there. */
export const TABLET_PORTRAIT: Viewport = { name: 'tablet-portrait', width: 768, height: 1024 };
export const TABLET_LANDSCAPE: Viewport = { name: 'tablet-landscape', width: 1024, height: 768 };
export const PHONE: Viewport = { name: 'phone', width: 390, height: 844 };
export const CHECKED_VIEWPORTS: readonly Viewport[] = [TABLET_PORTRAIT, TABLET_LANDSCAPE, PHONE];
/** WCAG 1.4.10 (reflow) is judged at 320 CSS px: the crawl of every kind of screen checks that width too. */
export const NARROWEST_PHONE: Viewport = { name: 'narrowest-phone', width: 320, height: 640 };

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// ---------------------------------------------------------------------------------------------------------------
// The server

export interface ServerOptions {
  /** Built PWA to serve; defaults to the repository's dist/. */
  readonly distDir?: string;
  /** Storage directory; a fresh temporary one when omitted (removed again by stop()). */
  readonly dataDir?: string;
  /** Port to listen on; a free one when omitted. Restarting on the same port keeps the page's origin. */
  readonly port?: number;
  readonly extraEnv?: Readonly<Record<string, string>>;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  readonly distDir: string;
  /** What the server printed so far, for failure messages. */
  output(): string;
  /** Stops this process; the data directory stays until `dispose()`. */
  stop(): Promise<void>;
  /** Stops the server and starts it again on the same port and data directory, optionally with another build. */
  restart(options?: { distDir?: string }): Promise<RunningServer>;
  /** Stops the server and removes a data directory this harness created. */
  dispose(): Promise<void>;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') {
        probe.close();
        reject(new Error('could not read the probe port'));
        return;
      }
      probe.close(() => resolvePort(address.port));
    });
  });
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'caf-e2e-data-'));
  const distDir = options.distDir ?? DEFAULT_DIST_DIR;
  const port = options.port ?? (await findFreePort());
  return launchServerProcess({ dataDir, distDir, port, ownsDataDir, extraEnv: options.extraEnv ?? {} });
}

interface ServerLaunch {
  readonly dataDir: string;
  readonly distDir: string;
  readonly port: number;
  readonly ownsDataDir: boolean;
  readonly extraEnv: Readonly<Record<string, string>>;
}

async function launchServerProcess(launch: ServerLaunch): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(launch.port),
    HOST: '127.0.0.1',
    DATA_DIR: launch.dataDir,
    DIST_DIR: launch.distDir,
    SEED_DEMO: '1',
    DEMO_PASSWORD,
    ...launch.extraEnv,
  };
  // The e2e suite uses the default SQLite store unless a caller asks for PostgreSQL explicitly.
  if (launch.extraEnv.DATABASE_URL === undefined) delete env.DATABASE_URL;

  // `node --import tsx` runs the server in this one process (no npx/tsx wrapper in between), in its own process
  // group so stopping it cannot leave a grandchild holding the port.
  // SERVER_CPU_PROFILE=<dir>: a V8 CPU profile of the server process, written there when it stops (benchmarks).
  const profileDir = process.env['SERVER_CPU_PROFILE'];
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', 'sync-server/src/main.ts'], {
    cwd: REPO_ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });

  const url = `http://127.0.0.1:${launch.port}`;

  const stop = async (): Promise<void> => {
    if (hasExited || child.pid === undefined) return;
    signalGroup(child.pid, 'SIGTERM');
    const stoppedInTime = await Promise.race([exited.then(() => true), delay(5_000).then(() => false)]);
    if (!stoppedInTime) {
      signalGroup(child.pid, 'SIGKILL');
      await exited;
    }
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (hasExited) {
      throw new Error(`the server exited before answering /health.\nServer output:\n${output}`);
    }
    if (await answersHealth(url)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer GET /health within 30 s.\nServer output:\n${output}`);
    }
    await delay(100);
  }

  const server: RunningServer = {
    url,
    port: launch.port,
    dataDir: launch.dataDir,
    distDir: launch.distDir,
    output: () => output,
    stop,
    restart: async (options = {}) => {
      await stop();
      return launchServerProcess({ ...launch, distDir: options.distDir ?? launch.distDir });
    },
    dispose: async () => {
      await stop();
      if (launch.ownsDataDir) rmSync(launch.dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone: nothing to stop.
  }
}

async function answersHealth(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
    if (!response.ok) return false;
    const body = (await response.json()) as { status?: unknown };
    return body.status === 'ok';
  } catch {
    return false;
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolveDelay) => setTimeout(resolveDelay, ms));
}

// ---------------------------------------------------------------------------------------------------------------
// The browser

export async function launchBrowser(): Promise<Browser> {
  // Every e2e file fails here without the browser: one line that says what to do, not a launch error per file.
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}. Install Debian's (apt-get update && apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh, isolated profile (own IndexedDB, own service worker) for one test. */
export async function newAppContext(
  browser: Browser,
  server: Pick<RunningServer, 'url'>,
  viewport: Viewport = TABLET_PORTRAIT,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: viewport.width, height: viewport.height },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  context.setDefaultTimeout(15_000);
  return context;
}

const pageErrorsByPage = new WeakMap<Page, string[]>();

/** Opens a page that remembers its uncaught errors and what the Content-Security-Policy refused, so a failing test can say what broke. */
export async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrorsByPage.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  // A script, style or request the Content-Security-Policy refused is a broken screen too.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return page;
}

export function pageErrors(page: Page): readonly string[] {
  return pageErrorsByPage.get(page) ?? [];
}

// ---------------------------------------------------------------------------------------------------------------
// App flows, by accessible names (see the UI contract)

export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
}

/** Resolves once the service worker controls the page: from then on a reload needs no network. */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 30_000): Promise<void> {
  try {
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: timeoutMs });
  } catch (error) {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker?.getRegistration();
      return {
        registered: registration !== undefined,
        installing: registration?.installing?.state ?? null,
        waiting: registration?.waiting?.state ?? null,
        active: registration?.active?.state ?? null,
      };
    });
    throw new Error(
      `no service worker controlled ${page.url()} within ${timeoutMs} ms (registration: ${JSON.stringify(state)})`,
      { cause: error },
    );
  }
}

/**
 * What keeps Chromium from offering to install the app (manifest, icons, service worker), as its own installability
 * check reports it. "in-incognito" is left out: Playwright's contexts are off-the-record profiles, where Chromium
 * never installs anything whatever the app does.
 */
export async function installabilityProblems(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const manifest = (await session.send('Page.getAppManifest')) as {
      errors: { message: string; critical: number }[];
    };
    const installability = (await session.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string; errorArguments: { name: string; value: string }[] }[];
    };
    return [
      ...manifest.errors.map((error) => `manifest: ${error.message}`),
      ...installability.installabilityErrors
        .filter((error) => error.errorId !== 'in-incognito')
        .map(
          (error) =>
            `${error.errorId}${error.errorArguments.map((argument) => ` ${argument.name}=${argument.value}`).join('')}`,
        ),
    ];
  } finally {
    await session.detach();
  }
}

export interface ChildDetails {
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: { readonly day: string; readonly month: string; readonly year: string };
  readonly dateOfEnquiry: { readonly day: string; readonly month: string; readonly year: string };
  readonly reasonForEnquiry: string;
}

/** Opens /cases/new, fills it in and submits it; resolves with the new case's id once its page shows. */
export async function createCase(page: Page, child: ChildDetails): Promise<string> {
  await page.goto('/cases/new');
  await page.getByRole('heading', { level: 1, name: 'Start a new case' }).waitFor();
  await fillNewCaseForm(page, child);
  await page.getByRole('button', { name: 'Create case' }).click();
  return waitForCasePage(page, child);
}

export async function fillNewCaseForm(page: Page, child: ChildDetails): Promise<void> {
  await page.getByLabel('First name').fill(child.firstName);
  await page.getByLabel('Last name').fill(child.lastName);
  await fillDate(page, 'Date of birth', child.dateOfBirth);
  await fillDate(page, 'Date of enquiry', child.dateOfEnquiry);
  await page.getByLabel('Reason for enquiry').fill(child.reasonForEnquiry);
}

/** Waits for the case page of `child` (h1 = full name) and returns the case id from the URL. */
export async function waitForCasePage(
  page: Page,
  child: Pick<ChildDetails, 'firstName' | 'lastName'>,
): Promise<string> {
  await page.getByRole('heading', { level: 1, name: `${child.firstName} ${child.lastName}` }).waitFor();
  const match = /\/cases\/([^/?#]+)$/.exec(new URL(page.url()).pathname);
  if (match === null || match[1] === undefined || match[1] === 'new') {
    throw new Error(`creating a case did not open its page: ${page.url()}`);
  }
  return match[1];
}

export async function fillDate(
  page: Page,
  groupName: string,
  date: { readonly day: string; readonly month: string; readonly year: string },
): Promise<void> {
  const group = page.getByRole('group', { name: groupName });
  await group.getByLabel('Day').fill(date.day);
  await group.getByLabel('Month').fill(date.month);
  await group.getByLabel('Year').fill(date.year);
}

// ---------------------------------------------------------------------------------------------------------------
// Accessibility and screenshots

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core with the WCAG 2.2 AA tag set and throws a readable list of any violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  axeSource ??= readFileSync(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol rather than a <script> tag, so a Content-Security-Policy cannot block it.
  const alreadyLoaded = await page.evaluate(() => 'axe' in window);
  if (!alreadyLoaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<unknown> } }).axe;
    const results = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
      violations: AxeViolation[];
    };
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  }, AXE_TAGS);
  if (violations.length === 0) return;
  const lines = violations.flatMap((violation) => [
    `- ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} <${violation.helpUrl}>`,
    ...violation.nodes.map(
      (node) =>
        `    at ${JSON.stringify(node.target)}: ${(node.failureSummary ?? '').replace(/\s*\n\s*/g, ' | ').trim()}`,
    ),
  ]);
  throw new Error(`axe found ${violations.length} violation(s) on "${label}" (${page.url()}):\n${lines.join('\n')}`);
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const size = page.viewportSize();
  const suffix = size === null ? '' : `-${size.width}x${size.height}`;
  const file = join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}${suffix}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The page itself must not scroll sideways (WCAG 1.4.10 Reflow): a wide table scrolls inside its own box
 * (src/ui/TableScroll.tsx) instead. Fails naming the innermost elements that stick out on the right.
 */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  // A string, not a function: tsx would wrap a function's inner helpers in __name(), which the page lacks.
  const overflow = (await page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const sticksOut = (element) => element.getBoundingClientRect().right > width + 1;
    return [...document.body.querySelectorAll('*')]
      .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
      .slice(0, 5)
      .map((element) => element.tagName.toLowerCase() + ' "' + (element.textContent || '').trim().slice(0, 40) + '"');
  })()`)) as string[];
  if (overflow.length > 0)
    throw new Error(`${label}: the page scrolls sideways; these stick out: ${overflow.join(', ')}`);
}

/**
 * A table's scrolling box is a named, focusable region exactly while its table is wider than it: keyboard
 * users can scroll what scrolls, and a table that fits adds no tab stop that does nothing.
 */
export async function expectTableBoxesFocusableOnlyWhenScrolling(page: Page, label: string): Promise<void> {
  // Only boxes on show: one inside a closed <details> is neither shown nor focusable, and is laid out anew
  // (and so marked) when it is opened.
  const wrong = (await page.evaluate(`[...document.querySelectorAll('.app-table-wrapper')]
    .filter((box) => box.checkVisibility())
    .map((box) => ({
      scrolls: box.scrollWidth > box.clientWidth + 1,
      focusable: box.getAttribute('tabindex') === '0' && box.getAttribute('role') === 'region' && !!box.getAttribute('aria-label'),
      text: (box.textContent || '').trim().slice(0, 40),
    }))
    .filter((box) => box.scrolls !== box.focusable)
    .map((box) => (box.scrolls ? 'scrolls but cannot take focus: ' : 'fits but takes focus: ') + '"' + box.text + '"')`)) as string[];
  if (wrong.length > 0) throw new Error(`${label}: ${wrong.join('; ')}`);
}

/**
 * Checks one screen the way the issue asks, at tablet portrait, tablet landscape and phone size (or the
 * viewports given): axe, table boxes focusable exactly when they scroll, no sideways scrolling of the page,
 * with a screenshot of each in test-results/. The page's viewport is restored afterwards.
 */
export async function checkScreen(
  page: Page,
  label: string,
  viewports: readonly Viewport[] = CHECKED_VIEWPORTS,
): Promise<void> {
  const original = page.viewportSize();
  try {
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      // Two frames: what the page does about the new size (ResizeObserver callbacks) has run by then.
      await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
      const at = `${label} at ${viewport.width}x${viewport.height}`;
      await expectNoAxeViolations(page, at);
      await expectTableBoxesFocusableOnlyWhenScrolling(page, at);
      await expectNoSidewaysScroll(page, at);
      await saveScreenshot(page, label);
    }
  } finally {
    if (original !== null) await page.setViewportSize(original);
  }
}

/**
 * Presses Tab until `target` has focus, proving it can be reached by keyboard. Fails if focus never gets there
 * within `maxPresses`, naming the element that had focus last.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    if (element === null) return 'nothing';
    const label = element.getAttribute('aria-label') ?? element.getAttribute('name') ?? element.id;
    return `<${element.tagName.toLowerCase()}${label ? ` ${label}` : ''}>`;
  });
  throw new Error(`Tab did not reach the element after ${maxPresses} presses; focus ended on ${focused}`);
}

/** Counts every record in every IndexedDB store of the page's origin: proof that a rejected form wrote nothing. */
export async function countIndexedDbRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const counts: Record<string, number> = {};
    const databases = await indexedDB.databases();
    for (const info of databases) {
      if (info.name === undefined) continue;
      const name = info.name;
      const database = await new Promise<IDBDatabase>((resolveOpen, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolveOpen(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        for (const storeName of Array.from(database.objectStoreNames)) {
          const count = await new Promise<number>((resolveCount, reject) => {
            const request = database.transaction(storeName, 'readonly').objectStore(storeName).count();
            request.onsuccess = () => resolveCount(request.result);
            request.onerror = () => reject(request.error);
          });
          counts[`${name}.${storeName}`] = count;
        }
      } finally {
        database.close();
      }
    }
    return counts;
  });
}

/** A temporary directory this process owns, e.g. for a second build. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

// ---------------------------------------------------------------------------------------------------------------
// Several practitioners, several devices

/** A new device (browser context) signed in as `email`, with the service worker in control. */
export async function signedInDevice(
  browser: Browser,
  server: Pick<RunningServer, 'url'>,
  email: string,
  contexts: BrowserContext[],
): Promise<Page> {
  const context = await newAppContext(browser, server);
  contexts.push(context);
  const page = await openPage(context);
  await signIn(page, email);
  await waitForServiceWorkerControl(page);
  return page;
}

async function untilEnabled(button: Locator, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await button.isEnabled().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`"Sync now" stayed disabled for ${timeoutMs} ms`);
    await delay(100);
  }
}

/**
 * Presses "Sync now" and waits until that sync has finished and nothing is left to send. Fails if the
 * server refused any change ("All changes sent" also holds then: refused changes are listed instead).
 */
export async function syncNow(page: Page, timeoutMs = 20_000): Promise<void> {
  const bar = page.getByRole('region', { name: 'Sync status' });
  const button = bar.getByRole('button', { name: 'Sync now' });
  await button.waitFor();
  await untilEnabled(button, timeoutMs);
  await button.click();
  await untilEnabled(button, timeoutMs);
  await bar.getByText('All changes sent').waitFor({ timeout: timeoutMs });
  const refused = await bar.getByRole('link', { name: /not accepted by the server/ }).count();
  if (refused > 0) throw new Error('the server refused some changes (see the "not accepted" list)');
}

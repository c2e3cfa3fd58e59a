// Issue 3, "Done when": after a new build is served, the update prompt appears, and text typed before it survives
// the reload. A second build (another BUILD_ID, so another service worker) is made once into a temp directory; the
// server is restarted on the same port and data directory to serve it, as a deployment would.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCase,
  expectNoAxeViolations,
  HEALTH_VISITOR_EMAIL,
  launchBrowser,
  makeTempDir,
  newAppContext,
  openPage,
  pageErrors,
  REPO_ROOT,
  signIn,
  startServer,
  waitForServiceWorkerControl,
  type RunningServer,
} from './harness';

const SECOND_BUILD_ID = `e2e-second-${Date.now()}`;

let server: RunningServer;
let browser: Browser;
let secondDist: string;

async function buildSecondCopy(outDir: string): Promise<void> {
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    env: { ...process.env, BUILD_ID: SECOND_BUILD_ID },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
  if (code !== 0) throw new Error(`the second build failed (exit ${code}):\n${output}`);
}

beforeAll(async () => {
  secondDist = makeTempDir('caf-e2e-second-build-');
  [server, browser] = await Promise.all([
    startServer(),
    launchBrowser(),
    // Built while the server starts: the build is the slow part of this file.
    buildSecondCopy(secondDist),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  if (secondDist !== undefined) rmSync(secondDist, { recursive: true, force: true });
});

describe('updating the app', () => {
  it('prompts when a new version is served and keeps text typed before the reload', async () => {
    const context = await newAppContext(browser, server);
    try {
      const page = await openPage(context);
      await signIn(page, HEALTH_VISITOR_EMAIL);
      await waitForServiceWorkerControl(page);
      const firstFooter = await page
        .getByText(/^Version /)
        .first()
        .innerText();
      expect(firstFooter).not.toContain(SECOND_BUILD_ID);

      await createCase(page, {
        firstName: 'Marlowe',
        lastName: 'Testwell-Update',
        dateOfBirth: { day: '21', month: '6', year: '2020' },
        dateOfEnquiry: { day: '3', month: '11', year: '2026' },
        reasonForEnquiry: 'Synthetic case for the update test.',
      });
      const reason = page.getByLabel('Reason for enquiry');
      const savedBefore = 'Written before the new version arrived.';
      await reason.fill('');
      await reason.pressSequentially(savedBefore);
      await page.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();

      // Deploy: same address, same data, the second build.
      server = await server.restart({ distDir: secondDist });
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        if (registration === undefined) throw new Error('no service worker registration');
        await registration.update();
      });

      const banner = page.getByRole('alert').filter({ hasText: 'A new version is ready' });
      await banner.waitFor({ timeout: 30_000 });
      await expectNoAxeViolations(page, 'case page with the update banner');

      // Typed just before accepting the update and not yet saved: the reload must wait for it.
      const typedLast = ' And a last sentence typed as the banner appeared.';
      await reason.pressSequentially(typedLast);
      await banner.getByRole('button', { name: 'Reload' }).click();

      await page.getByText(`Version ${SECOND_BUILD_ID}`).first().waitFor({ timeout: 30_000 });
      await expect(page.getByLabel('Reason for enquiry').inputValue()).resolves.toBe(savedBefore + typedLast);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('stops a tab left on the older version from saving, and tells it to reload, when another tab upgrades the storage', async () => {
    const context = await newAppContext(browser, server);
    try {
      const older = await openPage(context);
      await signIn(older, HEALTH_VISITOR_EMAIL);
      await createCase(older, {
        firstName: 'Wren',
        lastName: 'Testwell-Tabs',
        dateOfBirth: { day: '2', month: '3', year: '2019' },
        dateOfEnquiry: { day: '3', month: '11', year: '2026' },
        reasonForEnquiry: 'Synthetic case for the two-tab update test.',
      });

      // What a newer version of the app does when it opens in another tab: the device's database at a higher version.
      const newer = await openPage(context);
      await newer.goto('/');
      await newer.evaluate(async () => {
        const info = (await indexedDB.databases()).find((database) => database.name === 'early-help-caf');
        const version = info?.version;
        if (version === undefined) throw new Error('the app database is not there');
        await new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('early-help-caf', version + 10);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error ?? new Error('open failed'));
          request.onblocked = () => reject(new Error('blocked by the older tab'));
        });
      });
      await newer.close();

      const banner = older.getByRole('alert').filter({ hasText: 'This app was updated in another tab or window' });
      await banner.waitFor({ timeout: 10_000 });
      await older.getByLabel('Reason for enquiry').pressSequentially(' Typed after the update elsewhere.');
      await older.getByText('this page can no longer save. Reload this page', { exact: false }).first().waitFor();
      await expectNoAxeViolations(older, 'case page of a tab left on the older version');
      expect(pageErrors(older)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

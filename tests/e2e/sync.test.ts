// Issue 4, "Done when" (end-to-end part): a health visitor and a school family-support worker, each on their own
// device (browser context), edit the same case offline; after reconnecting neither loses work, a same-field edit
// shows on the conflict screen, and resolving it there reaches the other device.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkScreen,
  delay,
  HEALTH_VISITOR_EMAIL,
  launchBrowser,
  newAppContext,
  openPage,
  pageErrors,
  SCHOOL_WORKER_EMAIL,
  signIn,
  startServer,
  type RunningServer,
} from './harness';

const HEALTH_VISITOR_NAME = 'Hana Vale (demo)';
const SCHOOL_WORKER_NAME = 'Sol Okafor-Demo (demo)';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/**
 * Presses "Sync now" (whenever it is not already syncing) until `reached` holds. Sync also runs by itself on
 * start and on reconnect, so waiting for one particular round would race it; waiting for the outcome does not.
 */
async function syncUntil(page: Page, what: string, reached: () => Promise<boolean>, timeoutMs = 30_000) {
  const syncNow = page.getByRole('region', { name: 'Sync status' }).getByRole('button', { name: 'Sync now' });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await reached()) return;
    if (Date.now() > deadline) {
      const bar = await page
        .getByRole('region', { name: 'Sync status' })
        .innerText()
        .catch(() => '(no sync status bar)');
      throw new Error(`sync did not bring "${what}" within ${timeoutMs} ms; sync status: ${bar}`);
    }
    if (await syncNow.isEnabled().catch(() => false)) await syncNow.click().catch(() => undefined);
    await delay(400);
  }
}

async function reasonOn(page: Page): Promise<string> {
  return page.getByLabel('Reason for enquiry').inputValue();
}

async function typeReason(page: Page, text: string): Promise<void> {
  const reason = page.getByLabel('Reason for enquiry');
  await reason.fill('');
  await reason.pressSequentially(text);
  await page.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();
}

function conflictBanner(page: Page) {
  return page.getByRole('region', { name: 'Important' }).filter({ hasText: 'conflicts with a colleague' });
}

async function signedInDevice(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newAppContext(browser, server);
  const page = await openPage(context);
  await signIn(page, email);
  return { context, page };
}

describe('two practitioners, one case', () => {
  it('keeps both offline edits of the same field as a conflict that either can resolve for both', async () => {
    const healthVisitor = await signedInDevice(HEALTH_VISITOR_EMAIL);
    const schoolWorker = await signedInDevice(SCHOOL_WORKER_EMAIL);
    try {
      // A case from the seeded caseload that both practitioners work on (not every seeded case is shared).
      const hvPage = healthVisitor.page;
      const schoolPage = schoolWorker.page;
      const caseLinks = (page: Page) => page.locator('table tbody tr a');
      await syncUntil(hvPage, 'the health visitor’s caseload', async () => (await caseLinks(hvPage).count()) > 0);
      await syncUntil(
        schoolPage,
        'the school worker’s caseload',
        async () => (await caseLinks(schoolPage).count()) > 0,
      );
      const hrefs = (page: Page) =>
        caseLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      const schoolHrefs = new Set(await hrefs(schoolPage));
      const caseHref = (await hrefs(hvPage)).find((href) => href !== null && schoolHrefs.has(href));
      if (caseHref === undefined || caseHref === null) {
        throw new Error('the seeded demo caseload has no case shared by both demo practitioners');
      }

      await hvPage.goto(caseHref);
      await hvPage.getByLabel('Reason for enquiry').waitFor();
      const caseName = (await hvPage.getByRole('heading', { level: 1 }).innerText()).trim();
      await schoolPage.goto(caseHref);
      await schoolPage.getByRole('heading', { level: 1, name: caseName }).waitFor();

      // Both offline, both change the same field, each saved on their own device.
      await healthVisitor.context.setOffline(true);
      await schoolWorker.context.setOffline(true);
      const hvText = 'Health visitor, offline: mother reports the baby is feeding well now.';
      const schoolText = 'School worker, offline: attendance has improved since the half term.';
      await typeReason(hvPage, hvText);
      await typeReason(schoolPage, schoolText);

      // Reconnect: the health visitor's change reaches the server first, then the school worker's.
      await healthVisitor.context.setOffline(false);
      await syncUntil(hvPage, 'the health visitor’s change sent', async () =>
        hvPage.getByText('All changes sent').first().isVisible(),
      );
      await schoolWorker.context.setOffline(false);
      await syncUntil(schoolPage, 'the conflict on the school worker’s device', async () =>
        conflictBanner(schoolPage).isVisible(),
      );
      await syncUntil(hvPage, 'the conflict on the health visitor’s device', async () =>
        conflictBanner(hvPage).isVisible(),
      );

      // Both devices converge on the same current value, which is one of the two edits; the other is kept.
      await syncUntil(schoolPage, 'the same value on both devices', async () => {
        return (await reasonOn(schoolPage)) === (await reasonOn(hvPage));
      });
      const current = await reasonOn(hvPage);
      expect([hvText, schoolText]).toContain(current);
      await checkScreen(hvPage, 'case-with-conflict');

      // The health visitor opens the conflict screen: both versions, who wrote them.
      await conflictBanner(hvPage).getByRole('link', { name: 'Choose what to keep' }).click();
      await hvPage.getByRole('heading', { level: 1, name: 'Conflicting changes' }).waitFor();
      await hvPage.getByText(hvText).first().waitFor();
      await hvPage.getByText(schoolText).first().waitFor();
      await checkScreen(hvPage, 'conflicts');

      // Keep the version that did not win, so the resolution visibly changes the other device too.
      const [keptText, keptAuthor] =
        current === hvText ? [schoolText, SCHOOL_WORKER_NAME] : [hvText, HEALTH_VISITOR_NAME];
      await hvPage.getByRole('radio', { name: `Keep the version by ${keptAuthor}` }).check();
      await hvPage.getByRole('button', { name: 'Resolve this conflict' }).click();
      await hvPage.getByText('There are no conflicting changes on this case.').waitFor();

      await hvPage.goto(caseHref);
      await hvPage.getByRole('heading', { level: 1, name: caseName }).waitFor();
      expect(await reasonOn(hvPage)).toBe(keptText);
      await syncUntil(hvPage, 'the resolution sent', async () =>
        hvPage.getByText('All changes sent').first().isVisible(),
      );

      await syncUntil(
        schoolPage,
        'the resolution on the school worker’s device',
        async () => (await reasonOn(schoolPage)) === keptText && !(await conflictBanner(schoolPage).isVisible()),
      );

      expect(pageErrors(hvPage)).toEqual([]);
      expect(pageErrors(schoolPage)).toEqual([]);
    } finally {
      await healthVisitor.context.close();
      await schoolWorker.context.close();
    }
  });
});

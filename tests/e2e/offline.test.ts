// Issue 3, "Done when": after one online visit the app starts, creates a case and keeps every typed word with the
// network off; every screen passes axe at tablet and phone sizes; the new-case form works by keyboard alone and
// rejects bad input without saving anything.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkScreen,
  countIndexedDbRecords,
  delay,
  fillNewCaseForm,
  HEALTH_VISITOR_EMAIL,
  installabilityProblems,
  launchBrowser,
  newAppContext,
  openPage,
  pageErrors,
  signIn,
  startServer,
  tabTo,
  waitForCasePage,
  waitForServiceWorkerControl,
  type ChildDetails,
  type RunningServer,
} from './harness';

const CASE_SECTIONS = [
  'Enquiry',
  "Child's details",
  'Level of need',
  'Consent',
  'Assessment',
  'Team Around the Child plan',
  'Reviews',
  'Distance travelled',
  'Closure',
];

// Obviously fictional children (no real person's name, none from the seed reports).
const OFFLINE_CHILD: ChildDetails = {
  firstName: 'Juniper',
  lastName: 'Testwell-Offline',
  dateOfBirth: { day: '14', month: '3', year: '2021' },
  dateOfEnquiry: { day: '2', month: '11', year: '2026' },
  reasonForEnquiry: 'School reports frequent lateness (synthetic test case).',
};

const KEYBOARD_CHILD: ChildDetails = {
  firstName: 'Quill',
  lastName: 'Keyboard-Only',
  dateOfBirth: { day: '9', month: '7', year: '2019' },
  dateOfEnquiry: { day: '5', month: '11', year: '2026' },
  reasonForEnquiry: 'Entered without a mouse (synthetic test case).',
};

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name });
}

/**
 * The "Start a new case" call to action on "My cases". It is a link styled and announced as a GOV.UK button
 * (role="button"), and the header navigation has a plain link of the same name, so look inside main only.
 */
function startNewCaseButton(page: Page) {
  return page.getByRole('main').getByRole('button', { name: 'Start a new case' });
}

/** Waits until nothing is being written any more (e.g. a sync that was in flight), so counts can be compared. */
async function settledRecordCounts(page: Page): Promise<Record<string, number>> {
  let previous = await countIndexedDbRecords(page);
  for (let attempt = 0; attempt < 20; attempt++) {
    await delay(250);
    const current = await countIndexedDbRecords(page);
    if (JSON.stringify(current) === JSON.stringify(previous)) return current;
    previous = current;
  }
  throw new Error('IndexedDB kept changing for 5 s while the page was offline and idle');
}

describe('offline first', () => {
  it('after one online visit, starts with the network off, creates a case and keeps typed text across reloads', async () => {
    const context = await newAppContext(browser, server);
    try {
      const page = await openPage(context);

      // Online, first visit: unauthenticated visits land on the sign-in page.
      await page.goto('/');
      await heading(page, 'Sign in').waitFor();
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await checkScreen(page, 'sign-in');

      await signIn(page, HEALTH_VISITOR_EMAIL);
      await waitForServiceWorkerControl(page);
      // Installable: manifest with name, icons and theme colour, and a service worker that serves the start URL.
      await expect(installabilityProblems(page)).resolves.toEqual([]);

      // From here on there is no network at all.
      await context.setOffline(true);
      await page.reload();
      await heading(page, 'My cases').waitFor();
      await page
        .getByText(/^Storage:/)
        .first()
        .waitFor();
      await expect(page.getByText('Early Help CAF').first().isVisible()).resolves.toBe(true);
      await checkScreen(page, 'my-cases');

      await startNewCaseButton(page).click();
      await heading(page, 'Start a new case').waitFor();
      await checkScreen(page, 'new-case');
      await fillNewCaseForm(page, OFFLINE_CHILD);
      await page.getByRole('button', { name: 'Create case' }).click();
      const caseId = await waitForCasePage(page, OFFLINE_CHILD);

      for (const section of CASE_SECTIONS) {
        await page.getByText(section, { exact: true }).first().waitFor();
      }
      await checkScreen(page, 'case');

      const reason = page.getByLabel('Reason for enquiry');
      const typed = 'Typed offline on a home visit: family asked for help with sleep routines.';
      await reason.fill('');
      await reason.pressSequentially(typed);
      await page.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();

      await page.reload();
      await heading(page, `${OFFLINE_CHILD.firstName} ${OFFLINE_CHILD.lastName}`).waitFor();
      await expect(page.getByLabel('Reason for enquiry').inputValue()).resolves.toBe(typed);
      expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);

      // The new case is in the caseload, and search by name finds it.
      await page.goto('/');
      await heading(page, 'My cases').waitFor();
      const childLink = page.getByRole('link', { name: `${OFFLINE_CHILD.firstName} ${OFFLINE_CHILD.lastName}` });
      await childLink.waitFor();
      await page.getByLabel('Name', { exact: true }).fill(OFFLINE_CHILD.lastName);
      await page.getByRole('button', { name: 'Search' }).click();
      await childLink.waitFor();
      // The filter applies asynchronously (URL → IndexedDB query), and the caseload may also hold cases synced
      // before the network went off: wait for the table to narrow down rather than counting at once.
      await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 10_000 }).toBe(1);

      // Demo data loads offline too, through the same data layer.
      await page.goto('/demo');
      await heading(page, 'Demo data').waitFor();
      await checkScreen(page, 'demo');
      await page.getByLabel('Number of cases').fill('3');
      await page.getByRole('button', { name: 'Load demo cases' }).click();
      await page.getByText('Loaded 3 cases').waitFor();
      await checkScreen(page, 'demo-loaded');

      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the GOV.UK error summary with links and inline errors for an empty form, and saves nothing', async () => {
    const context = await newAppContext(browser, server);
    try {
      const page = await openPage(context);
      await signIn(page, HEALTH_VISITOR_EMAIL);
      await startNewCaseButton(page).click();
      await heading(page, 'Start a new case').waitFor();

      // Offline, so no background sync can change the store while we compare its contents.
      await context.setOffline(true);
      const before = await settledRecordCounts(page);

      await page.getByRole('button', { name: 'Create case' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
      const links = summary.getByRole('link');
      const linkCount = await links.count();
      expect(linkCount).toBeGreaterThanOrEqual(2);
      for (let index = 0; index < linkCount; index++) {
        const link = links.nth(index);
        const message = (await link.innerText()).trim();
        const href = await link.getAttribute('href');
        expect(href, `error summary link "${message}"`).toMatch(/^#./);
        // Each summary link points at a field on the page, which carries the same message inline.
        await expect(page.locator(`[id="${href!.slice(1)}"]`).count()).resolves.toBe(1);
        await page.locator('.govuk-error-message').filter({ hasText: message }).first().waitFor();
      }
      // Following a summary link moves focus to the field it names.
      const firstHref = (await links.first().getAttribute('href'))!;
      await links.first().click();
      await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.toBe(firstHref.slice(1));

      await checkScreen(page, 'new-case-errors');

      // Longer than the autosave window, so a delayed write would have landed by now.
      await delay(700);
      expect(await countIndexedDbRecords(page)).toEqual(before);
      expect(new URL(page.url()).pathname).toBe('/cases/new');

      // A date that does not exist is rejected too, with an error tied to the date of birth.
      await fillNewCaseForm(page, { ...OFFLINE_CHILD, dateOfBirth: { day: '31', month: '2', year: '2021' } });
      await page.getByRole('button', { name: 'Create case' }).click();
      await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
      const dateLinkTargets = await summary
        .getByRole('link')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      const dateOfBirthGroup = page.getByRole('group', { name: 'Date of birth' });
      const targetsInGroup = await dateOfBirthGroup.evaluate(
        (group, hrefs) => hrefs.filter((href) => href.length > 1 && group.querySelector(href) !== null).length,
        dateLinkTargets,
      );
      expect(targetsInGroup, `summary links ${JSON.stringify(dateLinkTargets)}`).toBeGreaterThanOrEqual(1);
      await delay(700);
      expect(await countIndexedDbRecords(page)).toEqual(before);

      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('completes the new-case form with the keyboard alone', async () => {
    const context = await newAppContext(browser, server);
    try {
      const page = await openPage(context);
      await signIn(page, HEALTH_VISITOR_EMAIL);
      await page.goto('/cases/new');
      await heading(page, 'Start a new case').waitFor();

      const type = async (label: string, text: string, group?: string): Promise<void> => {
        const scope = group === undefined ? page : page.getByRole('group', { name: group });
        await tabTo(page, scope.getByLabel(label, { exact: true }));
        // Some fields come pre-filled (the date of enquiry defaults to today): replace, as a person would.
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(text);
      };
      await type('First name', KEYBOARD_CHILD.firstName);
      await type('Last name', KEYBOARD_CHILD.lastName);
      await type('Day', KEYBOARD_CHILD.dateOfBirth.day, 'Date of birth');
      await type('Month', KEYBOARD_CHILD.dateOfBirth.month, 'Date of birth');
      await type('Year', KEYBOARD_CHILD.dateOfBirth.year, 'Date of birth');
      await type('Day', KEYBOARD_CHILD.dateOfEnquiry.day, 'Date of enquiry');
      await type('Month', KEYBOARD_CHILD.dateOfEnquiry.month, 'Date of enquiry');
      await type('Year', KEYBOARD_CHILD.dateOfEnquiry.year, 'Date of enquiry');
      await type('Reason for enquiry', KEYBOARD_CHILD.reasonForEnquiry);
      await tabTo(page, page.getByRole('button', { name: 'Create case' }));
      await page.keyboard.press('Enter');

      await waitForCasePage(page, KEYBOARD_CHILD);
      await expect(page.getByLabel('Reason for enquiry').inputValue()).resolves.toBe(KEYBOARD_CHILD.reasonForEnquiry);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

// Every screen a practitioner can reach passes axe (WCAG 2.2 AA tags) at tablet and phone sizes, down to 320 px.
// Rather than a list that goes stale as screens are added, this follows the app's own links from "My cases" through
// a seeded case, visiting each kind of screen once (ids in paths are folded: /cases/a and /cases/b are one screen).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHECKED_VIEWPORTS,
  checkScreen,
  delay,
  HEALTH_VISITOR_EMAIL,
  launchBrowser,
  NARROWEST_PHONE,
  newAppContext,
  openPage,
  pageErrors,
  signIn,
  startServer,
  type RunningServer,
} from './harness';

/** Enough for every screen of the app today with room to grow; the suite must stay fast. */
const MAX_SCREENS = 60;
/** Links that change state or leave the app rather than show a screen. */
const NOT_A_SCREEN = /sign-out|signout|logout|\.(pdf|json|csv)$/i;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/** "/cases/0190.../children/0190..." → "/cases/:id/children/:id": one visit per kind of screen. */
function screenKind(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment) ? ':id' : segment,
    )
    .join('/');
}

async function sameOriginPaths(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))
      .map((anchor) => new URL(anchor.href, location.href))
      .filter((url) => url.origin === location.origin)
      .map((url) => url.pathname),
  );
}

describe('accessibility of every reachable screen', () => {
  it('passes axe on each kind of screen linked from "My cases" and a seeded case', async () => {
    const context = await newAppContext(browser, server);
    try {
      const page = await openPage(context);
      await signIn(page, HEALTH_VISITOR_EMAIL);
      // Wait for the seeded caseload to arrive by sync, so case screens can be reached.
      const caseLinks = page.locator('table tbody tr a');
      for (let attempt = 0; attempt < 60 && (await caseLinks.count()) === 0; attempt++) await delay(250);
      expect(await caseLinks.count(), 'the seeded caseload reached the device').toBeGreaterThan(0);

      // The case screens are crawled from a case at review, which has something on every one of them
      // (plan, meetings, reviews, scores); the newest case, first in the list, may have only its enquiry.
      const reviewCase = await page
        .locator('table tbody tr', { hasText: 'Review' })
        .first()
        .getByRole('link')
        .first()
        .getAttribute('href');
      expect(reviewCase, 'a seeded case at review').toMatch(/^\/cases\//);
      const queue: string[] = ['/', reviewCase!];
      const seenKinds = new Set<string>(['/sign-in', '/cases/new', '/demo']); // checked in offline.test.ts
      seenKinds.add('/');
      seenKinds.add(screenKind(reviewCase!));
      const visited: string[] = [];
      const failures: string[] = [];
      while (queue.length > 0 && visited.length < MAX_SCREENS) {
        const path = queue.shift()!;
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        // Screens read IndexedDB reactively: let "Loading…" settle before judging the screen.
        await page
          .getByText(/^Loading/)
          .first()
          .waitFor({ state: 'hidden', timeout: 10_000 })
          .catch(() => undefined);
        // Collected rather than thrown, so one run lists every screen that needs fixing.
        await checkScreen(page, `screen ${screenKind(path)}`, [...CHECKED_VIEWPORTS, NARROWEST_PHONE]).catch(
          (error: unknown) => failures.push(error instanceof Error ? error.message : String(error)),
        );
        visited.push(screenKind(path));
        for (const next of await sameOriginPaths(page)) {
          const kind = screenKind(next);
          if (seenKinds.has(kind) || NOT_A_SCREEN.test(next)) continue;
          seenKinds.add(kind);
          queue.push(next);
        }
      }
      console.log(
        `accessibility: ${visited.length} kinds of screen checked (cap ${MAX_SCREENS}): ${visited.join(', ')}`,
      );
      // A crawl that found almost nothing would pass vacuously: "My cases" links at least to a case and its sections.
      expect(visited.length, `screens visited: ${visited.join(', ')}`).toBeGreaterThanOrEqual(5);
      if (failures.length > 0)
        throw new Error(
          `${failures.length} screen(s) failed axe, the sideways-scroll check or the table-box focus check:\n\n${failures.join('\n\n')}`,
        );
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

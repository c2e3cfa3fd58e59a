// A shared school tablet: one practitioner signs out and the next signs in on the same device. Signing out waits
// for unsent work, then leaves nothing of the first practitioner's families on the device, and the next
// practitioner syncs as a new device.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  checkScreen,
  countIndexedDbRecords,
  delay,
  DEMO_PASSWORD,
  HEALTH_VISITOR_EMAIL,
  SCHOOL_WORKER_EMAIL,
  signIn,
  syncNow,
} from './harness';
import { sharedServerAndDevices } from './sharedDevices';

const devices = sharedServerAndDevices();

describe('signing out of a shared device', () => {
  it('waits for unsent work, then leaves nothing behind for the next practitioner', async () => {
    const page = await devices.device(HEALTH_VISITOR_EMAIL);
    await syncNow(page);
    const caseLinks = page.locator('table tbody tr a');
    for (let attempt = 0; attempt < 60 && (await caseLinks.count()) === 0; attempt++) await delay(250);
    expect(await caseLinks.count(), 'the health visitor’s caseload reached the device').toBeGreaterThan(0);

    // Offline, a change waits in the outbox: signing out must not delete it.
    await caseLinks.first().click();
    await page.context().setOffline(true);
    await page.getByLabel('Reason for enquiry').fill('Written offline just before signing out.');
    await page.getByText('Saved on this device').first().waitFor();
    await page.getByRole('link', { name: 'Sign out' }).click();
    await page.getByText(/1 change is not on the server yet/).waitFor();
    await checkScreen(page, 'sign out with unsent changes');
    expect(await page.getByRole('button', { name: /^Sign out/ }).count()).toBe(0);

    // Back online and synced, signing out clears the device.
    await page.context().setOffline(false);
    await syncNow(page);
    await page.getByRole('button', { name: 'Sign out Hana Vale (demo)' }).waitFor();
    await checkScreen(page, 'sign out');
    const token = await sessionToken(page);
    await page.getByRole('button', { name: 'Sign out Hana Vale (demo)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    // The session ends on the server too (just after the screen changes): its token no longer syncs.
    await expect.poll(() => pullStatus(token), { timeout: 10_000 }).toBe(401);
    // Then nothing is left but the settings row marking this tablet as one Hana signs in on (a token that
    // opens nothing). The app's own database only: the service worker's cache bookkeeping is not about anyone.
    await expect.poll(() => settingKeys(page)).toEqual(['trustedDevices']);
    const left = Object.entries(await countIndexedDbRecords(page)).filter(([store]) =>
      store.startsWith('early-help-caf.'),
    );
    expect(left.length, 'the app database is still there').toBeGreaterThan(0);
    expect(left.filter(([, count]) => count > 0)).toEqual([['early-help-caf.settings', 1]]);

    // The next practitioner gets their own cases and pushes as a new device (not refused as someone else's).
    await signIn(page, SCHOOL_WORKER_EMAIL);
    for (let attempt = 0; attempt < 60 && (await caseLinks.count()) === 0; attempt++) await delay(250);
    expect(await caseLinks.count(), 'the school worker’s caseload reached the device').toBeGreaterThan(0);
    await caseLinks.first().click();
    await page.getByLabel('Reason for enquiry').fill('The school worker’s first change on this tablet.');
    await page.getByText('Saved on this device').first().waitFor();
    await syncNow(page);
    await page.getByText('All changes sent').waitFor();

    // Signing out with no signal (in a family's home): the device is cleared at once, and the session ends on
    // the server as soon as the tablet is back online, although the device no longer holds the token.
    const schoolToken = await sessionToken(page);
    await page.context().setOffline(true);
    await page.getByRole('link', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: /^Sign out Sol Okafor-Demo/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const stores = await countIndexedDbRecords(page);
    expect(Object.entries(stores).filter(([store, count]) => store.startsWith('early-help-caf.') && count > 0)).toEqual(
      [['early-help-caf.settings', 2]],
    );
    expect(await settingKeys(page), 'only the note to end the session is added').toEqual([
      'sessionsToEnd',
      'trustedDevices',
    ]);
    expect(await pullStatus(schoolToken), 'the server has not been told yet').toBe(200);
    await page.context().setOffline(false);
    await expect
      .poll(() => pullStatus(schoolToken), {
        message: 'the session ended once the device was back online',
        timeout: 10_000,
      })
      .toBe(401);
    await expect.poll(() => settingKeys(page)).toEqual(['trustedDevices']);

    // Someone who knows only the school worker's email fails five times from elsewhere: sign-in is paused
    // for everyone else, but the school worker still signs in on this tablet.
    const attempt = (password: string) =>
      fetch(`${devices.serverUrl()}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: SCHOOL_WORKER_EMAIL, password }),
      }).then((response) => response.status);
    for (let failure = 0; failure < 5; failure++) expect(await attempt('a-wrong-guess')).toBe(401);
    expect(await attempt(DEMO_PASSWORD), 'paused for a device the school worker never used').toBe(429);
    await signIn(page, SCHOOL_WORKER_EMAIL);
    for (let attempt = 0; attempt < 60 && (await caseLinks.count()) === 0; attempt++) await delay(250);
    expect(await caseLinks.count(), 'signed in on their own tablet').toBeGreaterThan(0);
  });
});

/** Runs one request (e.g. `getAllKeys()`) on the app's settings store on the device, straight through IndexedDB. */
function readSettingsStore(page: Page, request: string): Promise<unknown> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('early-help-caf');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const read = open.result.transaction('settings').objectStore('settings').${request};
      read.onsuccess = () => { resolve(read.result); open.result.close(); };
      read.onerror = () => reject(read.error);
    };
  })`);
}

/** The session token the app keeps on the device. */
async function sessionToken(page: Page): Promise<string> {
  const session = (await readSettingsStore(page, "get('session')")) as { value?: { token?: unknown } } | undefined;
  const token = session?.value?.token;
  if (typeof token !== 'string') throw new Error('no session token on the device');
  return token;
}

/** The keys of the app's settings store on the device. */
async function settingKeys(page: Page): Promise<string[]> {
  return (await readSettingsStore(page, 'getAllKeys()')) as string[];
}

/** What the server answers a pull made with `token` (from this test process, not the browser). */
async function pullStatus(token: string): Promise<number> {
  const response = await fetch(`${devices.serverUrl()}/api/sync/pull`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ protocolVersion: 1, schemaVersion: 1, deviceId: crypto.randomUUID(), since: 0 }),
  });
  await response.arrayBuffer();
  return response.status;
}

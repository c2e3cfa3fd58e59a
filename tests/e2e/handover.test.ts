// Issue 6, "Done when", hand-over mode in Chromium: the practitioner records verbal consent and hands the tablet to the
// family, who sign by typed name and declaration using the keyboard alone, then sign a change with a drawing made by
// real mouse and touch input (a dot alone is refused); the back button, typed URLs and reload all stay inside; leaving
// needs the practitioner's own sign-in password; axe finds nothing at 768x1024 either way round; and the family's PDF,
// read back with pdf.js, names the signer, the agencies, the date and the proof hash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ENGLISH_CONSENT_MESSAGES as M } from '../../src/domain/consentText';
import {
  checkScreen,
  createCase,
  DEMO_PASSWORD,
  HEALTH_VISITOR_EMAIL,
  pageErrors,
  REPO_ROOT,
  saveScreenshot,
  syncNow,
  tabTo,
  type ChildDetails,
} from './harness';
import { sharedServerAndDevices } from './sharedDevices';

// Obviously fictional family (no real person's name, none from the seed reports).
const CHILD: ChildDetails = {
  firstName: 'Bramble',
  lastName: 'Handover-Synth',
  dateOfBirth: { day: '11', month: '6', year: '2012' },
  dateOfEnquiry: { day: '3', month: '11', year: '2026' },
  reasonForEnquiry: 'Young carer for a parent; tired at school (synthetic test case).',
};
const VERBAL_GIVER = 'Rowan Handover-Synth';
const YOUNG_PERSON = 'Bramble Handover-Synth';
const PARENT = 'Rowan Handover-Synth';
const HEALTH = 'Demo Health Visiting Service';
const SCHOOL = 'Demo Primary School';

// The practitioner's screens (src/features/handover), by accessible name.
const HAND_TO_FAMILY = 'Hand to family';
const PASSWORD_LABEL = 'Your password';
const WRONG_PASSWORD = 'The password is not right. Type the password you sign in with.';
const EXIT_PASSWORD_LABEL = 'Worker’s password';
const EXIT_BUTTON = 'Unlock and leave hand-over mode';
const EXIT_WRONG_PASSWORD = 'The password is not right. Try again.';

/**
 * Records every read-write IndexedDB transaction the page opens, with the durability IndexedDB was asked for. Runs
 * before the app's scripts, because Dexie binds `transaction` when it opens a connection.
 */
const WATCH_DURABILITY = `
  window.__cafWrites = [];
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const opened = transaction.call(this, stores, mode, options);
    if (mode === 'readwrite')
      window.__cafWrites.push({ stores: Array.from(opened.objectStoreNames), durability: opened.durability });
    return opened;
  };
`;

const devices = sharedServerAndDevices();

function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** The messages in the GOV.UK error summary. */
async function errorSummary(page: Page): Promise<string[]> {
  const summary = page.getByRole('alert');
  await summary.waitFor();
  return summary.getByRole('link').allTextContents();
}

async function writeDurabilities(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __cafWrites: { stores: string[]; durability: string }[] }).__cafWrites
      .filter((write) => write.stores.includes('records'))
      .map((write) => write.durability),
  );
}

interface StoredConsent {
  stage: string;
  signerName?: string;
  signerInitials?: string;
  signedAt: string;
  shownTextHash?: string;
  signature?: { typedName: string; strokes?: { x: number; y: number }[][]; pngDataUrl?: string };
}

/** The case's consent events as stored on the device, oldest first. */
async function storedConsents(page: Page, caseId: string): Promise<StoredConsent[]> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('early-help-caf');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const records = await new Promise<{ kind: string; data: unknown }[]>((resolve, reject) => {
        const request = db.transaction('records').objectStore('records').index('caseId').getAll(id);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      return records
        .filter((record) => record.kind === 'consentEvent')
        .map((record) => record.data as StoredConsent)
        .sort((a, b) => a.signedAt.localeCompare(b.signedAt));
    } finally {
      db.close();
    }
  }, caseId);
}

/** A zigzag across the signature box with the mouse: press, move in small steps, release. */
async function drawWithMouse(page: Page, pad: Locator): Promise<void> {
  const box = await pad.boundingBox();
  if (!box) throw new Error('the signature box is not on screen');
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.7);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++)
    await page.mouse.move(box.x + box.width * (0.1 + step * 0.05), box.y + box.height * (step % 2 ? 0.25 : 0.7), {
      steps: 3,
    });
  await page.mouse.up();
}

/** A finger's underline beneath the signature, as a tablet's touch screen reports it (touch start, moves, end). */
async function drawWithFinger(page: Page, pad: Locator): Promise<void> {
  const box = await pad.boundingBox();
  if (!box) throw new Error('the signature box is not on screen');
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    const at = (fraction: number) => [
      { x: box.x + box.width * (0.15 + fraction * 0.6), y: box.y + box.height * (0.85 - fraction * 0.1), id: 1 },
    ];
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let step = 1; step <= 10; step++)
      await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / 10) });
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await session.send('Emulation.setTouchEmulationEnabled', { enabled: false });
  } finally {
    await session.detach();
  }
}

/** The text of every page of a PDF, as pdf.js reads it, with each line break turned into a space. */
async function pdfText(file: string): Promise<string> {
  const pdf = await getDocument({
    data: new Uint8Array(readFileSync(file)),
    standardFontDataUrl: join(REPO_ROOT, 'node_modules', 'pdfjs-dist', 'standard_fonts') + '/',
  }).promise;
  const lines: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) lines.push(item.str);
  }
  await pdf.destroy();
  return lines.join(' ').replace(/\s+/g, ' ');
}

function londonDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
}

describe('hand-over mode', () => {
  it('keeps the family on the consent screen until the practitioner takes the tablet back', async () => {
    const page = await devices.device(HEALTH_VISITOR_EMAIL);
    // The agencies the family chooses from come with the directory, on the first sync.
    await syncNow(page);
    await page.context().addInitScript(WATCH_DURABILITY);
    const caseId = await createCase(page, CHILD);
    const otherCase = `/cases/${caseId.replace(/.$/, (last) => (last === '0' ? '1' : '0'))}`;

    // Verbal consent to make enquiries, recorded by the practitioner.
    await page.goto(`/cases/${caseId}/consent`);
    await heading(page, 'Consent').waitFor();
    await page.getByRole('link', { name: 'Record verbal consent to make enquiries' }).click();
    await page.getByLabel('Name of the person who gave consent').fill(VERBAL_GIVER);
    await page.getByRole('button', { name: 'Save verbal consent' }).click();
    await heading(page, 'Consent').waitFor();
    await page.getByText(/^Given on /).waitFor();
    expect(await writeDurabilities(page)).toContain('strict');

    await page.getByRole('link', { name: 'My caseload' }).waitFor();

    // A made-up password does not lock the device: only the one the practitioner signs in with.
    await page.getByLabel(PASSWORD_LABEL).fill('a-made-up-password');
    await page.getByRole('button', { name: HAND_TO_FAMILY }).click();
    expect(await errorSummary(page)).toEqual([WRONG_PASSWORD]);
    await heading(page, 'Consent').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/consent`);

    // Hand over and sign, by keyboard alone: Tab, Space and Enter, no mouse.
    await tabTo(page, page.getByLabel(PASSWORD_LABEL));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await heading(page, M.title).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/consent/family`);
    await expect(page.getByRole('link', { name: 'My caseload' }).isVisible()).resolves.toBe(false);
    await checkScreen(page, 'handover-family-reads');

    await tabTo(page, page.getByRole('radio', { name: M.capacitySelf }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('checkbox', { name: `${M.basicLabel} for ${HEALTH}` }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('checkbox', { name: `${M.additionalLabel} for ${HEALTH}` }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: M.continueButton }));
    await page.keyboard.press('Enter');
    await heading(page, M.checkHeading).waitFor();
    await page.getByText(`${HEALTH}: basic information - yes. More information - yes.`).waitFor();
    await page.getByText(`${SCHOOL}: basic information - no. More information - no.`).waitFor();
    await tabTo(page, page.getByLabel(M.nameLabel));
    await page.keyboard.type(YOUNG_PERSON);
    await tabTo(page, page.getByRole('checkbox', { name: M.declaration('self') }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: M.signButton }));
    await page.keyboard.press('Enter');
    await heading(page, M.doneHeading).waitFor();
    // The signed consent committed with strict durability, like the verbal consent before it.
    expect((await writeDurabilities(page)).filter((durability) => durability === 'strict')).toHaveLength(2);
    await checkScreen(page, 'handover-family-signed');

    // The family's copy, downloaded by keyboard too, and read back.
    await tabTo(page, page.getByRole('button', { name: M.downloadCopy }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const written = (await storedConsents(page, caseId)).find((event) => event.stage === 'writtenShare');
    expect(written).toMatchObject({ signerName: YOUNG_PERSON, signature: { typedName: YOUNG_PERSON } });
    expect(written?.signature?.strokes).toBeUndefined();
    const text = await pdfText(await download.path());
    expect(text).toContain(YOUNG_PERSON);
    expect(text).toContain(`${HEALTH}: basic information - yes. More information - yes.`);
    expect(text).toContain(`${SCHOOL}: basic information - no. More information - no.`);
    expect(text).toContain(londonDate(written?.signedAt ?? ''));
    expect(written?.shownTextHash).toMatch(/^[0-9a-f]{64}$/);
    expect(text).toContain(written?.shownTextHash as string);

    // The family cannot leave: back button, typed addresses and reload all come back to the hand-over screen.
    for (const leave of [
      () => page.goBack(),
      () => page.goto('/'),
      () => page.goto(otherCase),
      () => page.goto(`/cases/${caseId}`),
      () => page.reload(),
    ]) {
      await leave();
      await heading(page, M.changeHeading).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/consent/family`);
      await expect(heading(page, CHILD.firstName + ' ' + CHILD.lastName).count()).resolves.toBe(0);
    }

    // A second event: the school is added, signed with initials and a drawing. A dot alone is no signature.
    await page.getByRole('radio', { name: M.capacityChild }).check();
    await page.getByRole('checkbox', { name: `${M.basicLabel} for ${SCHOOL}` }).check();
    await page.getByRole('button', { name: M.continueButton }).click();
    await heading(page, M.checkHeading).waitFor();
    await page.getByLabel(M.nameLabel).fill(PARENT);
    await page.getByLabel(M.initialsLabel).fill('RH');
    await page.getByRole('checkbox', { name: M.declaration('parentWithPR') }).check();
    const pad = page.getByRole('img', { name: M.drawCanvasLabel });
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    if (!box) throw new Error('the signature box is not on screen');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByRole('button', { name: M.signButton }).click();
    expect(await errorSummary(page)).toEqual([M.errorBlankDrawing]);
    expect(await storedConsents(page, caseId)).toHaveLength(2);
    await checkScreen(page, 'handover-blank-drawing-refused');

    await page.getByRole('button', { name: M.clearDrawing }).click();
    await pad.scrollIntoViewIfNeeded();
    await drawWithMouse(page, pad);
    await drawWithFinger(page, pad);
    await saveScreenshot(page, 'handover-drawn-signature');
    await page.getByRole('button', { name: M.signButton }).click();
    await heading(page, M.doneHeading).waitFor();
    const change = (await storedConsents(page, caseId)).find((event) => event.stage === 'agencyChange');
    expect(change).toMatchObject({ signerName: PARENT, signerInitials: 'RH' });
    const strokes = change?.signature?.strokes ?? [];
    expect(strokes).toHaveLength(2);
    // Every pointer move was kept: the mouse's zigzag and the finger's line, in the box's own units.
    expect(strokes[0]?.length).toBeGreaterThan(20);
    expect(strokes[1]?.length).toBeGreaterThan(8);
    for (const point of strokes.flat()) {
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.x).toBeLessThanOrEqual(600);
    }
    expect(change?.signature?.pngDataUrl).toMatch(/^data:image\/png;base64,/);

    // Only the practitioner's password gives the tablet back.
    await page.getByLabel(EXIT_PASSWORD_LABEL).fill('family-guess');
    await page.getByRole('button', { name: EXIT_BUTTON }).click();
    expect(await errorSummary(page)).toEqual([EXIT_WRONG_PASSWORD]);
    await heading(page, M.doneHeading).waitFor();
    await checkScreen(page, 'handover-exit-refused');
    await page.getByLabel(EXIT_PASSWORD_LABEL).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: EXIT_BUTTON }).click();
    await heading(page, 'Consent').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/consent`);
    const table = page.getByRole('table', { name: 'Who may see what now' });
    await expect(
      table
        .getByRole('row', { name: new RegExp(SCHOOL) })
        .getByRole('cell')
        .allTextContents(),
    ).resolves.toEqual(['Yes', 'No', 'Consent']);
    await page.goto('/');
    await heading(page, 'My cases').waitFor();

    expect(pageErrors(page)).toEqual([]);
  });
});

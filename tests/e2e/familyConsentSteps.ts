// The family's written consent and its withdrawal, driven through the real screens (hand-over mode):
// shared by the e2e tests in which a practitioner of another agency must receive a case (issue 6).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ENGLISH_CONSENT_MESSAGES as M } from '../../src/domain/consentText';
import { DEMO_PASSWORD } from './harness';

export interface AgencyChoice {
  /** The agency's name as the family sees it, e.g. "Demo Primary School". */
  readonly name: string;
  readonly basic: boolean;
  readonly additional: boolean;
}

const EXIT_PASSWORD_LABEL = 'Worker’s password';
const EXIT_BUTTON = 'Unlock and leave hand-over mode';

async function handToFamily(page: Page, caseId: string): Promise<void> {
  await page.goto(new URL(`/cases/${caseId}/consent`, page.url()).href);
  await page.getByRole('heading', { level: 1, name: 'Consent' }).waitFor();
  await page.getByLabel('Your password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Hand to family' }).click();
  // The first written consent, or a change to the one in force.
  await page.getByRole('heading', { level: 1, name: new RegExp(`^(${M.title}|${M.changeHeading})$`) }).waitFor();
}

async function giveBack(page: Page): Promise<void> {
  await page.getByLabel(EXIT_PASSWORD_LABEL).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: EXIT_BUTTON }).click();
  await page.getByRole('heading', { level: 1, name: 'Consent' }).waitFor();
}

/** The parent reads, chooses per agency, signs by typed name and declaration, and gives the tablet back. */
export async function familyGivesWrittenConsent(
  page: Page,
  caseId: string,
  agencies: readonly AgencyChoice[],
  signer = 'Pat Synthetic-Parent',
): Promise<void> {
  await handToFamily(page, caseId);
  await page.getByRole('button', { name: M.continueButton }).click();
  await page.getByRole('radio', { name: M.capacityChild }).check();
  for (const agency of agencies) {
    if (agency.basic) await page.getByRole('checkbox', { name: `Basic information for ${agency.name}` }).check();
    if (agency.additional) await page.getByRole('checkbox', { name: `More information for ${agency.name}` }).check();
  }
  // By keyboard, as a family might: the next step's heading takes focus (so a screen reader starts there)
  // without a focus box, which would read as something to press.
  await page.getByRole('button', { name: M.continueButton }).press('Enter');
  await page.getByRole('heading', { level: 1, name: M.checkHeading }).waitFor();
  expect(
    await page.evaluate(`(() => {
      const focused = document.activeElement;
      return { text: focused.textContent, outline: getComputedStyle(focused).outlineStyle };
    })()`),
  ).toEqual({ text: M.checkHeading, outline: 'none' });
  await page.getByLabel(M.nameLabel).fill(signer);
  await page.getByRole('checkbox', { name: M.declaration('parentWithPR') }).check();
  await page.getByRole('button', { name: M.signButton }).click();
  await page.getByRole('heading', { level: 1, name: M.doneHeading }).waitFor();
  await giveBack(page);
}

/** The parent, in hand-over mode, stops sharing with the named agencies only. */
export async function familyWithdrawsFrom(
  page: Page,
  caseId: string,
  agencyNames: readonly string[],
  signer = 'Pat Synthetic-Parent',
): Promise<void> {
  await handToFamily(page, caseId);
  await page.getByRole('link', { name: M.withdrawLink }).click();
  await page.getByRole('heading', { level: 1, name: M.withdrawPageHeading }).waitFor();
  await page.getByRole('radio', { name: M.withdrawSome }).check();
  for (const name of agencyNames) await page.getByRole('checkbox', { name }).check();
  await page.getByLabel(M.nameLabel).fill(signer);
  await page.getByRole('button', { name: M.withdrawButton }).click();
  await page.getByRole('heading', { level: 1, name: M.withdrawDoneHeading }).waitFor();
  await giveBack(page);
}

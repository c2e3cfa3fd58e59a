// Issue 6, "Done when": across two practitioners of different agencies, after the family withdraws consent for
// agency B and B's device syncs, B's device no longer holds the case's additional information (here: nothing of the
// case at all, since the family stopped sharing with B entirely), while B stays on the team and A keeps everything.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { familyGivesWrittenConsent, familyWithdrawsFrom } from './familyConsentSteps';
import {
  checkScreen,
  createCase,
  HEALTH_VISITOR_EMAIL,
  SCHOOL_WORKER_EMAIL,
  syncNow,
  type ChildDetails,
} from './harness';
import { sharedServerAndDevices } from './sharedDevices';

const CHILD: ChildDetails = {
  firstName: 'Rowan',
  lastName: 'Withdrawal-Test',
  dateOfBirth: { day: '9', month: '2', year: '2016' },
  dateOfEnquiry: { day: '4', month: '11', year: '2026' },
  reasonForEnquiry: 'Synthetic test case: sharing with the school, then the family stops it.',
};
const CHILD_NAME = `${CHILD.firstName} ${CHILD.lastName}`;
const SCHOOL_WORKER_NAME = 'Sol Okafor-Demo (demo)';
const SCHOOL_AGENCY = 'Demo Primary School';

const devices = sharedServerAndDevices();

/** The kinds of record this device holds for one case, read straight from IndexedDB. */
async function kindsHeld(page: Page, caseId: string): Promise<string[]> {
  return page.evaluate(async (id) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('early-help-caf');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const records = await new Promise<{ caseId: string; kind: string }[]>((resolve, reject) => {
        const request = database.transaction('records', 'readonly').objectStore('records').getAll();
        request.onsuccess = () => resolve(request.result as { caseId: string; kind: string }[]);
        request.onerror = () => reject(request.error);
      });
      return [...new Set(records.filter((r) => r.caseId === id).map((r) => r.kind))].sort();
    } finally {
      database.close();
    }
  }, caseId);
}

describe('withdrawing consent for one agency', () => {
  it('takes the case off that agency’s device at its next sync, and only off that one', async () => {
    const hv = await devices.device(HEALTH_VISITOR_EMAIL);
    await syncNow(hv);
    const caseId = await createCase(hv, CHILD);

    // The school worker joins the team; the family agrees to share everything with the school.
    await hv.getByRole('link', { name: 'Change people on this case' }).click();
    await hv
      .getByRole('group', { name: 'Team Around the Child members' })
      .getByLabel(new RegExp(`^${SCHOOL_WORKER_NAME.replace(/[()]/g, '\\$&')}`))
      .check();
    await hv.getByRole('button', { name: 'Save changes' }).click();
    await hv.getByText('Changes saved on this device').waitFor();
    await familyGivesWrittenConsent(hv, caseId, [{ name: SCHOOL_AGENCY, basic: true, additional: true }]);

    // Additional information: the level of need and why.
    await hv.goto(`/cases/${caseId}/level-of-need`);
    await hv.getByRole('group', { name: 'Level of need', exact: true }).getByLabel('Level 2', { exact: true }).check();
    await hv.getByLabel('Reason for this level of need').fill('Needs at school and at home (synthetic).');
    await hv.getByRole('button', { name: 'Save level of need' }).click();
    await hv.getByText('Level of need saved on this device').waitFor();
    await syncNow(hv);

    const school = await devices.device(SCHOOL_WORKER_EMAIL);
    await syncNow(school);
    await school.getByRole('link', { name: CHILD_NAME }).waitFor();
    expect(await kindsHeld(school, caseId)).toEqual(expect.arrayContaining(['child', 'episode', 'levelOfNeed']));

    // The family stops sharing with the school, in hand-over mode on the health visitor's tablet.
    await familyWithdrawsFrom(hv, caseId, [SCHOOL_AGENCY]);
    await hv.getByRole('region', { name: 'Consent withdrawn' }).waitFor();
    await checkScreen(hv, 'consent after withdrawal for one agency');
    await syncNow(hv);

    // The school's next sync removes the case; the school worker is still on the team, but has no consent.
    await syncNow(school);
    expect(await kindsHeld(school, caseId)).toEqual([]);
    await school.goto('/');
    await school.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    expect(await school.getByRole('link', { name: CHILD_NAME }).count()).toBe(0);

    // The health visitor's agency holds the case and keeps all of it.
    expect(await kindsHeld(hv, caseId)).toEqual(expect.arrayContaining(['consentEvent', 'episode', 'levelOfNeed']));
    await hv.goto(`/cases/${caseId}`);
    await hv.getByRole('heading', { level: 1, name: CHILD_NAME }).waitFor();
  });
});

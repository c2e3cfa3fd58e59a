// Issue 4, "Done when": a health visitor and a school worker edit the same case offline on two devices — one field
// each and one field both — then reconnect. Both see both edits; the same-field edit is on the conflict screen for
// both; resolving it on one device syncs to the other.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  checkScreen,
  createCase,
  HEALTH_VISITOR_EMAIL,
  pageErrors,
  SCHOOL_WORKER_EMAIL,
  type ChildDetails,
  syncNow,
} from './harness';
import { sharedServerAndDevices } from './sharedDevices';
import { familyGivesWrittenConsent } from './familyConsentSteps';

const CHILD: ChildDetails = {
  firstName: 'Marlo',
  lastName: 'Twodevice-Test',
  dateOfBirth: { day: '21', month: '6', year: '2017' },
  dateOfEnquiry: { day: '3', month: '11', year: '2026' },
  reasonForEnquiry: 'Starting text before anyone went offline (synthetic test case).',
};
const SCHOOL_WORKER_NAME = 'Sol Okafor-Demo (demo)';
const HEALTH_VISITOR_NAME = 'Hana Vale (demo)';
const SCHOOL_AGENCY = 'Demo Primary School';

const devices = sharedServerAndDevices();

async function typeAndWaitSaved(page: Page, label: string, statusId: string, text: string): Promise<void> {
  await page.getByLabel(label).fill(text);
  await page.locator(`#${statusId}`).getByText('Saved on this device').waitFor();
}

async function openChildDetails(page: Page, caseId: string): Promise<void> {
  await page.goto(`/cases/${caseId}`);
  await page.getByRole('link', { name: "Child's details" }).click();
  await page.getByRole('link', { name: `${CHILD.firstName} ${CHILD.lastName}` }).click();
  await page.getByLabel('Disability (optional)').waitFor();
}

describe('two practitioners, one family, two devices, no signal', () => {
  it('keeps both practitioners’ words and lets them settle the field they both changed', async () => {
    const hv = await devices.device(HEALTH_VISITOR_EMAIL);
    const caseId = await createCase(hv, CHILD);

    // The health visitor brings the school worker into the Team Around the Child, then syncs.
    await hv.getByRole('link', { name: 'Change people on this case' }).click();
    await hv.getByRole('heading', { level: 1, name: 'People on this case' }).waitFor();
    await hv
      .getByRole('group', { name: 'Team Around the Child members' })
      .getByLabel(new RegExp(`^${SCHOOL_WORKER_NAME.replace(/[()]/g, '\\$&')}`))
      .check();
    await hv.getByRole('button', { name: 'Save changes' }).click();
    await hv.getByText('Changes saved on this device').waitFor();
    // The family agrees to share with the school (issue 6: without it the school receives nothing).
    await familyGivesWrittenConsent(hv, caseId, [{ name: SCHOOL_AGENCY, basic: true, additional: true }]);
    await syncNow(hv);

    const school = await devices.device(SCHOOL_WORKER_EMAIL);
    await syncNow(school);
    await school.getByRole('link', { name: `${CHILD.firstName} ${CHILD.lastName}` }).click();
    await school.getByRole('heading', { level: 1, name: `${CHILD.firstName} ${CHILD.lastName}` }).waitFor();

    // Both lose signal.
    await hv.context().setOffline(true);
    await school.context().setOffline(true);

    // One field each...
    await openChildDetails(hv, caseId);
    await typeAndWaitSaved(
      hv,
      'Communication needs (optional)',
      'communicationNeeds-status',
      'Uses Makaton signs at home.',
    );
    await openChildDetails(school, caseId);
    await typeAndWaitSaved(school, 'Disability (optional)', 'disability-status', 'Awaiting a hearing assessment.');
    // ...and one field both.
    await hv.goto(`/cases/${caseId}`);
    await typeAndWaitSaved(
      hv,
      'Reason for enquiry',
      'reasonForEnquiry-status',
      'Health visitor: weight dropped at the 2-year check.',
    );
    await school.goto(`/cases/${caseId}`);
    await typeAndWaitSaved(
      school,
      'Reason for enquiry',
      'reasonForEnquiry-status',
      'School: attendance fell to 81% this term.',
    );

    // Signal returns: each device syncs; the health visitor once more to receive the school worker's work.
    await hv.context().setOffline(false);
    await school.context().setOffline(false);
    await syncNow(hv);
    await syncNow(school);
    await syncNow(hv);

    // Both see both single-field edits.
    for (const page of [hv, school]) {
      await openChildDetails(page, caseId);
      await expect
        .poll(() => page.getByLabel('Communication needs (optional)').inputValue())
        .toBe('Uses Makaton signs at home.');
      await expect
        .poll(() => page.getByLabel('Disability (optional)').inputValue())
        .toBe('Awaiting a hearing assessment.');
    }

    // Both see the same-field edit as a conflict, with both versions, who and when.
    for (const page of [hv, school]) {
      await page.goto(`/cases/${caseId}`);
      await page.getByRole('link', { name: 'Choose what to keep' }).click();
      await page.getByRole('heading', { level: 1, name: 'Conflicting changes' }).waitFor();
      await page.getByText('Health visitor: weight dropped at the 2-year check.').waitFor();
      await page.getByText('School: attendance fell to 81% this term.').waitFor();
      await page.getByLabel(`Keep the version by ${HEALTH_VISITOR_NAME}`).waitFor();
      await page.getByLabel(`Keep the version by ${SCHOOL_WORKER_NAME}`).waitFor();
    }
    await checkScreen(school, 'conflict screen');

    // The school worker writes a merged version; it syncs to the health visitor.
    const merged = 'Weight dropped at the 2-year check; attendance fell to 81% this term.';
    await school.getByLabel('Write a merged version').check();
    await school.getByLabel('Merged text').fill(merged);
    await school.getByRole('button', { name: 'Resolve this conflict' }).click();
    await school.getByText('There are no conflicting changes on this case.').waitFor();
    await syncNow(school);
    await syncNow(hv);
    await hv.goto(`/cases/${caseId}`);
    await expect.poll(() => hv.getByLabel('Reason for enquiry').inputValue()).toBe(merged);
    await expect(hv.getByRole('link', { name: 'Choose what to keep' }).count()).resolves.toBe(0);

    expect(pageErrors(hv)).toEqual([]);
    expect(pageErrors(school)).toEqual([]);
  });
});

// Issue 5, "Done when": one end-to-end test in Chromium completes a whole episode offline — enquiry to closure, with a
// family of two children sharing the family section — and then, online, the records sync and a second practitioner
// sees them. Every screen it visits passes the screen check (axe, no sideways scroll) at both tablet sizes and a
// phone size; the closure is done by keyboard alone.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  checkScreen,
  createCase,
  fillDate,
  HEALTH_VISITOR_EMAIL,
  pageErrors,
  SCHOOL_WORKER_EMAIL,
  tabTo,
  type ChildDetails,
  syncNow,
} from './harness';
import { sharedServerAndDevices } from './sharedDevices';
import { familyGivesWrittenConsent } from './familyConsentSteps';

// Obviously fictional family (no real person's name, none from the seed reports).
const FIRST_CHILD: ChildDetails = {
  firstName: 'Wren',
  lastName: 'Quillfeather-Synth',
  dateOfBirth: { day: '4', month: '2', year: '2018' },
  dateOfEnquiry: { day: '2', month: '11', year: '2026' },
  reasonForEnquiry: 'School nurse raised low attendance and tiredness (synthetic test case).',
};
const SECOND_CHILD = {
  firstName: 'Tansy',
  lastName: 'Quillfeather-Synth',
  dateOfBirth: { day: '19', month: '8', year: '2021' },
};
const FIRST_NAME = `${FIRST_CHILD.firstName} ${FIRST_CHILD.lastName}`;
const SECOND_NAME = `${SECOND_CHILD.firstName} ${SECOND_CHILD.lastName}`;
const PARENT_NAME = 'Ottoline Quillfeather-Synth';
const SCHOOL_WORKER_NAME = 'Sol Okafor-Demo (demo)';
const SCHOOL_AGENCY = 'Demo Primary School';

const FAMILY_HISTORY = 'Mother works night shifts; grandmother helps with the school run twice a week.';
const HOUSING_NEEDS = 'Damp in the children’s bedroom; the family is waiting for a housing transfer.';
const NEED = 'Wren is often late for school because mornings are hard after night shifts';
const ACTION = 'Breakfast club place for Wren, four mornings a week';
const CLOSING_SUMMARY =
  'Attendance is back above 95%; the breakfast club place continues and the family feels settled.';
const CLOSURE_REASON = 'Outcomes achieved and needs met';

const devices = sharedServerAndDevices();

function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** Types into an autosaving field and waits until IndexedDB has committed it. */
async function typeAndWaitSaved(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  const statusId = await field.getAttribute('id');
  await page.locator(`[id="${statusId}-status"]`).getByText('Saved on this device').waitFor();
}

async function openCase(page: Page, caseId: string, title: string): Promise<void> {
  await page.goto(`/cases/${caseId}`);
  await heading(page, title).waitFor();
}

async function openTask(page: Page, caseId: string, title: string, task: string, screen: string): Promise<void> {
  await openCase(page, caseId, title);
  await page.getByRole('link', { name: task, exact: true }).click();
  await heading(page, screen).waitFor();
}

describe('a whole CAF episode', () => {
  it('runs from enquiry to closure offline for two children, then syncs to a second practitioner', async () => {
    const hv = await devices.device(HEALTH_VISITOR_EMAIL);
    // The directory (practitioners and agencies) arrives with the first sync; the plan and team screens need it.
    await syncNow(hv);
    await hv.context().setOffline(true);

    // Enquiry: who, when, why. The assessor is the practitioner who starts it.
    const caseId = await createCase(hv, FIRST_CHILD);
    await checkScreen(hv, 'whole-episode-case');

    // Pre-assessment checklist: needs beyond one agency, so a CAF is recommended.
    await openTask(hv, caseId, FIRST_NAME, 'Pre-assessment checklist (optional)', 'Pre-assessment checklist');
    await hv.getByLabel('The needs are more than one agency can meet on its own').check();
    await hv.getByLabel('There are concerns about learning, attendance or behaviour').check();
    await hv.getByText('Suggested outcome from your answers: CAF recommended').waitFor();
    await hv.getByLabel('CAF recommended', { exact: true }).check();
    await checkScreen(hv, 'whole-episode-pre-assessment');
    await hv.getByRole('button', { name: 'Save pre-assessment' }).click();
    await heading(hv, FIRST_NAME).waitFor();

    // Level of need on Halton's model (the default): level 2, which needs no safeguarding interrupt.
    await openTask(hv, caseId, FIRST_NAME, 'Level of need', 'Level of need');
    await hv.getByRole('group', { name: 'Level of need', exact: true }).getByLabel('Level 2', { exact: true }).check();
    await hv.getByLabel('Reason for this level of need').fill('Needs in school and at home; more than one agency.');
    await checkScreen(hv, 'whole-episode-level-of-need');
    await hv.getByRole('button', { name: 'Save level of need' }).click();
    await hv.getByText('Level of need saved on this device').waitFor();
    await expect(hv.getByRole('alertdialog').count()).resolves.toBe(0);
    await hv.getByRole('table').getByText('Level 2', { exact: true }).waitFor();

    // The TAC: the school worker joins the case, so their device receives it once this syncs.
    await openCase(hv, caseId, FIRST_NAME);
    await hv.getByRole('link', { name: 'Change people on this case' }).click();
    await heading(hv, 'People on this case').waitFor();
    await hv
      .getByRole('group', { name: 'Team Around the Child members' })
      .getByLabel(`${SCHOOL_WORKER_NAME}, ${SCHOOL_AGENCY}`)
      .check();
    await hv.getByRole('button', { name: 'Save changes' }).click();
    await hv.getByText('Changes saved on this device').waitFor();
    await checkScreen(hv, 'whole-episode-people-on-this-case');
    // The family agrees to share with the school, so the school worker's device may receive the case.
    await familyGivesWrittenConsent(hv, caseId, [{ name: SCHOOL_AGENCY, basic: true, additional: true }]);

    // Family CAF: a sister joins the episode, and a parent with parental responsibility is recorded once.
    await openTask(hv, caseId, FIRST_NAME, "Child's details", 'Children and family');
    await checkScreen(hv, 'whole-episode-children-and-family');
    await hv.getByRole('link', { name: 'Add another child' }).click();
    await heading(hv, 'Add another child').waitFor();
    await hv.getByLabel('First name').fill(SECOND_CHILD.firstName);
    await hv.getByLabel('Last name').fill(SECOND_CHILD.lastName);
    await fillDate(hv, 'Date of birth', SECOND_CHILD.dateOfBirth);
    await checkScreen(hv, 'whole-episode-add-another-child');
    await hv.getByRole('button', { name: 'Add child' }).click();
    await heading(hv, SECOND_NAME).waitFor();

    await hv.goto(`/cases/${caseId}/children`);
    await heading(hv, 'Children and family').waitFor();
    await hv.getByRole('link', { name: 'Add a family member' }).click();
    await heading(hv, 'Add a family member').waitFor();
    await hv.getByLabel('Full name').fill(PARENT_NAME);
    await hv.getByLabel('Relationship to the child').fill('Mother');
    await hv.getByRole('group', { name: 'Do they have parental responsibility?' }).getByLabel('Yes').check();
    await hv.getByRole('group', { name: 'Do they live with the child?' }).getByLabel('Yes').check();
    await checkScreen(hv, 'whole-episode-add-a-family-member');
    await hv.getByRole('button', { name: 'Save family member' }).click();
    await heading(hv, 'Children and family').waitFor();
    await hv.getByText('Mother. Parental responsibility: Yes').waitFor();
    const bothNames = `${FIRST_NAME} and ${SECOND_NAME}`;

    // The first child's assessment: development, the shared family section, both sets of views.
    await openTask(hv, caseId, bothNames, 'Assessment', 'Assessments');
    await checkScreen(hv, 'whole-episode-assessments');
    await hv.getByRole('link', { name: `Assessment: ${FIRST_NAME}` }).click();
    await heading(hv, `Assessment: ${FIRST_NAME}`).waitFor();
    await hv.getByRole('button', { name: 'Start the assessment' }).click();
    await hv.getByRole('link', { name: 'Check and complete' }).waitFor();
    await checkScreen(hv, 'whole-episode-assessment-task-list');

    await hv.getByRole('link', { name: 'Development of the child' }).click();
    await heading(hv, 'Development of the child').waitFor();
    await typeAndWaitSaved(hv, 'General health: strengths', 'Healthy and active; immunisations up to date.');
    await typeAndWaitSaved(hv, 'Learning: participation in learning, education and employment: needs', NEED);
    await checkScreen(hv, 'whole-episode-development');

    await hv.goto(`/cases/${caseId}`);
    await heading(hv, bothNames).waitFor();
    await hv.getByRole('link', { name: 'Assessment', exact: true }).click();
    await hv.getByRole('link', { name: `Assessment: ${FIRST_NAME}` }).click();
    await hv.getByRole('link', { name: 'Family and environmental factors' }).click();
    await heading(hv, 'Family and environmental factors').waitFor();
    await typeAndWaitSaved(hv, 'Family history, functioning and well-being: strengths', FAMILY_HISTORY);
    await typeAndWaitSaved(hv, 'Housing, employment and financial considerations: needs', HOUSING_NEEDS);
    await checkScreen(hv, 'whole-episode-family-and-environment');

    await hv.getByRole('link', { name: 'Back to the assessment' }).click();
    await hv.getByRole('link', { name: 'Views of the child and family' }).click();
    await heading(hv, 'Views of the child and family').waitFor();
    await typeAndWaitSaved(hv, 'The child’s views', 'I like school when I get there in time for breakfast.');
    await typeAndWaitSaved(hv, 'The parents’ or carers’ views', 'Mornings after a night shift are the hardest.');
    await checkScreen(hv, 'whole-episode-views');

    // A reload with no network keeps everything typed so far.
    await hv.reload();
    await heading(hv, 'Views of the child and family').waitFor();
    await expect
      .poll(() => hv.getByLabel('The child’s views', { exact: true }).inputValue())
      .toBe('I like school when I get there in time for breakfast.');

    // Check and complete: the audit-sheet prompts guide, they don't block.
    await hv.getByRole('link', { name: 'Back to the assessment' }).click();
    await hv.getByRole('link', { name: 'Check and complete' }).click();
    await heading(hv, 'Check and complete the assessment').waitFor();
    await hv.getByRole('heading', { name: 'Quality checklist' }).waitFor();
    // Views are recorded (met); agencies contacted are not (a prompt with a link to that section).
    await hv.getByText('Are the child’s views clearly recorded?', { exact: true }).waitFor();
    await expect(
      hv
        .getByRole('link', { name: /^Go to the section for the question: Are the child’s views clearly recorded\?$/ })
        .count(),
    ).resolves.toBe(0);
    await hv.getByText('Does the assessment record which agencies have been contacted?', { exact: true }).waitFor();
    await hv
      .getByRole('link', {
        name: /^Go to the section for the question: Does the assessment record which agencies have been contacted\?$/,
      })
      .waitFor();
    await checkScreen(hv, 'whole-episode-check-and-complete');
    await hv.getByRole('button', { name: 'Mark assessment as complete' }).click();
    await hv.getByRole('heading', { name: 'Assessment completed' }).waitFor();

    // The sister's assessment shows the family section already entered, without anyone typing it again.
    await hv.goto(`/cases/${caseId}/assessment`);
    await heading(hv, 'Assessments').waitFor();
    await hv.getByRole('link', { name: `Assessment: ${SECOND_NAME}` }).click();
    await heading(hv, `Assessment: ${SECOND_NAME}`).waitFor();
    await hv.getByRole('button', { name: 'Start the assessment' }).click();
    await hv.getByText(`Shared with ${FIRST_NAME}`).waitFor();
    await hv.getByRole('link', { name: 'Family and environmental factors' }).click();
    await heading(hv, 'Family and environmental factors').waitFor();
    await hv.getByText(SECOND_NAME, { exact: true }).first().waitFor();
    await hv.getByText(`This section is shared by ${FIRST_NAME} and ${SECOND_NAME}`).waitFor();
    await expect
      .poll(() => hv.getByLabel('Family history, functioning and well-being: strengths', { exact: true }).inputValue())
      .toBe(FAMILY_HISTORY);
    await expect(
      hv.getByLabel('Housing, employment and financial considerations: needs', { exact: true }).inputValue(),
    ).resolves.toBe(HOUSING_NEEDS);
    await checkScreen(hv, 'whole-episode-shared-family-section');

    // The TAC plan: a need, a TAC meeting with who attended, and a SMART action with an owner and a date.
    await openTask(hv, caseId, bothNames, 'Team Around the Child plan', 'Team Around the Child plan');
    await hv.getByRole('link', { name: `Add a need for ${FIRST_NAME}` }).click();
    await heading(hv, 'Add a need').waitFor();
    await hv.getByLabel('Describe the need').fill(NEED);
    await hv.getByLabel('Area of the assessment').selectOption({
      label: 'Learning: participation in learning, education and employment',
    });
    await hv.getByRole('group', { name: 'When does this need to be met?' }).getByLabel('Short term').check();
    await checkScreen(hv, 'whole-episode-add-a-need');
    await hv.getByRole('button', { name: 'Save need' }).click();
    await heading(hv, 'Team Around the Child plan').waitFor();
    await hv.getByText('1 need has no action yet.').waitFor();

    await hv.getByRole('link', { name: 'Add a TAC meeting' }).click();
    await heading(hv, 'Add a TAC meeting').waitFor();
    await hv
      .getByRole('group', { name: 'Has the meeting happened?' })
      .getByLabel('Held: the meeting took place')
      .check();
    await hv.getByLabel('Where (optional)').fill('The school');
    await hv.getByRole('button', { name: 'Save meeting' }).click();
    await hv.getByRole('heading', { name: 'Who attended' }).waitFor();
    await hv.getByRole('group', { name: 'Who are they?' }).getByLabel('Professional').check();
    await hv.getByLabel('Practitioner (optional)').selectOption({ label: SCHOOL_WORKER_NAME });
    await expect(hv.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(SCHOOL_WORKER_NAME);
    await hv.getByRole('button', { name: 'Add attendee' }).click();
    await hv.getByRole('table', { name: 'People at the meeting' }).getByText(SCHOOL_WORKER_NAME).waitFor();
    await typeAndWaitSaved(hv, 'Minutes of the meeting', 'Agreed a breakfast club place; review in three months.');
    await checkScreen(hv, 'whole-episode-tac-meeting');

    await hv.getByRole('link', { name: 'Add an action agreed at this meeting' }).click();
    await heading(hv, 'Add an action').waitFor();
    await hv.getByLabel('Which need does this action meet?').selectOption({ label: `${FIRST_NAME}: ${NEED}` });
    await hv.getByLabel('What will be done').fill(ACTION);
    await hv.getByLabel('Practitioner (optional)').selectOption({ label: SCHOOL_WORKER_NAME });
    await hv.getByLabel('Agency', { exact: true }).selectOption({ label: SCHOOL_AGENCY });
    await fillDate(hv, 'Date to be done by', { day: '15', month: '1', year: '2027' });
    await expect(hv.getByText('You can save it, but it will be flagged').count()).resolves.toBe(0);
    await checkScreen(hv, 'whole-episode-add-an-action');
    await hv.getByRole('button', { name: 'Save action' }).click();
    await heading(hv, 'Team Around the Child plan').waitFor();
    await hv.getByRole('link', { name: ACTION }).waitFor();
    await hv.getByRole('cell', { name: `${SCHOOL_WORKER_NAME}, ${SCHOOL_AGENCY}` }).waitFor();
    await expect(hv.getByText('has no one responsible or no date').count()).resolves.toBe(0);
    await checkScreen(hv, 'whole-episode-plan');

    // A review: progress on the action and the next date.
    await openTask(hv, caseId, bothNames, 'Reviews', 'Reviews');
    await checkScreen(hv, 'whole-episode-reviews');
    await hv.getByRole('link', { name: 'Record a review' }).click();
    await heading(hv, 'Record a review').waitFor();
    await hv
      .getByRole('group', { name: `Status: ${ACTION}` })
      .getByLabel('Achieved', { exact: true })
      .check();
    await hv.getByLabel(`Progress on “${ACTION}” (optional)`).fill('Attended 46 of 48 mornings.');
    await hv.getByLabel('New concerns').fill('None.');
    await checkScreen(hv, 'whole-episode-record-a-review');
    await hv.getByRole('button', { name: 'Save review' }).click();
    await heading(hv, 'Reviews').waitFor();
    await hv.getByText(/^Review held on /).click();
    await hv.getByText(`${ACTION}: Achieved. Attended 46 of 48 mornings.`, { exact: true }).waitFor();

    // Closure, by keyboard alone: a reason and a closing summary.
    await openTask(hv, caseId, bothNames, 'Closure', 'Close this CAF');
    await checkScreen(hv, 'whole-episode-close-this-caf');
    // Tab enters the group on its first reason, the one wanted here; Space chooses it.
    const reason = hv.getByRole('group', { name: 'Reason for closing' }).getByLabel(CLOSURE_REASON);
    await tabTo(hv, reason);
    await hv.keyboard.press('Space');
    await expect(reason.isChecked()).resolves.toBe(true);
    await tabTo(hv, hv.getByLabel('Closing summary'));
    await hv.keyboard.type(CLOSING_SUMMARY);
    await tabTo(hv, hv.getByRole('button', { name: 'Close CAF' }));
    await hv.keyboard.press('Enter');
    await hv.getByRole('heading', { name: 'CAF closed' }).waitFor();
    await hv.getByText(CLOSURE_REASON, { exact: true }).waitFor();
    await checkScreen(hv, 'whole-episode-caf-closed');

    await openCase(hv, caseId, bothNames);
    await hv.getByRole('main').getByText('Closed', { exact: true }).waitFor();
    await hv
      .getByRole('listitem')
      .filter({ has: hv.getByRole('link', { name: 'Closure', exact: true }) })
      .getByText('Completed', { exact: true })
      .waitFor();

    // Signal returns: everything recorded offline goes to the server.
    await hv.context().setOffline(false);
    await syncNow(hv);

    // The school worker, on their own device, receives the closed case with both children and the whole record.
    const school = await devices.device(SCHOOL_WORKER_EMAIL);
    await syncNow(school);
    // The caseload may hold the server's demo cases too: search for this family to find theirs.
    await school.getByLabel('Name', { exact: true }).fill(FIRST_CHILD.lastName);
    await school.getByRole('button', { name: 'Search' }).click();
    await school.getByRole('link', { name: `${FIRST_NAME}, ${SECOND_NAME}` }).click();
    await heading(school, bothNames).waitFor();
    expect(new URL(school.url()).pathname).toBe(`/cases/${caseId}`);
    await school.getByRole('main').getByText('Closed', { exact: true }).waitFor();
    await school.getByRole('term').filter({ hasText: SECOND_NAME }).waitFor();

    await school.getByRole('link', { name: 'Closure', exact: true }).click();
    await school.getByRole('heading', { name: 'CAF closed' }).waitFor();
    await school.getByText(CLOSURE_REASON, { exact: true }).waitFor();
    await school.getByText(CLOSING_SUMMARY).waitFor();

    await school.goto(`/cases/${caseId}/plan`);
    await heading(school, 'Team Around the Child plan').waitFor();
    await school.getByRole('link', { name: ACTION }).waitFor();
    await school.getByRole('heading', { name: NEED }).waitFor();

    // The second child's assessment shows the family section entered on the first child's.
    await openTask(school, caseId, bothNames, 'Assessment', 'Assessments');
    await school.getByRole('link', { name: `Assessment: ${SECOND_NAME}` }).click();
    await heading(school, `Assessment: ${SECOND_NAME}`).waitFor();
    await school.getByRole('link', { name: 'Family and environmental factors' }).click();
    await heading(school, 'Family and environmental factors').waitFor();
    await school.getByText(`This section is shared by ${FIRST_NAME} and ${SECOND_NAME}`).waitFor();
    await expect
      .poll(() =>
        school.getByLabel('Family history, functioning and well-being: strengths', { exact: true }).inputValue(),
      )
      .toBe(FAMILY_HISTORY);

    expect(pageErrors(hv)).toEqual([]);
    expect(pageErrors(school)).toEqual([]);
  });
});

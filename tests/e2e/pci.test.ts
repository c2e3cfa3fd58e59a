// Issue 7, "Done when": offline in Chromium, a parent and a child score three needs in hand-over mode, then again at
// two reviews; the chart and its table show the right values; all of it syncs to a second practitioner; and two
// practitioners scoring the same need offline on two devices both keep their scores after sync. axe passes on the
// scoring, family and chart screens (768x1024 among the sizes checked). The server's figures across the authority
// take in the synced scores and show on the distance-travelled report page, which says plainly when it is offline.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  distanceTravelledReportSchema,
  REPORT_VERSION,
  type DistanceTravelledReport,
  type ReportRow,
} from '../../src/domain/reportProtocol';
import { familyGivesWrittenConsent } from './familyConsentSteps';
import {
  checkScreen,
  createCase,
  DEMO_PASSWORD,
  HEALTH_VISITOR_EMAIL,
  pageErrors,
  SCHOOL_WORKER_EMAIL,
  syncNow,
  type ChildDetails,
} from './harness';
import { sharedServerAndDevices } from './sharedDevices';

// Obviously fictional family (no real person's name, none from the seed reports).
const CHILD: ChildDetails = {
  firstName: 'Linnet',
  lastName: 'Scorewell-Synth',
  dateOfBirth: { day: '12', month: '5', year: '2016' },
  dateOfEnquiry: { day: '2', month: '11', year: '2026' },
  reasonForEnquiry: 'Tired and late most mornings; the family asked for help (synthetic test case).',
};
const CHILD_NAME = `${CHILD.firstName} ${CHILD.lastName}`;
const SCHOOL_WORKER = 'Sol Okafor-Demo (demo)';
const HEALTH_VISITOR = 'Hana Vale (demo)';
const SCHOOL_AGENCY = 'Demo Primary School';

const NEEDS = [
  {
    text: 'Linnet is late for school after hard mornings',
    area: 'Learning: participation in learning, education and employment',
  },
  { text: 'Linnet sleeps badly and is tired in class', area: 'General health' },
  { text: 'Damp in the flat makes everyone unwell', area: 'Housing, employment and financial considerations' },
] as const;
const NEED_1 = NEEDS[0].text;

/** The family's words for each point (config/pciScale.ts plainLabel) and the practitioners' labels. */
const WORDS = ['', 'Not worried', 'A little worried', 'Quite worried', 'Very worried', 'Extremely worried'];
const LABELS = [
  '',
  '1: No concern',
  '2: A little concern',
  '3: Some concern',
  '4: A lot of concern',
  '5: Most concern',
];

// Per point, per need: the parent's and the child's scores. Every need gets less worrying over two reviews.
const PARENT = { baseline: [4, 5, 3], review1: [3, 4, 3], review2: [2, 3, 2] };
const CHILD_SCORES = { baseline: [3, 4, 2], review1: [2, 4, 1], review2: [1, 3, 1] };

const devices = sharedServerAndDevices();

function heading(page: Page, name: string | RegExp): Locator {
  return page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' ? true : undefined });
}

async function openDistanceTravelled(page: Page, caseId: string): Promise<void> {
  await page.goto(`/cases/${caseId}/distance-travelled`);
  await heading(page, 'Distance travelled').waitFor();
}

/** Scripts this page has loaded so far whose name contains `part`. */
async function loadedScripts(page: Page, part: string): Promise<string[]> {
  return page.evaluate(
    (name) =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => url.includes(name) && url.endsWith('.js')),
    part,
  );
}

/**
 * The practitioner picks the point and hands over; the parent scores every need, one per screen, then the child
 * on their own screens; the practitioner takes the device back with their password.
 */
async function familyScores(
  page: Page,
  caseId: string,
  point: RegExp,
  parent: readonly number[],
  child: readonly number[],
  { check = false } = {},
): Promise<void> {
  await openDistanceTravelled(page, caseId);
  await page.getByRole('group', { name: 'Which scores is the family giving?' }).getByLabel(point).check();
  await page
    .getByRole('group', { name: `Will ${CHILD.firstName} score their own worries?` })
    .getByLabel('Yes, on their own screen after the parent or carer')
    .check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Your password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Hand to family' }).click();

  await heading(page, 'How worried are you?').waitFor();
  await page.getByText(`After you, ${CHILD.firstName} can answer on their own.`).waitFor();
  await page.getByRole('button', { name: 'Start' }).click();
  for (const [index, value] of parent.entries()) {
    await page.getByText(`Question ${index + 1} of ${parent.length}`, { exact: true }).waitFor();
    await page.getByText(NEEDS[index]?.text ?? '', { exact: true }).waitFor();
    if (check && index === 0) await checkScreen(page, 'pci-family-question');
    await page.getByRole('radio', { name: `${value} ${WORDS[value]}` }).check();
    await page.getByRole('button', { name: 'Save and go on' }).click();
  }
  await heading(page, `Now it's ${CHILD.firstName}'s turn`).waitFor();
  if (check) await checkScreen(page, 'pci-family-child-turn');
  await page.getByRole('button', { name: 'I am ready' }).click();
  for (const [index, value] of child.entries()) {
    await page.getByText(`${CHILD.firstName}'s questions: ${index + 1} of ${child.length}`, { exact: true }).waitFor();
    await page.getByRole('radio', { name: `${value} ${WORDS[value]}` }).check();
    await page.getByRole('button', { name: 'Save and go on' }).click();
  }
  await heading(page, 'Thank you').waitFor();
  await page.getByLabel('Worker’s password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Unlock and leave hand-over mode' }).click();
  await heading(page, 'Distance travelled').waitFor();
}

async function recordReview(page: Page, caseId: string): Promise<void> {
  await page.goto(`/cases/${caseId}/reviews/new`);
  await heading(page, 'Record a review').waitFor();
  await page.getByRole('button', { name: 'Save review' }).click();
  await heading(page, 'Reviews').waitFor();
}

/** The text of each row of the table with this caption, header row first. */
async function tableRows(page: Page, caption: string): Promise<string[]> {
  const table = page.getByRole('table', { name: caption, exact: true });
  await table.waitFor();
  return (await table.getByRole('row').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
}

// Need 1 over time: the parent 4, 3, 2 and the child 3, 2, 1 (see PARENT and CHILD_SCORES).
const NEED_1_OVER_TIME = [
  'When Parent or carer Child or young person',
  'Baseline 4: A lot of concern 3: Some concern',
  expect.stringMatching(/^Review 1 \(.+\) 3: Some concern 2: A little concern$/),
  expect.stringMatching(/^Review 2 \(.+\) 2: A little concern 1: No concern$/),
];

async function expectCharts(page: Page, caseId: string): Promise<void> {
  await page.goto(`/cases/${caseId}/distance-travelled/charts`);
  await heading(page, 'Distance travelled charts').waitFor();
  expect(await tableRows(page, `Scores over time: ${NEED_1}`)).toEqual(NEED_1_OVER_TIME);
  expect(await tableRows(page, 'First score against the latest, for every need')).toEqual([
    'Need Whose score First Latest Change',
    `Need 1: ${NEED_1} Parent or carer 4: A lot of concern 2: A little concern Improved by 2 points (from 4 to 2)`,
    `Need 1: ${NEED_1} Child or young person 3: Some concern 1: No concern Improved by 2 points (from 3 to 1)`,
    `Need 2: ${NEEDS[1].text} Parent or carer 5: Most concern 3: Some concern Improved by 2 points (from 5 to 3)`,
    `Need 2: ${NEEDS[1].text} Child or young person 4: A lot of concern 3: Some concern Improved by 1 point (from 4 to 3)`,
    `Need 3: ${NEEDS[2].text} Parent or carer 3: Some concern 2: A little concern Improved by 1 point (from 3 to 2)`,
    `Need 3: ${NEEDS[2].text} Child or young person 2: A little concern 1: No concern Improved by 1 point (from 2 to 1)`,
  ]);
  await page.getByText('Parents and carers: 3 of 3 needs re-scored are better.').waitFor();
  // Every need's line chart and the summary's bar chart are drawn (uPlot draws on a canvas).
  await expect.poll(() => page.locator('.app-pci-chart canvas').count()).toBe(4);
}

/** The server's figures across the authority, asked for over HTTP as the health visitor. */
async function authorityReport(): Promise<DistanceTravelledReport> {
  const login = await fetch(`${devices.serverUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: HEALTH_VISITOR_EMAIL, password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`${devices.serverUrl()}/api/reports/distance-travelled`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ reportVersion: REPORT_VERSION }),
  });
  expect(response.status).toBe(200);
  return distanceTravelledReportSchema.parse(await response.json());
}

function parentOverall(report: DistanceTravelledReport): Extract<ReportRow, { withheld: false }> {
  const overall = report.raters.find((figures) => figures.rater === 'parent')?.overall;
  if (!overall || overall.withheld) throw new Error('The parents’ figures across the authority are withheld');
  return overall;
}

const episodesOf = (report: DistanceTravelledReport) =>
  report.episodesCounted.withheld ? undefined : report.episodesCounted.value;

/** The value beside `key` in the summary list of one part of the report page. */
async function summaryValue(part: Locator, key: string): Promise<string> {
  const value = part.locator('.govuk-summary-list__row').filter({ has: part.page().getByText(key, { exact: true }) });
  return (await value.locator('dd').innerText()).trim();
}

describe('distance travelled: Parent and Child Indicators', () => {
  it('is scored by the family offline at the baseline and two reviews, charted, and synced to a colleague', async () => {
    const hv = await devices.device(HEALTH_VISITOR_EMAIL);
    // The chart library is not part of the first screen's JavaScript.
    expect(await loadedScripts(hv, 'PciCharts')).toEqual([]);
    // The directory arrives with the first sync; then the signal goes.
    await syncNow(hv);
    await hv.context().setOffline(true);

    const caseId = await createCase(hv, CHILD);
    // The school worker joins the Team Around the Child, and the family agrees to share with the school.
    await hv.getByRole('link', { name: 'Change people on this case' }).click();
    await heading(hv, 'People on this case').waitFor();
    await hv
      .getByRole('group', { name: 'Team Around the Child members' })
      .getByLabel(`${SCHOOL_WORKER}, ${SCHOOL_AGENCY}`)
      .check();
    await hv.getByRole('button', { name: 'Save changes' }).click();
    await hv.getByText('Changes saved on this device').waitFor();
    await familyGivesWrittenConsent(hv, caseId, [{ name: SCHOOL_AGENCY, basic: true, additional: true }]);

    // Three needs in the plan, the first tagged with a Supporting Families outcome; an action for the first only.
    for (const [index, need] of NEEDS.entries()) {
      await hv.goto(`/cases/${caseId}/plan`);
      await hv.getByRole('link', { name: `Add a need for ${CHILD_NAME}` }).click();
      await heading(hv, 'Add a need').waitFor();
      await hv.getByLabel('Describe the need').fill(need.text);
      await hv.getByLabel('Area of the assessment').selectOption({ label: need.area });
      await hv.getByRole('group', { name: 'When does this need to be met?' }).getByLabel('Short term').check();
      if (index === 0)
        await hv
          .getByLabel('Supporting Families outcome (optional)')
          .selectOption({ label: 'Getting a good education' });
      await hv.getByRole('button', { name: 'Save need' }).click();
      await heading(hv, 'Team Around the Child plan').waitFor();
    }
    await hv.getByRole('link', { name: `Add an action for: ${NEED_1}` }).click();
    await heading(hv, 'Add an action').waitFor();
    await hv.getByLabel('What will be done').fill('Breakfast club place, four mornings a week');
    await hv.getByRole('group', { name: 'Status' }).getByLabel('In progress').check();
    await hv.getByRole('button', { name: 'Save action' }).click();
    await heading(hv, 'Team Around the Child plan').waitFor();

    // Baseline: the parent, then Linnet on her own screens, in hand-over mode.
    await hv.goto(`/cases/${caseId}`);
    await hv.getByRole('link', { name: 'Distance travelled', exact: true }).click();
    await heading(hv, 'Distance travelled').waitFor();
    await familyScores(hv, caseId, /^Baseline/, PARENT.baseline, CHILD_SCORES.baseline, { check: true });
    await hv
      .getByRole('row', { name: /^Baseline/ })
      .getByText('All 3 needs scored')
      .waitFor();
    // Two needs were scored but the plan has no action for them: flagged.
    await hv.getByText('The family scored 2 needs that have no action in the plan:').waitFor();
    await checkScreen(hv, 'pci-distance-travelled');

    // Two reviews later, each re-scored by the family.
    await recordReview(hv, caseId);
    await familyScores(hv, caseId, /^Review 1 \(/, PARENT.review1, CHILD_SCORES.review1);
    await recordReview(hv, caseId);
    await familyScores(hv, caseId, /^Review 2 \(/, PARENT.review2, CHILD_SCORES.review2);

    // The charts, drawn offline, and their tables.
    await expectCharts(hv, caseId);
    expect((await loadedScripts(hv, 'PciCharts')).length).toBe(1);
    await checkScreen(hv, 'pci-charts');

    // Signal returns: the school worker's device receives every score.
    const beforeSync = await authorityReport();
    await hv.context().setOffline(false);
    await syncNow(hv);

    // The server's figures across the authority now take in this family: one more case with a review held and
    // three more needs re-scored by the parent, all three improved (4 to 2, 5 to 3, 3 to 2: 5 points in all).
    const afterSync = await authorityReport();
    expect(episodesOf(afterSync)).toBe((episodesOf(beforeSync) ?? Number.NaN) + 1);
    const [was, now] = [parentOverall(beforeSync), parentOverall(afterSync)];
    expect(now.needsCompared - was.needsCompared).toBe(3);
    expect(now.improved - was.improved).toBe(3);
    expect((now.averageImprovement ?? 0) * now.needsCompared).toBeCloseTo(
      (was.averageImprovement ?? 0) * was.needsCompared + 5,
      6,
    );
    // ... and the report page shows them, beside the device's own.
    await hv.goto('/reports/distance-travelled');
    const authority = hv.getByRole('region', { name: 'Across the authority' });
    await authority.getByText('Cases with a review held').waitFor();
    expect(await summaryValue(authority, 'Cases with a review held')).toBe(String(episodesOf(afterSync)));
    expect(await summaryValue(authority, 'Needs re-scored')).toBe(String(now.needsCompared));
    expect(await summaryValue(authority, 'Needs improved')).toMatch(
      new RegExp(`^\\d+% \\(${now.improved} of ${now.needsCompared}\\)$`),
    );
    await hv.getByRole('table', { name: 'Across the authority, by area of need' }).waitFor();
    await checkScreen(hv, 'pci-report-authority');
    // Offline, the page says so plainly and still adds up the cases on the device.
    await hv.context().setOffline(true);
    await hv.reload();
    await hv.getByText('Connect to see figures across the authority; figures for your cases are below.').waitFor();
    const yours = hv.getByRole('region', { name: 'Your cases' });
    await yours.getByText('Cases with a review held').waitFor();
    await hv.context().setOffline(false);
    const school = await devices.device(SCHOOL_WORKER_EMAIL);
    await syncNow(school);
    await expectCharts(school, caseId);

    // Both lose signal and score the same need at the same review, each on their own device.
    await hv.context().setOffline(true);
    await school.context().setOffline(true);
    for (const [page, value, check] of [
      [hv, 2, true],
      [school, 3, false],
    ] as const) {
      await openDistanceTravelled(page, caseId);
      await page.getByRole('link', { name: /^Record scores for Review 2/ }).click();
      await heading(page, /^Record scores: Review 2/).waitFor();
      const need = page.getByRole('group', { name: NEED_1 });
      await need.getByLabel('Practitioner (optional)').selectOption({ label: LABELS[value] });
      if (check) await checkScreen(page, 'pci-record-scores');
      await page.getByRole('button', { name: 'Save scores' }).click();
      await heading(page, 'Distance travelled').waitFor();
    }
    await hv.context().setOffline(false);
    await school.context().setOffline(false);
    await syncNow(hv);
    await syncNow(school);
    await syncNow(hv);

    // Both keep both scores: listed with who recorded them; the one recorded last counts on the chart.
    for (const page of [hv, school]) {
      await openDistanceTravelled(page, caseId);
      await page.getByText('Every score recorded (20)').click();
      const practitionerRows = page.getByRole('row').filter({ hasText: NEED_1 }).filter({ hasText: 'Practitioner' });
      await expect.poll(() => practitionerRows.count()).toBe(2);
      await practitionerRows.filter({ hasText: HEALTH_VISITOR }).filter({ hasText: LABELS[2] }).waitFor();
      await practitionerRows.filter({ hasText: SCHOOL_WORKER }).filter({ hasText: LABELS[3] }).waitFor();
      await page.goto(`/cases/${caseId}/distance-travelled/charts`);
      const overTime = await tableRows(page, `Scores over time: ${NEED_1}`);
      expect(overTime[0]).toBe('When Parent or carer Child or young person Practitioner');
      expect(overTime[3]).toMatch(
        /^Review 2 \(.+\) 2: A little concern 1: No concern 3: Some concern 1 other score recorded$/,
      );
    }

    expect(pageErrors(hv)).toEqual([]);
    expect(pageErrors(school)).toEqual([]);
  });
});

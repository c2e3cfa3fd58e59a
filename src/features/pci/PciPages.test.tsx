import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyWrites, listCaseRecords } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { newId } from '../../domain/ids';
import { ENGLISH_PCI_MESSAGES as M } from '../../domain/pciText';
import type { DistanceTravelledReport } from '../../domain/reportProtocol';
import { EXIT_BUTTON, EXIT_PASSWORD_LABEL } from '../handover/HandoverExitForm';
import { HandoverGate } from '../handover/HandoverGate';
import { useHandoverStore } from '../handover/handoverStore';
import { HAND_TO_FAMILY_PASSWORD_LABEL } from '../handover/HandToFamily';
import { ChartsPage } from './ChartsPage';
import { DistanceTravelledPage } from './DistanceTravelledPage';
import { DistanceTravelledReportPage } from './DistanceTravelledReportPage';
import { FamilyScoringPage } from './FamilyScoringPage';
import { RecordScoresPage } from './RecordScoresPage';

// jsdom has no canvas: the charts are stood in for, the tables beside them are what is tested here.
// (No JSX in the factory: it is hoisted above the imports JSX compiles to.)
vi.mock('./PciCharts', async () => {
  const { createElement } = await import('react');
  const StandIn = ({ description }: { description: string }) =>
    createElement('div', { role: 'img', 'aria-label': description });
  return { NeedChart: StandIn, SummaryChart: StandIn };
});

configure({ asyncUtilTimeout: 5000 });

const PRACTITIONER = '0190a000-0000-7000-8000-000000000001';
const PASSWORD = 'practitioner-pass';
const LATE = 'Ada is late for school most mornings';
const SLEEP = 'Ada does not sleep well';

async function seedCase({ reviewDate }: { reviewDate?: string } = {}) {
  const caseId = newId();
  const childId = newId();
  const lateId = newId();
  const sleepId = newId();
  const reviewId = newId();
  await applyWrites([
    {
      op: 'create',
      kind: 'episode',
      caseId,
      id: caseId,
      data: {
        status: 'review',
        childIds: [childId],
        enquiryDate: '2026-09-01',
        assessorId: PRACTITIONER,
        tacMemberIds: [],
      },
    },
    {
      op: 'create',
      kind: 'child',
      caseId,
      id: childId,
      data: { firstName: 'Ada', lastName: 'Testcase', unborn: false, dateOfBirth: '2016-04-02' },
    },
    {
      op: 'create',
      kind: 'need',
      caseId,
      id: lateId,
      data: { childId, description: LATE, category: 'learningParticipation', timescale: 'short' },
    },
    {
      op: 'create',
      kind: 'need',
      caseId,
      id: sleepId,
      data: { childId, description: SLEEP, category: 'generalHealth', timescale: 'short' },
    },
    { op: 'create', kind: 'action', caseId, data: { needId: lateId, what: 'Breakfast club', status: 'inProgress' } },
    ...(reviewDate
      ? [
          {
            op: 'create' as const,
            kind: 'review' as const,
            caseId,
            id: reviewId,
            data: { date: reviewDate, status: 'held' },
          },
        ]
      : []),
  ]);
  return { caseId, childId, lateId, sleepId, reviewId };
}

function renderApp(path: string) {
  const router = createMemoryRouter(
    [
      {
        element: <HandoverGate />,
        children: [
          { path: '/cases/:caseId/distance-travelled', element: <DistanceTravelledPage /> },
          { path: '/cases/:caseId/distance-travelled/record/:point', element: <RecordScoresPage /> },
          { path: '/cases/:caseId/distance-travelled/family/:point', element: <FamilyScoringPage /> },
          { path: '/cases/:caseId/distance-travelled/charts', element: <ChartsPage /> },
          { path: '/cases/:caseId', element: <h1>Case page</h1> },
          { path: '/reports/distance-travelled', element: <DistanceTravelledReportPage /> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const scoresOf = async (caseId: string) =>
  (await listCaseRecords(caseId, 'pciScore'))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((record) => record.data);

beforeEach(() => {
  localStorage.clear();
  useHandoverStore.setState({ lock: null });
});

describe('the practitioner’s score sheet', { timeout: 30_000 }, () => {
  it('records each rater side by side, asks why the child is not scoring, and keeps corrections', async () => {
    await freshSignedInDatabase(PRACTITIONER);
    const { caseId, lateId, sleepId } = await seedCase();
    const user = userEvent.setup();
    const router = renderApp(`/cases/${caseId}/distance-travelled/record/baseline`);

    await screen.findByRole('heading', { level: 1, name: 'Record scores: Baseline' });
    const late = screen.getByRole('group', { name: LATE });
    await user.selectOptions(within(late).getByLabelText('Parent or carer'), '4: A lot of concern');
    await user.selectOptions(within(late).getByLabelText('Child or young person'), 'Not scoring');
    await user.selectOptions(within(late).getByLabelText('Practitioner (optional)'), '3: Some concern');
    const sleep = screen.getByRole('group', { name: SLEEP });
    await user.selectOptions(within(sleep).getByLabelText('Parent or carer'), '2: A little concern');
    await user.click(screen.getByRole('button', { name: 'Save scores' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link').textContent).toBe(`Enter why the child did not score “${LATE}”`);
    expect(await scoresOf(caseId)).toEqual([]);

    await user.type(within(late).getByLabelText('Why not?'), 'Wanted to think about it first');
    await user.click(screen.getByRole('button', { name: 'Save scores' }));
    await screen.findByRole('heading', { level: 1, name: 'Distance travelled' });
    expect(router.state.location.pathname).toBe(`/cases/${caseId}/distance-travelled`);
    const saved = await scoresOf(caseId);
    expect(saved).toHaveLength(4);
    expect(saved).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ needId: lateId, rater: 'parent', value: 4, baseline: true, scaleId: 'pci-1-5' }),
        expect.objectContaining({ needId: lateId, rater: 'child', notScoredReason: 'Wanted to think about it first' }),
        expect.objectContaining({ needId: lateId, rater: 'practitioner', value: 3 }),
        expect.objectContaining({ needId: sleepId, rater: 'parent', value: 2, direction: 'higherIsMoreConcern' }),
      ]),
    );
    // The sleep need has a score but no action in the plan: flagged.
    expect(screen.getByText('The family scored 1 need that has no action in the plan:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: SLEEP })).toHaveAttribute('href', `/cases/${caseId}/plan/needs/${sleepId}`);

    // A correction: the sheet opens with what counts now; changing one answer adds one score.
    await user.click(screen.getByRole('link', { name: 'Record scores for Baseline' }));
    const again = within(await screen.findByRole('group', { name: LATE }));
    expect(again.getByLabelText('Parent or carer')).toHaveValue('4');
    await user.selectOptions(again.getByLabelText('Parent or carer'), '5: Most concern');
    await user.click(screen.getByRole('button', { name: 'Save scores' }));
    await screen.findByRole('heading', { level: 1, name: 'Distance travelled' });
    expect(await scoresOf(caseId)).toHaveLength(5);
    expect(screen.getByText('Every score recorded (5)')).toBeInTheDocument();
  });
});

describe('family scoring in hand-over mode', { timeout: 30_000 }, () => {
  it('the parent and then the child score one need per screen, locked until the worker’s password', async () => {
    await freshSignedInDatabase(PRACTITIONER, { password: PASSWORD });
    const { caseId, lateId, sleepId } = await seedCase();
    const user = userEvent.setup();
    const router = renderApp(`/cases/${caseId}/distance-travelled`);

    await screen.findByRole('heading', { level: 1, name: 'Distance travelled' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(await screen.findByRole('alert')).getByRole('link').textContent).toBe(
      'Select whether Ada will score',
    );
    await user.click(screen.getByRole('radio', { name: 'Yes, on their own screen after the parent or carer' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText(HAND_TO_FAMILY_PASSWORD_LABEL), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Hand to family' }));

    expect(await screen.findByRole('heading', { level: 1, name: M.introHeading })).toBeInTheDocument();
    expect(screen.getByText(M.introChildTurn('Ada'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: M.startButton }));

    // Question 1 for the parent: refused without a choice, then a large radio with words and number.
    const heading = await screen.findByRole('heading', { level: 1, name: M.questionHeading });
    expect(heading).toHaveFocus();
    expect(screen.getByText(M.questionCaption(1, 2))).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /How worried are you about this/ })).toHaveAccessibleDescription(
      expect.stringContaining(LATE),
    );
    await user.click(screen.getByRole('button', { name: M.saveButton }));
    expect(within(await screen.findByRole('alert')).getByRole('link').textContent).toBe(M.errorChoose(1, 5));
    await user.click(screen.getByRole('radio', { name: '4 Very worried' }));
    await user.click(screen.getByRole('button', { name: M.saveButton }));

    await screen.findByText(M.questionCaption(2, 2));
    expect(screen.getByText(SLEEP)).toBeInTheDocument();
    // Each new screen moves focus to its heading first, so a screen reader starts at the question.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: M.questionHeading })).toHaveFocus());
    // Keyboard: arrows move through the scale as with any radio group.
    screen.getByRole('radio', { name: '1 Not worried' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: '3 Quite worried' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: M.saveButton }));

    // The child's turn, on their own screen; the parent's answers are not shown and cannot be reached.
    expect(await screen.findByRole('heading', { level: 1, name: M.childTurnHeading('Ada') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: M.childStartButton }));
    await screen.findByText(M.childQuestionCaption('Ada', 1, 2));
    expect(screen.queryByRole('link', { name: M.backButton })).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '4 Very worried' })).not.toBeChecked();
    await user.click(screen.getByRole('radio', { name: '2 A little worried' }));
    await user.click(screen.getByRole('button', { name: M.saveButton }));
    await screen.findByText(M.childQuestionCaption('Ada', 2, 2));
    await user.click(screen.getByRole('button', { name: M.skipButton }));
    expect(await screen.findByRole('heading', { level: 1, name: M.doneHeading })).toBeInTheDocument();

    expect((await scoresOf(caseId)).map((score) => [score.needId, score.rater, score.value, score.baseline])).toEqual([
      [lateId, 'parent', 4, true],
      [sleepId, 'parent', 3, true],
      [lateId, 'child', 2, true],
    ]);

    // Still locked: any other address comes back here, until the worker's password.
    await router.navigate(`/cases/${caseId}`);
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/cases/${caseId}/distance-travelled/family/baseline`),
    );
    await user.type(await screen.findByLabelText(EXIT_PASSWORD_LABEL), PASSWORD);
    await user.click(screen.getByRole('button', { name: EXIT_BUTTON }));
    await screen.findByRole('heading', { level: 1, name: 'Distance travelled' });
    const row = screen.getByRole('row', { name: /^Baseline/ });
    expect(within(row).getByText('Parent or carer: all scored. Child: 1 need not scored.')).toBeInTheDocument();
  });

  it('a child not scoring gets the reason recorded before hand-over and no screens of their own', async () => {
    await freshSignedInDatabase(PRACTITIONER, { password: PASSWORD });
    const { caseId, reviewId } = await seedCase({ reviewDate: '2026-11-02' });
    const user = userEvent.setup();
    renderApp(`/cases/${caseId}/distance-travelled`);

    await screen.findByRole('heading', { level: 1, name: 'Distance travelled' });
    await user.click(screen.getByRole('radio', { name: 'Review 1 (2 November 2026)' }));
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(await screen.findByRole('alert')).getByRole('link').textContent).toBe('Enter why Ada is not scoring');
    await user.type(screen.getByLabelText('Why is Ada not scoring?'), 'Chose not to this time');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByText('The family will score 2 needs for Review 1 (2 November 2026).'),
    ).toBeInTheDocument();
    expect((await scoresOf(caseId)).map((score) => [score.rater, score.notScoredReason, score.reviewId])).toEqual([
      ['child', 'Chose not to this time', reviewId],
      ['child', 'Chose not to this time', reviewId],
    ]);

    await user.type(screen.getByLabelText(HAND_TO_FAMILY_PASSWORD_LABEL), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Hand to family' }));
    await user.click(await screen.findByRole('button', { name: M.startButton }));
    for (const [number, choice] of ['3 Quite worried', '1 Not worried'].entries()) {
      await screen.findByText(M.questionCaption(number + 1, 2));
      await user.click(screen.getByRole('radio', { name: choice }));
      await user.click(screen.getByRole('button', { name: M.saveButton }));
    }
    expect(await screen.findByRole('heading', { level: 1, name: M.doneHeading })).toBeInTheDocument();
    expect(screen.queryByText(M.childTurnHeading('Ada'))).not.toBeInTheDocument();
  });
});

describe('the charts page', { timeout: 30_000 }, () => {
  it('gives every score and the change in words in tables beside the charts', async () => {
    await freshSignedInDatabase(PRACTITIONER);
    const { caseId, lateId, reviewId } = await seedCase({ reviewDate: '2026-11-02' });
    const score = (rater: string, value: number, point: 'baseline' | 'review') => ({
      op: 'create' as const,
      kind: 'pciScore' as const,
      caseId,
      data: {
        needId: lateId,
        rater,
        value,
        scaleId: 'pci-1-5',
        direction: 'higherIsMoreConcern',
        date: '2026-11-02',
        ...(point === 'baseline' ? { baseline: true } : { reviewId }),
      },
    });
    await applyWrites([
      score('parent', 5, 'baseline'),
      score('child', 3, 'baseline'),
      score('parent', 2, 'review'),
      score('child', 4, 'review'),
    ]);
    renderApp(`/cases/${caseId}/distance-travelled/charts`);

    await screen.findByRole('heading', { level: 1, name: 'Distance travelled charts' });
    expect(screen.getByText('Parents and carers: 1 of 1 need re-scored is better.')).toBeInTheDocument();
    expect(
      screen.getByText('Children and young people: 0 of 1 need re-scored are better, 1 worse.'),
    ).toBeInTheDocument();
    const summary = screen.getByRole('table', { name: 'First score against the latest, for every need' });
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(within(summary).getAllByRole('row')[1] as HTMLElement)).toEqual([
      `Need 1: ${LATE}`,
      'Parent or carer',
      '5: Most concern',
      '2: A little concern',
      'Improved by 3 points (from 5 to 2)',
    ]);
    expect(cells(within(summary).getAllByRole('row')[2] as HTMLElement)).toEqual([
      `Need 1: ${LATE}`,
      'Child or young person',
      '3: Some concern',
      '4: A lot of concern',
      'Worse by 1 point (from 3 to 4)',
    ]);
    const overTime = screen.getByRole('table', { name: `Scores over time: ${LATE}` });
    expect(
      within(overTime)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'WhenParent or carerChild or young person',
      'Baseline5: Most concern3: Some concern',
      'Review 1 (2 November 2026)2: A little concern4: A lot of concern',
    ]);
    expect(await screen.findAllByRole('img', { name: /Line chart of the scores for need/ })).toHaveLength(1);
  });
});

describe('distance travelled across the caseload', { timeout: 30_000 }, () => {
  it('averages the change per area and outcome over the cases with a review, for whose scores are chosen', async () => {
    await freshSignedInDatabase(PRACTITIONER);
    const reviewed = await seedCase({ reviewDate: '2026-11-02' });
    const notReviewed = await seedCase();
    const score = (
      seeded: { caseId: string; lateId: string; sleepId: string; reviewId: string },
      need: 'lateId' | 'sleepId',
      rater: string,
      value: number,
      atReview: boolean,
    ) => ({
      op: 'create' as const,
      kind: 'pciScore' as const,
      caseId: seeded.caseId,
      data: {
        needId: seeded[need],
        rater,
        value,
        scaleId: 'pci-1-5',
        direction: 'higherIsMoreConcern',
        date: '2026-11-02',
        ...(atReview ? { reviewId: seeded.reviewId } : { baseline: true }),
      },
    });
    await applyWrites([
      { op: 'update', kind: 'need', id: reviewed.lateId, fields: { outcomeTag: 'goodEducation' } },
      // Reviewed case: late 5 -> 2 (better by 3), sleep 2 -> 3 (worse by 1); the child 3 -> 2 on late.
      score(reviewed, 'lateId', 'parent', 5, false),
      score(reviewed, 'lateId', 'parent', 2, true),
      score(reviewed, 'sleepId', 'parent', 2, false),
      score(reviewed, 'sleepId', 'parent', 3, true),
      score(reviewed, 'lateId', 'child', 3, false),
      score(reviewed, 'lateId', 'child', 2, true),
      // No review held on the other case: its baseline alone says nothing about distance travelled.
      score(notReviewed, 'lateId', 'parent', 5, false),
    ]);
    const user = userEvent.setup();
    renderApp('/reports/distance-travelled');

    await screen.findByRole('heading', { level: 1, name: 'Distance travelled: the authority and your cases' });
    const yours = within(screen.getByRole('region', { name: 'Your cases' }));
    await yours.findByText('Cases with a review held');
    const summary = (key: string) => yours.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(summary('Cases with a review held')).toBe('1');
    expect(summary('Needs re-scored')).toBe('2');
    expect(summary('Average change')).toBe('Improved by 1.0 point on average');
    expect(summary('Needs improved')).toBe('50% (1 of 2)');
    expect(rowsOf('Your cases, by area of need')).toEqual([
      'General health1Worse by 1.0 point on average0% (0 of 1)',
      'Learning: participation in learning, education and employment1Improved by 3.0 points on average100% (1 of 1)',
    ]);
    expect(rowsOf('Your cases, by Supporting Families outcome')).toEqual([
      'Getting a good education1Improved by 3.0 points on average100% (1 of 1)',
    ]);

    await user.click(screen.getByRole('radio', { name: 'Children and young people' }));
    expect(summary('Average change')).toBe('Improved by 1.0 point on average');
    expect(summary('Needs re-scored')).toBe('1');
  });
});

/** Rows of the table with this caption, header row left out, as text. */
const rowsOf = (caption: string) =>
  within(screen.getByRole('table', { name: caption }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

// What the sync server answers (docs/sync-protocol.md): numbers only, small ones withheld.
const AUTHORITY_REPORT: DistanceTravelledReport = {
  generatedAt: '2027-01-05T09:00:00.000Z',
  suppression: { minNeeds: 5, minEpisodes: 3 },
  episodesCounted: { withheld: false, value: 42 },
  raters: [
    {
      rater: 'parent',
      scaleId: 'pci-1-5',
      overall: {
        key: 'all',
        withheld: false,
        needsCompared: 96,
        averageImprovement: 0.84,
        improved: 60,
        same: 26,
        worse: 10,
        shareImproved: 0.625,
      },
      byCategory: [
        { key: 'generalHealth', withheld: true },
        {
          key: 'learningParticipation',
          withheld: false,
          needsCompared: 30,
          averageImprovement: -0.25,
          improved: 9,
          same: 11,
          worse: 10,
          shareImproved: 0.3,
        },
      ],
      byOutcome: [{ key: 'secureHousing', withheld: true }],
      notRescored: { withheld: true },
      otherScale: { withheld: false, value: 0 },
    },
    {
      rater: 'child',
      scaleId: 'pci-1-5',
      overall: { key: 'all', withheld: true },
      byCategory: [],
      byOutcome: [],
      notRescored: { withheld: false, value: 7 },
      otherScale: { withheld: false, value: 0 },
    },
  ],
};

describe('distance travelled across the authority', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the server’s figures for whose scores are chosen, and says which are withheld', async () => {
    await freshSignedInDatabase(PRACTITIONER);
    const fetchMock = vi.fn(async () => Response.json(AUTHORITY_REPORT));
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderApp('/reports/distance-travelled');

    const authority = within(await screen.findByRole('region', { name: 'Across the authority' }));
    await authority.findByText('Cases with a review held');
    const summary = (key: string) => authority.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(summary('Cases with a review held')).toBe('42');
    expect(summary('Needs re-scored')).toBe('96');
    expect(summary('Average change')).toBe('Improved by 0.8 points on average');
    expect(summary('Needs improved')).toBe('63% (60 of 96)');
    expect(summary('Needs scored once so far')).toBe('Not shown');
    expect(rowsOf('Across the authority, by area of need')).toEqual([
      'General healthNot shown: too few needs or families to keep them anonymous',
      'Learning: participation in learning, education and employment30Worse by 0.3 points on average30% (9 of 30)',
    ]);
    expect(rowsOf('Across the authority, by Supporting Families outcome')).toEqual([
      'Secure housingNot shown: too few needs or families to keep them anonymous',
    ]);
    authority.getByText(/a figure from fewer than 5 needs or fewer than 3 families is not shown/);
    // Asked once, as the signed-in practitioner, in the report version this app reads.
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/reports/distance-travelled');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer test-token');
    expect(JSON.parse(String(init.body))).toEqual({ reportVersion: 1 });

    await user.click(screen.getByRole('radio', { name: 'Children and young people' }));
    expect(summary('Needs re-scored')).toBe('Not shown');
    expect(summary('Average change')).toBe('Not shown');
    expect(summary('Needs scored once so far')).toBe('7');
    expect(rowsOf('Across the authority, by area of need')).toEqual([
      'Not shown: too few families to keep them anonymous.',
    ]);
    // The device's own figures are there as well.
    within(screen.getByRole('region', { name: 'Your cases' })).getByText('Cases with a review held');
  });

  it('says plainly when offline, shows the device’s own figures, and fetches when the signal returns', async () => {
    await freshSignedInDatabase(PRACTITIONER);
    const fetchMock = vi.fn(async () => Response.json(AUTHORITY_REPORT));
    vi.stubGlobal('fetch', fetchMock);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderApp('/reports/distance-travelled');

    const authority = within(await screen.findByRole('region', { name: 'Across the authority' }));
    await authority.findByText('Connect to see figures across the authority; figures for your cases are below.');
    expect(authority.queryByText('Cases with a review held')).toBeNull();
    await within(screen.getByRole('region', { name: 'Your cases' })).findByText('Cases with a review held');
    expect(fetchMock).not.toHaveBeenCalled();

    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await authority.findByText('Cases with a review held');
    expect(authority.getByText('Cases with a review held', { selector: 'dt' }).nextElementSibling?.textContent).toBe(
      '42',
    );
  });

  it('asks to sign in again when the server no longer knows the session, and offers a retry when it fails', async () => {
    await freshSignedInDatabase(PRACTITIONER);
    const answers = [
      new Response('{"error":{"code":"unauthorised","message":"Sign in"}}', { status: 401 }),
      new Response('<html>Bad gateway</html>', { status: 502 }),
      Response.json(AUTHORITY_REPORT),
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answers.shift()),
    );
    const user = userEvent.setup();
    renderApp('/reports/distance-travelled');
    const authority = within(await screen.findByRole('region', { name: 'Across the authority' }));
    await authority.findByText('Sign in again to see figures across the authority; figures for your cases are below.');

    window.dispatchEvent(new Event('online'));
    await authority.findByText(
      'The figures across the authority could not be fetched just now. Figures for your cases are below.',
    );
    await user.click(authority.getByRole('button', { name: 'Try again' }));
    await authority.findByText('Cases with a review held');
  });
});

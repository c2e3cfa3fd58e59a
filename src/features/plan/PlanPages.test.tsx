// Screen tests type and load lazy routes; a busy machine needs more than the default 5 s per test.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { applyWrites, createRecord, getRecord, listCaseRecords } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { newId } from '../../domain/ids';
import { pointsForNeed } from '../../domain/pciScoring';
import { renderPlan, seedPlanCase } from './planTestCase';

describe('needs', { timeout: 20_000 }, () => {
  it('asks which child, what, which area and when, saving nothing until answered', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await seedPlanCase();
    const before = await db.outbox.count();
    const user = userEvent.setup();
    renderPlan(`/cases/${caseId}/plan/needs/new`);
    await user.click(await screen.findByRole('button', { name: 'Save need' }));
    for (const message of [
      'Select the child this need is about',
      'Enter a description of the need',
      'Select the area of need',
      'Select whether this is a short, medium or longer term need',
    ])
      expect(await screen.findByRole('link', { name: message })).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(before);
  });

  it('records a need for the chosen child with an optional Supporting Families outcome', async () => {
    await freshSignedInDatabase();
    const { caseId, secondChildId } = await seedPlanCase();
    const user = userEvent.setup();
    renderPlan(`/cases/${caseId}/plan/needs/new?childId=${secondChildId}`);
    expect(await screen.findByLabelText('Bea Testcase')).toBeChecked();
    await user.type(screen.getByLabelText('Describe the need'), 'Speech is behind for her age');
    await user.selectOptions(screen.getByLabelText('Area of the assessment'), 'Speech, language and communication');
    await user.click(screen.getByLabelText('Short term'));
    await user.selectOptions(
      screen.getByLabelText('Supporting Families outcome (optional)'),
      'Good early years development',
    );
    await user.click(screen.getByRole('button', { name: 'Save need' }));
    // The plan page is a lazy route: its first load can take a moment under a busy test run.
    expect(
      await screen.findByRole('heading', { name: 'Team Around the Child plan', level: 1 }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Speech is behind for her age' })).toBeInTheDocument();
    expect(screen.getByText('1 need has no action yet.')).toBeInTheDocument();
    const [need] = await listCaseRecords(caseId, 'need');
    expect(need?.data).toMatchObject({
      childId: secondChildId,
      category: 'speechLanguageCommunication',
      timescale: 'short',
      outcomeTag: 'goodEarlyYearsDevelopment',
      status: 'open',
    });
  });
});

describe('needs added after a review', { timeout: 20_000 }, () => {
  async function seedReviews(caseId: string) {
    const [earlier, latest] = [newId(), newId()];
    await applyWrites([
      { op: 'create', kind: 'review', caseId, id: earlier, data: { date: '2026-12-01', status: 'held' } },
      { op: 'create', kind: 'review', caseId, id: latest, data: { date: '2027-03-01', status: 'held' } },
      // Planned, not held: nothing can have been identified at it yet.
      { op: 'create', kind: 'review', caseId, data: { date: '2027-06-01', status: 'planned' } },
    ]);
    return { earlier, latest };
  }

  async function addNeed(caseId: string, description: string, identifiedAt?: string) {
    const user = userEvent.setup();
    renderPlan(`/cases/${caseId}/plan/needs/new`);
    await user.click(await screen.findByLabelText('Ada Testcase'));
    await user.type(screen.getByLabelText('Describe the need'), description);
    await user.selectOptions(screen.getByLabelText('Area of the assessment'), 'General health');
    await user.click(screen.getByLabelText('Short term'));
    const question = screen.queryByRole('group', { name: 'When was this need identified?' });
    if (identifiedAt) await user.click(within(question as HTMLElement).getByLabelText(identifiedAt));
    await user.click(screen.getByRole('button', { name: 'Save need' }));
    await screen.findByRole('heading', { name: 'Team Around the Child plan', level: 1 }, { timeout: 5000 });
    return question;
  }

  const needCalled = async (caseId: string, description: string) =>
    (await listCaseRecords(caseId, 'need')).find((need) => need.data['description'] === description)?.data;

  it('records the latest held review as where the need was identified, so its first scores are its baseline', async () => {
    await freshSignedInDatabase();
    const { caseId } = await seedPlanCase();
    const { latest } = await seedReviews(caseId);
    renderPlan(`/cases/${caseId}/plan/needs/new`);
    const question = await screen.findByRole('group', { name: 'When was this need identified?' });
    expect(
      within(question)
        .getAllByRole('radio')
        .map((radio) => radio.closest('div')?.textContent),
    ).toEqual(['At the review on 1 March 2027', 'At the review on 1 December 2026', 'At the assessment']);
    expect(within(question).getByLabelText('At the review on 1 March 2027')).toBeChecked();
    cleanup();

    await addNeed(caseId, 'Ada is anxious about moving school');
    const saved = await needCalled(caseId, 'Ada is anxious about moving school');
    expect(saved).toMatchObject({ identifiedAtReviewId: latest, identifiedDate: '2027-03-01' });
    // The scoring rules then ask the family about it from that review on, with no assessment baseline.
    const reviews = (await listCaseRecords(caseId, 'review')).map((review) => ({
      id: review.id,
      data: { date: String(review.data['date']), status: String(review.data['status']) },
    }));
    expect(
      pointsForNeed({ id: 'new', data: { identifiedAtReviewId: String(saved?.['identifiedAtReviewId']) } }, reviews),
    ).toEqual([latest]);
  });

  it('lets the practitioner say it came from an earlier review or from the assessment after all', async () => {
    await freshSignedInDatabase();
    const { caseId } = await seedPlanCase();
    const { earlier } = await seedReviews(caseId);
    await addNeed(caseId, 'Ada misses meals', 'At the review on 1 December 2026');
    expect(await needCalled(caseId, 'Ada misses meals')).toMatchObject({
      identifiedAtReviewId: earlier,
      identifiedDate: '2026-12-01',
    });
    cleanup();
    await addNeed(caseId, 'Ada has no quiet place to read', 'At the assessment');
    const fromAssessment = await needCalled(caseId, 'Ada has no quiet place to read');
    expect(fromAssessment).toBeDefined();
    expect(fromAssessment).not.toHaveProperty('identifiedAtReviewId');
  });

  it('does not ask before any review has been held', async () => {
    await freshSignedInDatabase();
    const { caseId } = await seedPlanCase();
    await applyWrites([{ op: 'create', kind: 'review', caseId, data: { date: '2027-06-01', status: 'planned' } }]);
    expect(await addNeed(caseId, 'Ada is tired in class')).toBeNull();
    expect(await needCalled(caseId, 'Ada is tired in class')).not.toHaveProperty('identifiedAtReviewId');
  });
});

describe('SMART actions', { timeout: 20_000 }, () => {
  it('refuses an action without a need or what will be done', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await seedPlanCase();
    const before = await db.outbox.count();
    const user = userEvent.setup();
    renderPlan(`/cases/${caseId}/plan/actions/new`);
    await user.click(await screen.findByRole('button', { name: 'Save action' }));
    expect(await screen.findByRole('link', { name: 'Select the need this action meets' })).toHaveAttribute(
      'href',
      '#needId',
    );
    expect(screen.getByRole('link', { name: 'Enter what will be done' })).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(before);
  });

  it('saves an action without an owner or date but flags it in the plan, and clears the flag once both are given', async () => {
    await freshSignedInDatabase();
    const { caseId, firstChildId } = await seedPlanCase();
    const needId = await createRecord('need', caseId, {
      childId: firstChildId,
      description: 'Late for school most days',
      category: 'learningParticipation',
      timescale: 'short',
      status: 'open',
    });
    const user = userEvent.setup();
    renderPlan(`/cases/${caseId}/plan/actions/new?needId=${needId}`);
    await user.type(await screen.findByLabelText('What will be done'), 'Morning routine chart');
    expect(screen.getByText(/This action has no one responsible and no date/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    const row = (await screen.findByRole('link', { name: 'Morning routine chart' }, { timeout: 5000 })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText('No one is responsible')).toBeInTheDocument();
    expect(within(row).getByText('No date to be done by')).toBeInTheDocument();
    expect(screen.getByText('1 action has no one responsible or no date.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Morning routine chart' }));
    await user.selectOptions(
      await screen.findByLabelText('Practitioner (optional)', {}, { timeout: 5000 }),
      'Pat Example',
    );
    expect(screen.getByLabelText('Agency')).toHaveDisplayValue('Example Primary School');
    const due = within(screen.getByRole('group', { name: 'Date to be done by' }));
    await user.type(due.getByLabelText('Day'), '15');
    await user.type(due.getByLabelText('Month'), '1');
    await user.type(due.getByLabelText('Year'), '2099');
    await user.click(screen.getByLabelText('In progress'));
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    const updated = (await screen.findByRole('link', { name: 'Morning routine chart' })).closest('tr') as HTMLElement;
    expect(within(updated).getByText('Pat Example, Example Primary School')).toBeInTheDocument();
    expect(within(updated).queryByText('No one is responsible')).not.toBeInTheDocument();
    expect(within(updated).getByText('15 January 2099')).toBeInTheDocument();
    const [action] = await listCaseRecords(caseId, 'action');
    expect(action?.data).toMatchObject({ needId, dueDate: '2099-01-15', status: 'inProgress' });
  }, 20_000);
});

describe('TAC meetings', { timeout: 20_000 }, () => {
  it('records a meeting, its attendees (append-only) and autosaved minutes', async () => {
    const db = await freshSignedInDatabase();
    const { caseId, agencyId } = await seedPlanCase();
    const user = userEvent.setup();
    const router = renderPlan(`/cases/${caseId}/plan/meetings/new`);
    await user.click(await screen.findByRole('button', { name: 'Save meeting' }));
    expect(
      await screen.findByRole('link', { name: 'Select whether the meeting is planned, held or cancelled' }),
    ).toBeInTheDocument();
    expect(await db.records.where('kind').equals('tacMeeting').count()).toBe(0);

    await user.click(screen.getByLabelText('Held: the meeting took place'));
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    await screen.findByRole('heading', { name: /^TAC meeting on / }, { timeout: 5000 });
    const [meeting] = await listCaseRecords(caseId, 'tacMeeting');
    expect(router.state.location.pathname).toBe(`/cases/${caseId}/plan/meetings/${meeting?.id}`);

    await user.click(screen.getByLabelText('Professional'));
    await user.type(screen.getByLabelText('Name'), 'Sam Example');
    await user.click(screen.getByRole('button', { name: 'Add attendee' }));
    expect(await screen.findByRole('link', { name: 'Select the person’s agency' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Agency'), 'Example Primary School');
    await user.click(screen.getByRole('button', { name: 'Add attendee' }));
    expect(await screen.findByText('Sam Example added')).toBeInTheDocument();

    await user.click(screen.getByLabelText('Family member'));
    await user.type(screen.getByLabelText('Name'), 'Cara Testcase');
    await user.click(screen.getByLabelText('Sent apologies'));
    await user.click(screen.getByRole('button', { name: 'Add attendee' }));
    const table = within(await screen.findByRole('table', { name: 'People at the meeting' }));
    expect(await table.findByText('Sent apologies')).toBeInTheDocument();
    expect(table.getByText('Professional, Example Primary School')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Minutes of the meeting'), 'Agreed a morning routine.');
    await user.tab();
    await waitFor(async () =>
      expect((await getRecord('tacMeeting', String(meeting?.id)))?.data['minutes']).toBe('Agreed a morning routine.'),
    );
    const attendance = await listCaseRecords(caseId, 'meetingAttendance');
    expect(attendance.map((row) => row.data)).toEqual([
      expect.objectContaining({
        personName: 'Sam Example',
        attendeeType: 'professional',
        agencyId,
        attendance: 'present',
      }),
      expect.objectContaining({ personName: 'Cara Testcase', attendeeType: 'familyMember', attendance: 'apologies' }),
    ]);
  }, 20_000);
});

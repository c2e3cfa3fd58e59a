import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { applyWrites, listCaseRecords } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { addMonths } from '../../domain/caseTimescales';
import { formatDate, todayIso } from '../../domain/dateInput';
import { newId } from '../../domain/ids';
import { addDays } from '../../domain/timescales';
import { NewReviewPage } from './NewReviewPage';
import { ReviewsPage } from './ReviewsPage';
import { agencyRecord, episodeRecord, practitionerRecord } from '../testRecords';

const ME = '0190a000-0000-7000-8000-000000000001';

async function seedPlan(meetingDate: string) {
  const caseId = newId();
  const agencyId = newId();
  const other = newId();
  const needId = newId();
  const actionIds = [newId(), newId()];
  await applyWrites([
    agencyRecord(agencyId, 'Riverside Housing', 'housing'),
    practitionerRecord(ME, 'Ash Tester', agencyId),
    practitionerRecord(other, 'Robin Example', agencyId, 'teacher'),
    episodeRecord(caseId, {
      status: 'plan',
      childIds: [newId()],
      enquiryDate: '2026-01-05',
      assessorId: ME,
      leadProfessionalId: ME,
      tacMemberIds: [ME],
    }),
    { op: 'create', kind: 'tacMeeting', caseId, data: { date: meetingDate, status: 'held' } },
    {
      op: 'create',
      kind: 'need',
      caseId,
      id: needId,
      data: { childId: newId(), description: 'Sleep routine', category: 'selfCareIndependence', timescale: 'short' },
    },
    {
      op: 'create',
      kind: 'action',
      caseId,
      id: actionIds[0],
      data: { needId, what: 'Bedtime routine sessions', status: 'inProgress' },
    },
    {
      op: 'create',
      kind: 'action',
      caseId,
      id: actionIds[1],
      data: { needId, what: 'Housing repair request', status: 'notStarted' },
    },
  ]);
  return { caseId, other, agencyId, actionIds };
}

function renderAt(path: string) {
  render(
    <RouterProvider
      router={createMemoryRouter(
        [
          { path: '/cases/:caseId/reviews', element: <ReviewsPage /> },
          { path: '/cases/:caseId/reviews/new', element: <NewReviewPage /> },
        ],
        { initialEntries: [path] },
      )}
    />,
  );
}

describe('Reviews', () => {
  it('shows the next review due 3 months after the first TAC meeting, overdue once that day has passed', async () => {
    await freshSignedInDatabase();
    const meeting = addMonths(addDays(todayIso(), -1), -3);
    const { caseId } = await seedPlan(meeting);
    renderAt(`/cases/${caseId}/reviews`);
    await screen.findByRole('heading', { level: 1, name: 'Reviews' });
    expect(screen.getByText(formatDate(addMonths(meeting, 3)))).toBeInTheDocument();
    expect(screen.getByText('Overdue')).toBeInTheDocument();
  });

  it('changes the review interval for this episode', async () => {
    const db = await freshSignedInDatabase();
    const meeting = addMonths(addDays(todayIso(), -1), -3);
    const { caseId } = await seedPlan(meeting);
    const user = userEvent.setup();
    renderAt(`/cases/${caseId}/reviews`);
    await user.click(await screen.findByText('Change how often this case is reviewed'));
    await user.click(screen.getByRole('radio', { name: '6 months' }));
    await user.click(screen.getByRole('button', { name: 'Save review interval' }));
    expect(await screen.findByText(formatDate(addMonths(meeting, 6)))).toBeInTheDocument();
    expect((await db.records.get(caseId))?.data.reviewIntervalMonths).toBe(6);
  });

  it('records a held review: progress per action, concerns, agencies, a new lead professional and the next date, in one batch', async () => {
    const db = await freshSignedInDatabase();
    const { caseId, other, agencyId, actionIds } = await seedPlan('2026-01-20');
    const user = userEvent.setup();
    renderAt(`/cases/${caseId}/reviews/new`);
    await screen.findByRole('heading', { level: 1, name: 'Record a review' });
    const today = todayIso();
    const next = addMonths(today, 3);
    const nextGroup = screen.getByRole('group', { name: 'Next review date' });
    expect(within(nextGroup).getByLabelText('Year')).toHaveValue(next.slice(0, 4));

    const first = screen.getByRole('group', { name: 'Status: Bedtime routine sessions' });
    await user.click(within(first).getByRole('radio', { name: 'Achieved' }));
    await user.type(screen.getByLabelText('Progress on “Bedtime routine sessions” (optional)'), 'Settles by 8pm');
    const second = screen.getByRole('group', { name: 'Status: Housing repair request' });
    await user.click(within(second).getByRole('radio', { name: 'Not achieved' }));
    await user.type(screen.getByLabelText('Actions not achieved, and why'), 'Landlord did not reply');
    await user.type(screen.getByLabelText('New concerns'), 'Rent arrears');
    await user.click(screen.getByRole('checkbox', { name: 'Riverside Housing' }));
    await user.click(screen.getByRole('radio', { name: 'Robin Example, Riverside Housing' }));
    await user.type(screen.getByLabelText('Reason for changing the lead professional'), 'Most actions now with school');
    await user.click(screen.getByRole('button', { name: 'Save review' }));

    await screen.findByRole('heading', { level: 1, name: 'Reviews' });
    const [review] = await listCaseRecords(caseId, 'review');
    expect(review?.data).toMatchObject({
      date: today,
      status: 'held',
      chairId: ME,
      actionsNotAchieved: 'Landlord did not reply',
      newConcerns: 'Rent arrears',
      agenciesToAdd: [agencyId],
      newLeadProfessionalId: other,
      leadProfessionalChangeReason: 'Most actions now with school',
      nextReviewDate: next,
      actionProgress: [
        { actionId: actionIds[0], status: 'achieved', summary: 'Settles by 8pm' },
        { actionId: actionIds[1], status: 'notAchieved' },
      ],
    });
    expect((await db.records.get(actionIds[0] as string))?.data.status).toBe('achieved');
    expect((await db.records.get(actionIds[1] as string))?.data.status).toBe('notAchieved');
    const episode = await db.records.get(caseId);
    expect(episode?.data).toMatchObject({ status: 'review', leadProfessionalId: other });
    const roles = await listCaseRecords(caseId, 'roleAssignment');
    expect(
      roles.map((role) => [role.data.role, role.data.change, role.data.practitionerId, role.data.fromDate]),
    ).toEqual(
      expect.arrayContaining([
        ['leadProfessional', 'removed', ME, today],
        ['leadProfessional', 'assigned', other, today],
      ]),
    );
    expect(screen.getAllByText(formatDate(next)).length).toBeGreaterThan(0);
    expect(screen.getByText(`Review held on ${formatDate(today)}`)).toBeInTheDocument();
  });

  it('refuses a new lead professional without a reason and a next review before the review, saving nothing', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await seedPlan('2026-01-20');
    const outboxBefore = await db.outbox.count();
    const user = userEvent.setup();
    renderAt(`/cases/${caseId}/reviews/new`);
    await user.click(await screen.findByRole('radio', { name: 'Robin Example, Riverside Housing' }));
    const nextGroup = screen.getByRole('group', { name: 'Next review date' });
    await user.clear(within(nextGroup).getByLabelText('Year'));
    await user.type(within(nextGroup).getByLabelText('Year'), '2020');
    await user.click(screen.getByRole('button', { name: 'Save review' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Enter the reason for changing the lead professional',
      'The next review date must be after the date of this review',
    ]);
    expect(await listCaseRecords(caseId, 'review')).toHaveLength(0);
    expect(await db.outbox.count()).toBe(outboxBefore);
  });
});

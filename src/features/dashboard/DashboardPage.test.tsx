import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { applyWrites, type WriteOperation } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { newId } from '../../domain/ids';
import { recordSyncSuccess } from '../../db/sync';
import { DashboardPage } from './DashboardPage';
import { deriveCaseloadFromRecords, loadCaseloadDashboard } from './loadCaseloadDashboard';

const TODAY = '2026-11-23';
const ME = '0190a000-0000-7000-8000-000000000001';

function openCase(
  firstName: string,
  status: string,
  enquiryDate: string,
): { caseId: string; childId: string; writes: WriteOperation[] } {
  const caseId = newId();
  const childId = newId();
  return {
    caseId,
    childId,
    writes: [
      {
        op: 'create',
        kind: 'episode',
        caseId,
        id: caseId,
        data: { status, childIds: [childId], enquiryDate, assessorId: ME, tacMemberIds: [ME] },
      },
      {
        op: 'create',
        kind: 'child',
        caseId,
        id: childId,
        data: { firstName, lastName: 'Testcase', unborn: false, dateOfBirth: '2019-03-01' },
      },
    ],
  };
}

async function seedCaseload() {
  const unrecordedMeetingId = newId();
  const late = openCase('Ada', 'assessment', '2026-10-25');
  const dueToday = openCase('Bo', 'enquiry', '2026-10-26');
  const plan = openCase('Cy', 'plan', '2025-11-01');
  const needId = newId();
  const closed = openCase('Di', 'closed', '2024-01-01');
  await applyWrites([
    ...late.writes,
    ...dueToday.writes,
    ...plan.writes,
    { op: 'create', kind: 'tacMeeting', caseId: plan.caseId, data: { date: '2026-08-01', status: 'held' } },
    // Booked for last week and not yet written up.
    {
      op: 'create',
      kind: 'tacMeeting',
      caseId: plan.caseId,
      id: unrecordedMeetingId,
      data: { date: '2026-11-16', status: 'planned' },
    },
    {
      op: 'create',
      kind: 'need',
      caseId: plan.caseId,
      id: needId,
      data: { childId: newId(), description: 'Attendance', category: 'learningParticipation', timescale: 'short' },
    },
    {
      op: 'create',
      kind: 'action',
      caseId: plan.caseId,
      data: { needId, what: 'Meet the attendance officer', dueDate: '2026-11-20', status: 'notStarted' },
    },
    ...closed.writes,
  ]);
  return { late, dueToday, plan, unrecordedMeetingId };
}

describe('My caseload', () => {
  it('shows what is overdue, due and drifting on a caseload with known dates', async () => {
    await freshSignedInDatabase();
    const { plan, unrecordedMeetingId } = await seedCaseload();
    render(
      <RouterProvider
        router={createMemoryRouter([{ path: '/dashboard', element: <DashboardPage today={TODAY} /> }], {
          initialEntries: ['/dashboard'],
        })}
      />,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'My caseload' })).toBeInTheDocument();
    expect(await screen.findByText('3 open cases on this device.', { exact: false })).toBeInTheDocument();

    const overdue = screen.getByRole('region', { name: 'Assessments overdue (1)' });
    expect(await within(overdue).findByRole('link', { name: 'Ada Testcase' })).toBeInTheDocument();
    expect(within(overdue).getByText('1 day overdue')).toBeInTheDocument();

    const due = screen.getByRole('region', { name: 'Assessments due in the next 2 weeks (1)' });
    expect(await within(due).findByRole('link', { name: 'Bo Testcase' })).toBeInTheDocument();
    expect(within(due).getByText('Due today')).toBeInTheDocument();

    const reviews = screen.getByRole('region', { name: 'Reviews overdue (1)' });
    expect(await within(reviews).findByRole('link', { name: 'Cy Testcase' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/reviews$/),
    );
    expect(within(reviews).getByText('22 days overdue')).toBeInTheDocument();

    const actions = screen.getByRole('region', { name: 'Actions past their date (1)' });
    // Each row leads straight to the work: the action itself, the meeting to record.
    expect(within(actions).getByRole('link', { name: 'Meet the attendance officer' })).toHaveAttribute(
      'href',
      expect.stringMatching(new RegExp(`^/cases/${plan.caseId}/plan/actions/[0-9a-f-]{36}$`)),
    );
    expect(within(actions).getByText('3 days overdue')).toBeInTheDocument();

    const drifting = screen.getByRole('region', { name: 'Open over 12 months: consider a new episode (1)' });
    expect(await within(drifting).findByRole('link', { name: 'Cy Testcase' })).toBeInTheDocument();

    const meetings = screen.getByRole('region', { name: 'Meetings waiting (1)' });
    expect(
      within(meetings).getByRole('link', { name: 'The meeting to be recorded as held or cancelled' }),
    ).toHaveAttribute('href', `/cases/${plan.caseId}/plan/meetings/${unrecordedMeetingId}`);
    expect(within(meetings).getByText('16 November 2026 (7 days)')).toBeInTheDocument();
    expect(screen.queryByText('Di Testcase')).not.toBeInTheDocument();
  });

  it('counts the cases a sync brought while the page was open', async () => {
    await freshSignedInDatabase();
    render(
      <RouterProvider
        router={createMemoryRouter([{ path: '/dashboard', element: <DashboardPage today={TODAY} /> }], {
          initialEntries: ['/dashboard'],
        })}
      />,
    );
    expect(await screen.findByText('0 open cases on this device.', { exact: false })).toBeInTheDocument();
    // What a first sync leaves on the device, then its record that it finished (by this tab or another).
    await seedCaseload();
    await recordSyncSuccess(new Date('2026-11-23T09:00:00.000Z'));
    expect(await screen.findByText('3 open cases on this device.', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Assessments overdue (1)' })).toBeInTheDocument();
  });

  it('reads the same dashboard from its index as from every record, after edits and a closure too', async () => {
    await freshSignedInDatabase();
    const { late, plan } = await seedCaseload();
    const fromIndex = async () => (await loadCaseloadDashboard(TODAY)).dashboard;
    const fromRecords = async () => (await deriveCaseloadFromRecords(TODAY)).dashboard;
    expect(await fromIndex()).toEqual(await fromRecords());
    // A narrative edit moves nothing; a status change and a closure do.
    await applyWrites([
      { op: 'update', kind: 'episode', id: late.caseId, fields: { reasonForEnquiry: 'More detail' } },
    ]);
    await applyWrites([{ op: 'update', kind: 'episode', id: plan.caseId, fields: { status: 'closed' } }]);
    expect(await fromIndex()).toEqual(await fromRecords());
    expect((await fromIndex()).openCases).toBe((await fromRecords()).openCases);
  });

  it('ignores closed cases and cases with nothing due yet', async () => {
    await freshSignedInDatabase();
    const { late, dueToday, plan } = await seedCaseload();
    const notDueYet = openCase('Ed', 'assessment', '2026-11-20');
    await applyWrites(notDueYet.writes);
    const { dashboard } = await loadCaseloadDashboard(TODAY);
    expect(dashboard.openCases).toBe(4);
    const listed = new Set(
      [
        dashboard.assessmentsOverdue,
        dashboard.assessmentsDue,
        dashboard.reviewsOverdue,
        dashboard.actionsPastDate,
        dashboard.drifting,
      ]
        .flat()
        .map((item) => item.caseId),
    );
    expect([...listed].sort()).toEqual([late.caseId, dueToday.caseId, plan.caseId].sort());
  });

  it('reads a very large assessment stage in one go and still sees each completed assessment', async () => {
    await freshSignedInDatabase();
    const cases = Array.from({ length: 52 }, (_, index) => openCase(`Kid${index}`, 'assessment', '2026-09-01'));
    const done = cases[0] as (typeof cases)[number];
    await applyWrites([
      ...cases.flatMap((c) => c.writes),
      {
        op: 'create',
        kind: 'assessment',
        caseId: done.caseId,
        data: { childId: done.childId, childViews: 'Likes school', completedAt: '2026-09-20T10:00:00.000Z' },
      },
    ]);
    const { dashboard } = await loadCaseloadDashboard(TODAY);
    expect(dashboard.assessmentsOverdue).toHaveLength(51);
    expect(dashboard.assessmentsOverdue.some((item) => item.caseId === done.caseId)).toBe(false);
    expect(dashboard.meetingsWaiting).toEqual([
      { caseId: done.caseId, reason: 'notBooked', since: '2026-09-20', daysWaiting: 64 },
    ]);
  });

  it('shows the first 25 rows of a long list, and the rest on request', async () => {
    await freshSignedInDatabase();
    const writes = Array.from(
      { length: 27 },
      (_, index) => openCase(`Kid${index}`, 'assessment', '2026-09-01').writes,
    ).flat();
    await applyWrites(writes);
    const user = userEvent.setup();
    render(
      <RouterProvider
        router={createMemoryRouter([{ path: '/dashboard', element: <DashboardPage today={TODAY} /> }], {
          initialEntries: ['/dashboard'],
        })}
      />,
    );
    const overdue = await screen.findByRole('region', { name: 'Assessments overdue (27)' });
    expect(within(overdue).getAllByRole('row')).toHaveLength(26);
    await user.click(within(overdue).getByRole('button', { name: 'Show all 27 assessments overdue' }));
    expect(within(overdue).getAllByRole('row')).toHaveLength(28);
  });
});

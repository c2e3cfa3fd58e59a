import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatDate, todayIso } from '../../domain/dateInput';
import type { DueItem } from '../../domain/caseloadDashboard';
import { useLastSyncAt } from '../../db';
import { Tag } from '../../ui/Tag';
import { CaseName } from './CaseName';
import { loadCaseloadDashboard, type LoadedCaseload } from './loadCaseloadDashboard';
import { TableScroll } from '../../ui/TableScroll';
import { TableHead } from '../../ui/TableHead';

/** Rows shown per list before "Show all": a long list is a sign to triage, and keeps the page quick on a tablet. */
export const ROWS_SHOWN = 25;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const days = (count: number) => plural(count, 'day', 'days');

function dueText(item: DueItem): string {
  if (item.state === 'overdue') return `${days(item.days)} overdue`;
  if (item.state === 'dueToday') return 'Due today';
  return `Due in ${days(item.days)}`;
}

interface Column<T> {
  heading: string;
  cell: (item: T) => React.ReactNode;
}

function Section<T extends { caseId: string }>({
  id,
  title,
  empty,
  items,
  columns,
  childIdsByCase,
  casePath,
}: {
  id: string;
  title: string;
  empty: string;
  items: T[];
  columns: Column<T>[];
  childIdsByCase: Map<string, string[]>;
  casePath: (item: T) => string;
}) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? items : items.slice(0, ROWS_SHOWN);
  return (
    <section aria-labelledby={id} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={id}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <TableScroll label={title}>
          <table className="govuk-table" aria-labelledby={id}>
            <TableHead headings={['Child', ...columns.map((column) => column.heading)]} />
            <tbody className="govuk-table__body">
              {shown.map((item, index) => (
                <tr className="govuk-table__row" key={`${item.caseId}-${index}`}>
                  <th scope="row" className="govuk-table__header">
                    <CaseName childIds={childIdsByCase.get(item.caseId) ?? []} to={casePath(item)} />
                  </th>
                  {columns.map((column) => (
                    <td className="govuk-table__cell" key={column.heading}>
                      {column.cell(item)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {items.length > shown.length && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setShowAll(true)}>
          {`Show all ${items.length} `}
          <span className="govuk-visually-hidden">{title.toLowerCase()}</span>
        </button>
      )}
    </section>
  );
}

/** "My caseload": what is due, overdue and waiting, worked out on the device so it works offline. */
export function DashboardPage({ today = todayIso() }: { today?: string }) {
  const [loaded, setLoaded] = useState<LoadedCaseload | null>(null);
  const [failed, setFailed] = useState(false);
  // Worked out again when a sync finishes, so cases that arrive while the page is open are counted:
  // the page says it is up to date with the last sync.
  const lastSyncAt = useLastSyncAt();
  useEffect(() => {
    let current = true;
    loadCaseloadDashboard(today).then(
      (result) => current && setLoaded(result),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [today, lastSyncAt]);

  if (failed)
    return (
      <>
        <h1 className="govuk-heading-l">My caseload</h1>
        <p className="govuk-body">Your caseload could not be read on this device. Reload the page to try again.</p>
      </>
    );
  if (!loaded)
    return (
      <>
        <h1 className="govuk-heading-l">My caseload</h1>
        <p className="govuk-body">Working out what is due…</p>
      </>
    );
  const { dashboard, childIdsByCase } = loaded;
  const toCase = (item: { caseId: string }) => `/cases/${item.caseId}`;
  const overdue = (item: DueItem) => (
    <>
      {formatDate(item.dueOn)} <Tag colour="red">{dueText(item)}</Tag>
    </>
  );
  const due = (item: DueItem) => (
    <>
      {formatDate(item.dueOn)} <Tag colour={item.state === 'dueToday' ? 'orange' : 'yellow'}>{dueText(item)}</Tag>
    </>
  );

  return (
    <>
      <span className="govuk-caption-l">Today, {formatDate(today)}</span>
      <h1 className="govuk-heading-l">My caseload</h1>
      <p className="govuk-body">
        {plural(dashboard.openCases, 'open case', 'open cases')} on this device. Worked out on the device, so it is up
        to date with your last sync even offline.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          <a className="govuk-link" href="#assessments-overdue">
            {plural(dashboard.assessmentsOverdue.length, 'assessment', 'assessments')} overdue
          </a>
        </li>
        <li>
          <a className="govuk-link" href="#reviews-overdue">
            {plural(dashboard.reviewsOverdue.length, 'review', 'reviews')} overdue
          </a>
        </li>
        <li>
          <a className="govuk-link" href="#actions-past-date">
            {plural(dashboard.actionsPastDate.length, 'action', 'actions')} past their date
          </a>
        </li>
        <li>
          <a className="govuk-link" href="#meetings-waiting">
            {plural(dashboard.meetingsWaiting.length, 'meeting', 'meetings')} waiting
          </a>
        </li>
        <li>
          <a className="govuk-link" href="#drifting">
            {plural(dashboard.drifting.length, 'case', 'cases')} open over 12 months
          </a>
        </li>
      </ul>
      <p className="govuk-body">
        <Link className="govuk-link" to="/reports/distance-travelled">
          Distance travelled across your cases (PCI scores)
        </Link>
      </p>
      <Section
        id="assessments-overdue"
        title="Assessments overdue"
        empty="No assessments are overdue."
        items={dashboard.assessmentsOverdue}
        childIdsByCase={childIdsByCase}
        casePath={toCase}
        columns={[{ heading: 'Due by (4 weeks from enquiry)', cell: overdue }]}
      />
      <Section
        id="assessments-due"
        title="Assessments due in the next 2 weeks"
        empty="No assessments are due in the next 2 weeks."
        items={dashboard.assessmentsDue}
        childIdsByCase={childIdsByCase}
        casePath={toCase}
        columns={[{ heading: 'Due by (4 weeks from enquiry)', cell: due }]}
      />
      <Section
        id="reviews-overdue"
        title="Reviews overdue"
        empty="No reviews are overdue."
        items={dashboard.reviewsOverdue}
        childIdsByCase={childIdsByCase}
        casePath={(item) => `/cases/${item.caseId}/reviews`}
        columns={[{ heading: 'Review due', cell: overdue }]}
      />
      <Section
        id="reviews-due"
        title="Reviews due in the next 2 weeks"
        empty="No reviews are due in the next 2 weeks."
        items={dashboard.reviewsDue}
        childIdsByCase={childIdsByCase}
        casePath={(item) => `/cases/${item.caseId}/reviews`}
        columns={[{ heading: 'Review due', cell: due }]}
      />
      <Section
        id="actions-past-date"
        title="Actions past their date"
        empty="No actions are past their date."
        items={dashboard.actionsPastDate}
        childIdsByCase={childIdsByCase}
        casePath={toCase}
        columns={[
          {
            heading: 'Action',
            cell: (item) => (
              <Link className="govuk-link" to={`/cases/${item.caseId}/plan/actions/${item.actionId}`}>
                {item.what}
              </Link>
            ),
          },
          {
            heading: 'Due by',
            cell: (item) => (
              <>
                {formatDate(item.dueOn)} <Tag colour="red">{`${days(item.daysOverdue)} overdue`}</Tag>
              </>
            ),
          },
        ]}
      />
      <Section
        id="meetings-waiting"
        title="Meetings waiting"
        empty="No Team Around the Child meetings are waiting."
        items={dashboard.meetingsWaiting}
        childIdsByCase={childIdsByCase}
        casePath={toCase}
        columns={[
          {
            heading: 'Waiting for',
            // Straight to where the work is: booking the meeting, or recording the one that was due.
            cell: (item) =>
              item.reason === 'notBooked' || !item.meetingId ? (
                <Link className="govuk-link" to={`/cases/${item.caseId}/plan/meetings/new`}>
                  A first Team Around the Child meeting to be booked
                </Link>
              ) : (
                <Link className="govuk-link" to={`/cases/${item.caseId}/plan/meetings/${item.meetingId}`}>
                  The meeting to be recorded as held or cancelled
                </Link>
              ),
          },
          {
            heading: 'Since',
            cell: (item) => `${formatDate(item.since)} (${days(item.daysWaiting)})`,
          },
        ]}
      />
      <Section
        id="drifting"
        title="Open over 12 months: consider a new episode"
        empty="No cases have been open for more than 12 months."
        items={dashboard.drifting}
        childIdsByCase={childIdsByCase}
        casePath={toCase}
        columns={[
          { heading: 'Date of enquiry', cell: (item) => formatDate(item.enquiryDate) },
          { heading: 'Open for', cell: (item) => days(item.daysOpen) },
        ]}
      />
    </>
  );
}

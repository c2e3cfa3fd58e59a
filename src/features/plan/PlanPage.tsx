import { Link, useParams } from 'react-router';
import type { StoredRecord } from '../../db';
import { ACTION_FLAG_TEXT, actionFlags, isActionIncomplete, needsWithoutActions } from '../../domain/actionPlanRules';
import { formatDate, todayIso } from '../../domain/dateInput';
import { Tag } from '../../ui/Tag';
import { childDisplayName } from '../caseload/childName';
import {
  ACTION_STATUS_TEXT,
  categoryLabel,
  MEETING_STATUS_TEXT,
  NEED_STATUS_TEXT,
  outcomeLabel,
  text,
  TIMESCALE_TEXT,
} from './planLabels';
import { usePlanCase, type PlanCase } from './usePlanCase';
import { usePlanDirectory, type PlanDirectory } from './usePlanDirectory';
import { TableScroll } from '../../ui/TableScroll';
import { TableHead } from '../../ui/TableHead';

/** The Team Around the Child plan: each child's needs with their SMART actions, and the meetings. */
export function PlanPage() {
  const { caseId } = useParams();
  const plan = usePlanCase(caseId);
  const directory = usePlanDirectory();
  if (plan === undefined || directory === undefined) return <p className="govuk-body">Loading…</p>;
  if (plan === null) return <h1 className="govuk-heading-l">Case not found</h1>;
  const base = `/cases/${plan.episode.id}/plan`;
  const incomplete = plan.actions.filter((action) => isActionIncomplete(action.data)).length;
  const gaps = needsWithoutActions({ needs: plan.needs, actions: plan.actions, meetings: plan.meetings }).length;

  return (
    <>
      <Link className="govuk-back-link" to={`/cases/${plan.episode.id}`}>
        Back to the case
      </Link>
      <span className="govuk-caption-l">CAF episode</span>
      <h1 className="govuk-heading-l">Team Around the Child plan</h1>
      {(incomplete > 0 || gaps > 0) && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {[
              incomplete > 0 &&
                (incomplete === 1
                  ? '1 action has no one responsible or no date.'
                  : `${incomplete} actions have no one responsible or no date.`),
              gaps > 0 && (gaps === 1 ? '1 need has no action yet.' : `${gaps} needs have no action yet.`),
            ]
              .filter(Boolean)
              .join(' ')}
          </strong>
        </div>
      )}

      <h2 className="govuk-heading-l">Meetings</h2>
      <Meetings plan={plan} base={base} />

      {plan.children.map((child) => (
        <ChildNeeds key={child.id} plan={plan} child={child} directory={directory} base={base} />
      ))}
    </>
  );
}

function Meetings({ plan, base }: { plan: PlanCase; base: string }) {
  return (
    <>
      {plan.meetings.length === 0 ? (
        <p className="govuk-body">No meetings recorded yet.</p>
      ) : (
        <TableScroll label="TAC meetings">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">TAC meetings</caption>
            <TableHead headings={['Date', 'Status', 'Present']} />
            <tbody className="govuk-table__body">
              {plan.meetings.map((meeting) => {
                const date = formatDate(text(meeting.data, 'date'));
                const present = plan.attendance.filter(
                  (row) => row.data['meetingId'] === meeting.id && row.data['attendance'] === 'present',
                ).length;
                return (
                  <tr className="govuk-table__row" key={meeting.id}>
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={`${base}/meetings/${meeting.id}`}>
                        TAC meeting on {date}
                      </Link>
                    </td>
                    <td className="govuk-table__cell">{MEETING_STATUS_TEXT[text(meeting.data, 'status')]}</td>
                    <td className="govuk-table__cell">{present}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Link className="govuk-button govuk-button--secondary" to={`${base}/meetings/new`}>
        Add a TAC meeting
      </Link>
    </>
  );
}

function ChildNeeds({
  plan,
  child,
  directory,
  base,
}: {
  plan: PlanCase;
  child: StoredRecord;
  directory: PlanDirectory;
  base: string;
}) {
  const name = childDisplayName(child);
  const needs = plan.needs.filter((need) => need.data['childId'] === child.id);
  const today = todayIso();
  return (
    <section aria-labelledby={`needs-${child.id}`}>
      <h2 className="govuk-heading-l" id={`needs-${child.id}`}>
        Needs and actions: {name}
      </h2>
      {needs.length === 0 && <p className="govuk-body">No needs recorded for {name} yet.</p>}
      {needs.map((need) => {
        const actions = plan.actions.filter((action) => action.data['needId'] === need.id);
        const description = text(need.data, 'description');
        const outcome = outcomeLabel(need.data['outcomeTag']);
        return (
          <div className="govuk-summary-card" key={need.id}>
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">{description}</h3>
              <ul className="govuk-summary-card__actions">
                <li className="govuk-summary-card__action">
                  <Link className="govuk-link" to={`${base}/needs/${need.id}`}>
                    Change <span className="govuk-visually-hidden">need: {description}</span>
                  </Link>
                </li>
              </ul>
            </div>
            <div className="govuk-summary-card__content">
              <p className="govuk-body-s">
                {categoryLabel(need.data['category'])}. {TIMESCALE_TEXT[text(need.data, 'timescale')]}.{' '}
                {NEED_STATUS_TEXT[text(need.data, 'status') || 'open']}.{outcome ? ` Outcome: ${outcome}.` : ''}
              </p>
              {actions.length === 0 ? (
                <p className="govuk-body">
                  <Tag colour="yellow">No action yet</Tag>
                </p>
              ) : (
                <TableScroll label={`Actions for ${name}: ${description}`}>
                  <table className="govuk-table">
                    <caption className="govuk-table__caption govuk-visually-hidden">
                      Actions for {name}: {description}
                    </caption>
                    <TableHead headings={['What', 'Who', 'By when', 'Status']} />
                    <tbody className="govuk-table__body">
                      {actions.map((action) => {
                        const flags = actionFlags(action.data, today);
                        const who =
                          text(action.data, 'ownerName') ||
                          directory.practitionerName(action.data['ownerPractitionerId']);
                        const agency = directory.agencyName(action.data['ownerAgencyId']);
                        const what = text(action.data, 'what');
                        return (
                          <tr className="govuk-table__row" key={action.id}>
                            <td className="govuk-table__cell">
                              <Link className="govuk-link" to={`${base}/actions/${action.id}`}>
                                {what}
                              </Link>
                            </td>
                            <td className="govuk-table__cell">
                              {[who, agency].filter(Boolean).join(', ')}
                              {flags.includes('noOwner') && ' '}
                              {flags.includes('noOwner') && <Tag colour="red">{ACTION_FLAG_TEXT.noOwner}</Tag>}
                              {!flags.includes('noOwner') && flags.includes('noAgency') && (
                                <Tag colour="yellow">{ACTION_FLAG_TEXT.noAgency}</Tag>
                              )}
                            </td>
                            <td className="govuk-table__cell">
                              {formatDate(text(action.data, 'dueDate'))}
                              {flags.includes('noDueDate') && <Tag colour="red">{ACTION_FLAG_TEXT.noDueDate}</Tag>}
                              {flags.includes('pastDueDate') && (
                                <>
                                  {' '}
                                  <Tag colour="orange">{ACTION_FLAG_TEXT.pastDueDate}</Tag>
                                </>
                              )}
                            </td>
                            <td className="govuk-table__cell">{ACTION_STATUS_TEXT[text(action.data, 'status')]}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableScroll>
              )}
              <Link className="govuk-link" to={`${base}/actions/new?needId=${need.id}`}>
                Add an action <span className="govuk-visually-hidden">for: {description}</span>
              </Link>
            </div>
          </div>
        );
      })}
      <Link className="govuk-button govuk-button--secondary" to={`${base}/needs/new?childId=${child.id}`}>
        Add a need for {name}
      </Link>
    </section>
  );
}

import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { updateRecord, useCaseRecordsByKind } from '../../db';
import { caseSections } from './caseSections';
import { formatDate } from '../../domain/dateInput';
import type { Episode } from '../../domain/records/episode';
import { assessmentDueDate } from '../../domain/timescales';
import { AutosaveTextarea } from '../../ui/AutosaveTextarea';
import { SummaryList } from '../../ui/SummaryList';
import { TaskList, type Task } from '../../ui/TaskList';
import { childDisplayName } from '../caseload/childName';
import { EpisodeStatusTag } from '../caseload/statusTag';
import { casePeopleRows } from '../team/casePeopleRows';
import { useDirectory } from '../team/directoryNames';
import { NotificationBanner } from '../../ui/NotificationBanner';

/** Sections every case shows, in order, whether or not a feature has filled them in yet. */
const SECTION_TITLES: Record<string, string> = {
  'child-details': "Child's details",
  'pre-assessment': 'Pre-assessment checklist (optional)',
  'level-of-need': 'Level of need',
  consent: 'Consent',
  assessment: 'Assessment',
  'tac-plan': 'Team Around the Child plan',
  reviews: 'Reviews',
  'distance-travelled': 'Distance travelled',
  closure: 'Closure',
};

export function CasePage() {
  const { caseId } = useParams();
  // One reactive read for the whole page: each live query re-reads after every autosave, and reads
  // queued then delay the next keystroke's write.
  const byKind = useCaseRecordsByKind(caseId);
  const directory = useDirectory();
  const episode = byKind === undefined ? undefined : (byKind.episode?.find((record) => record.id === caseId) ?? null);
  const children = byKind && (byKind.child ?? []).slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const conflicts = byKind?.conflict;
  const saveReason = useCallback(
    (value: string) => updateRecord('episode', caseId as string, { reasonForEnquiry: value }),
    [caseId],
  );

  if (episode === undefined || byKind === undefined || children === undefined || directory === undefined)
    return <p className="govuk-body">Loading case…</p>;
  if (episode === null)
    return (
      <>
        <h1 className="govuk-heading-l">Case not found</h1>
        <p className="govuk-body">
          This case is not on this device. It may have been closed to you, or not synced yet.{' '}
          <Link className="govuk-link" to="/">
            Go to My cases
          </Link>
        </p>
      </>
    );

  const data = episode.data as Episode;
  const names = children.map(childDisplayName).join(' and ') || 'Case';
  const openConflicts = (conflicts ?? []).filter((conflict) => conflict.data.status === 'open').length;
  const tasks: Task[] = [
    { id: 'task-enquiry', title: 'Enquiry', status: data.reasonForEnquiry ? 'completed' : 'inProgress' },
    ...Object.entries(SECTION_TITLES).map(([id, title]): Task => {
      const section = caseSections.find((candidate) => candidate.id === id);
      if (!section) return { id: `task-${id}`, title, status: 'cannotStart' };
      return {
        id: `task-${id}`,
        title,
        hint: section.hint,
        href: `/cases/${caseId}/${section.path}`,
        status: section.status(byKind ?? {}),
      };
    }),
  ];

  return (
    <>
      {openConflicts > 0 && (
        <NotificationBanner
          title="Important"
          heading={
            <>
              {openConflicts === 1 ? '1 change conflicts' : `${openConflicts} changes conflict`} with a colleague’s.{' '}
              <Link className="govuk-notification-banner__link" to={`/cases/${caseId}/conflicts`}>
                Choose what to keep
              </Link>
            </>
          }
        />
      )}
      <span className="govuk-caption-l">CAF episode</span>
      <h1 className="govuk-heading-l">{names}</h1>
      <SummaryList
        rows={[
          { key: 'Status', value: <EpisodeStatusTag status={data.status} /> },
          { key: 'Date of enquiry', value: formatDate(data.enquiryDate) },
          { key: 'Assessment due by', value: formatDate(assessmentDueDate(data.enquiryDate)) },
          ...casePeopleRows(
            data,
            directory,
            <Link className="govuk-link" to={`/cases/${caseId}/team`}>
              Change<span className="govuk-visually-hidden"> people on this case</span>
            </Link>,
          ),
          ...children.map((child) => ({
            key: childDisplayName(child),
            value: child.data.unborn
              ? `Unborn, due ${formatDate(child.data.expectedDateOfDelivery as string)}`
              : `Born ${formatDate(child.data.dateOfBirth as string)}`,
          })),
        ]}
      />
      <h2 className="govuk-heading-m">Sections</h2>
      <TaskList tasks={tasks} />
      <h2 className="govuk-heading-m" id="enquiry">
        Enquiry
      </h2>
      <AutosaveTextarea
        id="reasonForEnquiry"
        label="Reason for enquiry"
        hint="Who raised the concern and why. This saves on the device as you type."
        stored={data.reasonForEnquiry ?? ''}
        save={saveReason}
        rows={8}
      />
    </>
  );
}

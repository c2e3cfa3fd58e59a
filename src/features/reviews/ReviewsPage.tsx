import { CaseNotFound } from '../../ui/CaseNotFound';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { updateRecord, useCaseRecords, useRecord, type StoredRecord } from '../../db';
import { dueState, nextReviewDueOn, reviewIntervalFor, type DueState } from '../../domain/caseTimescales';
import { formatDate, todayIso } from '../../domain/dateInput';
import type { Episode } from '../../domain/records/episode';
import type { Review } from '../../domain/records/review';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { SummaryList } from '../../ui/SummaryList';
import { Tag, type TagColour } from '../../ui/Tag';
import { useDirectory } from '../team/directoryNames';

const STATE_TAG: Record<DueState, { text: string; colour: TagColour }> = {
  overdue: { text: 'Overdue', colour: 'red' },
  dueToday: { text: 'Due today', colour: 'orange' },
  dueSoon: { text: 'Due soon', colour: 'yellow' },
  notDueYet: { text: 'Not due yet', colour: 'grey' },
};

const ACTION_STATUS_TEXT: Record<string, string> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  achieved: 'Achieved',
  notAchieved: 'Not achieved',
};

export const INTERVAL_CHOICES = [3, 4, 5, 6];

export function ReviewsPage() {
  const { caseId } = useParams();
  const episode = useRecord('episode', caseId);
  const reviews = useCaseRecords(caseId, 'review');
  const meetings = useCaseRecords(caseId, 'tacMeeting');
  const actions = useCaseRecords(caseId, 'action');
  const directory = useDirectory();
  if (
    episode === undefined ||
    reviews === undefined ||
    meetings === undefined ||
    actions === undefined ||
    directory === undefined
  )
    return <p className="govuk-body">Loading reviews…</p>;
  if (episode === null) return <CaseNotFound />;
  const data = episode.data as Episode;
  const interval = reviewIntervalFor(data.reviewIntervalMonths);
  const held = reviews.filter((review) => review.data.status === 'held');
  const dueOn =
    data.status === 'closed'
      ? undefined
      : nextReviewDueOn({
          intervalMonths: interval,
          heldMeetingDates: meetings
            .filter((meeting) => meeting.data.status === 'held')
            .map((meeting) => String(meeting.data.date)),
          heldReviews: held.map((review) => review.data as Review),
        });
  const state = dueOn ? dueState(dueOn, todayIso()) : undefined;
  const actionWhat = new Map(actions.map((action) => [action.id, String(action.data.what)]));
  const sorted = [...reviews].sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${episode.id}`}>
          Back to the case
        </Link>
        <span className="govuk-caption-l">CAF episode</span>
        <h1 className="govuk-heading-l">Reviews</h1>
        <SummaryList
          rows={[
            {
              key: 'Next review due',
              value: dueOn ? (
                <>
                  {formatDate(dueOn)} {state && <Tag colour={STATE_TAG[state].colour}>{STATE_TAG[state].text}</Tag>}
                </>
              ) : data.status === 'closed' ? (
                'The CAF is closed'
              ) : (
                'Not until the first Team Around the Child meeting is held'
              ),
            },
            { key: 'Review every', value: `${interval} months` },
          ]}
        />
        {data.status !== 'closed' && (
          <Link className="govuk-button" to={`/cases/${episode.id}/reviews/new`}>
            Record a review
          </Link>
        )}
        {data.status !== 'closed' && <IntervalForm key={interval} episodeId={episode.id} interval={interval} />}
        <h2 className="govuk-heading-m">Reviews held and booked</h2>
        {sorted.length === 0 && <p className="govuk-body">No reviews yet.</p>}
        {sorted.map((review) => (
          <ReviewDetails
            key={review.id}
            review={review}
            actionWhat={actionWhat}
            practitionerLabel={directory.practitionerLabel}
            agencyName={directory.agencyName}
          />
        ))}
      </div>
    </div>
  );
}

function IntervalForm({ episodeId, interval }: { episodeId: string; interval: number }) {
  const [value, setValue] = useState(String(interval));
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saved, setSaved] = useState(false);
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await updateRecord('episode', episodeId, { reviewIntervalMonths: Number(value) });
      setErrors([]);
      setSaved(true);
    } catch {
      setErrors([{ href: 'reviewIntervalMonths', message: 'The review interval could not be saved. Try again.' }]);
    }
  }
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Change how often this case is reviewed</span>
      </summary>
      <div className="govuk-details__text">
        <ErrorSummary errors={errors} />
        <form onSubmit={submit} noValidate>
          <RadioGroup
            id="reviewIntervalMonths"
            legend="Review every"
            legendClass="govuk-fieldset__legend--s"
            hint="At least every 3 months is usual. Calderdale allows up to 6."
            small
            options={INTERVAL_CHOICES.map((months) => ({ value: String(months), label: `${months} months` }))}
            value={value}
            onChange={setValue}
            error={errors[0]?.message}
          />
          <button type="submit" className="govuk-button govuk-button--secondary">
            Save review interval
          </button>
          {saved && (
            <p className="govuk-body" role="status">
              Review interval saved on this device.
            </p>
          )}
        </form>
      </div>
    </details>
  );
}

function ReviewDetails({
  review,
  actionWhat,
  practitionerLabel,
  agencyName,
}: {
  review: StoredRecord;
  actionWhat: Map<string, string>;
  practitionerLabel: (id: string | undefined) => string;
  agencyName: (id: string | undefined) => string;
}) {
  const data = review.data as Review;
  const rows = [
    { key: 'Status', value: data.status === 'held' ? 'Held' : 'Booked' },
    ...(data.chairId ? [{ key: 'Chaired by', value: practitionerLabel(data.chairId) }] : []),
    ...(data.actionProgress && data.actionProgress.length > 0
      ? [
          {
            key: 'Progress on actions',
            value: (
              <ul className="govuk-list">
                {data.actionProgress.map((progress) => (
                  <li key={progress.actionId}>
                    {actionWhat.get(progress.actionId) ?? 'An action no longer in the plan'}:{' '}
                    {progress.status ? ACTION_STATUS_TEXT[progress.status] : 'No status'}
                    {progress.summary ? `. ${progress.summary}` : ''}
                  </li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
    ...(data.actionsNotAchieved ? [{ key: 'Actions not achieved', value: data.actionsNotAchieved }] : []),
    ...(data.newConcerns ? [{ key: 'New concerns', value: data.newConcerns }] : []),
    ...(data.agenciesToAdd && data.agenciesToAdd.length > 0
      ? [{ key: 'Agencies to add', value: data.agenciesToAdd.map((id) => agencyName(id)).join(', ') }]
      : []),
    ...(data.newLeadProfessionalId
      ? [
          {
            key: 'New lead professional',
            value: `${practitionerLabel(data.newLeadProfessionalId)}. ${data.leadProfessionalChangeReason ?? ''}`,
          },
        ]
      : []),
    ...(data.nextReviewDate ? [{ key: 'Next review', value: formatDate(data.nextReviewDate) }] : []),
  ];
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {data.status === 'held' ? 'Review held' : 'Review booked'} on {formatDate(data.date)}
        </span>
      </summary>
      <div className="govuk-details__text">
        <SummaryList rows={rows} />
      </div>
    </details>
  );
}

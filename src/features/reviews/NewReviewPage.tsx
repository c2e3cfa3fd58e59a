import { CaseNotFound } from '../../ui/CaseNotFound';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { applyWrites, StorageFullError, useCaseRecords, useRecord, useSession, ValidationError } from '../../db';
import { reviewIntervalFor } from '../../domain/caseTimescales';
import { datePartsFromIso, parseDateParts, todayIso, type DateParts } from '../../domain/dateInput';
import type { Episode } from '../../domain/records/episode';
import type { Action } from '../../domain/records/plan';
import { Checkbox } from '../../ui/Checkbox';
import { DateInput } from '../../ui/DateInput';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { Textarea } from '../../ui/Textarea';
import { useDirectory, type Directory } from '../team/directoryNames';
import { buildReview, defaultNextReview, NO_CHANGE, type ReviewForm } from './reviewForm';

const ACTION_STATUS_OPTIONS = [
  { value: 'notStarted', label: 'Not started' },
  { value: 'inProgress', label: 'In progress' },
  { value: 'achieved', label: 'Achieved' },
  { value: 'notAchieved', label: 'Not achieved' },
];

export function NewReviewPage() {
  const { caseId } = useParams();
  const episode = useRecord('episode', caseId);
  const actions = useCaseRecords(caseId, 'action');
  const directory = useDirectory();
  if (episode === undefined || actions === undefined || directory === undefined)
    return <p className="govuk-body">Loading…</p>;
  if (episode === null) return <CaseNotFound />;
  const sortedActions = [...actions]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((action) => ({ id: action.id, data: action.data as Action }));
  return (
    <ReviewFormView
      episodeId={episode.id}
      episode={episode.data as Episode}
      actions={sortedActions}
      directory={directory}
    />
  );
}

function ReviewFormView({
  episodeId,
  episode,
  actions,
  directory,
}: {
  episodeId: string;
  episode: Episode;
  actions: { id: string; data: Action }[];
  directory: Directory;
}) {
  const session = useSession();
  const navigate = useNavigate();
  const interval = reviewIntervalFor(episode.reviewIntervalMonths);
  const today = todayIso();
  const [form, setForm] = useState<ReviewForm>(() => ({
    date: datePartsFromIso(today),
    progress: Object.fromEntries(actions.map((action) => [action.id, { status: action.data.status, summary: '' }])),
    actionsNotAchieved: '',
    newConcerns: '',
    agenciesToAdd: [],
    newLeadProfessionalId: NO_CHANGE,
    leadProfessionalChangeReason: '',
    nextReviewDate: datePartsFromIso(defaultNextReview(today, interval)),
  }));
  const [nextTouched, setNextTouched] = useState(false);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saving, setSaving] = useState(false);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;
  const set =
    <K extends keyof ReviewForm>(key: K) =>
    (value: ReviewForm[K]) =>
      setForm((current) => ({ ...current, [key]: value }));

  function changeDate(value: DateParts) {
    setForm((current) => {
      const parsed = parseDateParts(value, 'Date of the review');
      // Until the practitioner picks their own next date, it follows the review date by the interval.
      const next =
        !nextTouched && parsed.ok && parsed.value
          ? datePartsFromIso(defaultNextReview(parsed.value, interval))
          : current.nextReviewDate;
      return { ...current, date: value, nextReviewDate: next };
    });
  }

  const setProgress = (actionId: string, field: 'status' | 'summary') => (value: string) =>
    setForm((current) => {
      const existing = current.progress[actionId] ?? { status: '', summary: '' };
      return { ...current, progress: { ...current.progress, [actionId]: { ...existing, [field]: value } } };
    });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!session) return;
    const result = buildReview(form, {
      episodeId,
      episodeStatus: episode.status,
      tacMemberIds: episode.tacMemberIds,
      leadProfessionalId: episode.leadProfessionalId,
      actions,
      recordedBy: session.practitioner.id,
      today: todayIso(),
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    try {
      await applyWrites(result.operations);
      navigate(`/cases/${episodeId}/reviews`);
    } catch (error) {
      if (error instanceof ValidationError)
        setErrors(error.issues.map((issue) => ({ href: issue.field || 'date', message: issue.message })));
      else if (error instanceof StorageFullError) setErrors([{ href: 'date', message: error.message }]);
      else setErrors([{ href: 'date', message: 'The review could not be saved on this device. Try again.' }]);
      setSaving(false);
    }
  }

  const leadOptions = [
    {
      value: NO_CHANGE,
      label: episode.leadProfessionalId
        ? `No change (${directory.practitionerLabel(episode.leadProfessionalId)})`
        : 'No change (no lead professional yet)',
    },
    ...directory.practitioners
      .filter((practitioner) => practitioner.id !== episode.leadProfessionalId)
      .map((practitioner) => ({ value: practitioner.id, label: `${practitioner.name}, ${practitioner.agencyName}` })),
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${episodeId}/reviews`}>
          Back to reviews
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">CAF episode</span>
        <h1 className="govuk-heading-l">Record a review</h1>
        <form onSubmit={submit} noValidate>
          <DateInput
            id="date"
            legend="Date of the review"
            legendClass="govuk-fieldset__legend--m"
            hint="For example, 27 3 2026"
            value={form.date}
            onChange={changeDate}
            error={errorFor('date')}
          />
          <h2 className="govuk-heading-m">Progress on each action</h2>
          {actions.length === 0 && <p className="govuk-body">There are no actions in the plan yet.</p>}
          {actions.map((action) => (
            <div key={action.id} className="govuk-!-margin-bottom-6">
              <RadioGroup
                id={`progress-${action.id}`}
                legend={`Status: ${action.data.what}`}
                legendClass="govuk-fieldset__legend--s"
                small
                options={ACTION_STATUS_OPTIONS}
                value={form.progress[action.id]?.status ?? ''}
                onChange={setProgress(action.id, 'status')}
              />
              <Textarea
                id={`progress-${action.id}-summary`}
                label={`Progress on “${action.data.what}” (optional)`}
                value={form.progress[action.id]?.summary ?? ''}
                onChange={setProgress(action.id, 'summary')}
                rows={2}
              />
            </div>
          ))}
          <Textarea
            id="actionsNotAchieved"
            label="Actions not achieved, and why"
            labelClass="govuk-label--m"
            value={form.actionsNotAchieved}
            onChange={set('actionsNotAchieved')}
            error={errorFor('actionsNotAchieved')}
            rows={4}
          />
          <Textarea
            id="newConcerns"
            label="New concerns"
            labelClass="govuk-label--m"
            hint="Anything that has come up since the last meeting. Add new needs to the plan."
            value={form.newConcerns}
            onChange={set('newConcerns')}
            error={errorFor('newConcerns')}
            rows={4}
          />
          {directory.agencies.length > 0 && (
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Agencies to add</legend>
                <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                  {directory.agencies.map((agency, index) => (
                    <Checkbox
                      key={agency.id}
                      id={index === 0 ? 'agenciesToAdd' : `agenciesToAdd-${index + 1}`}
                      label={agency.name}
                      checked={form.agenciesToAdd.includes(agency.id)}
                      onChange={(checked) =>
                        set('agenciesToAdd')(
                          checked
                            ? [...form.agenciesToAdd, agency.id]
                            : form.agenciesToAdd.filter((id) => id !== agency.id),
                        )
                      }
                    />
                  ))}
                </div>
              </fieldset>
            </div>
          )}
          <RadioGroup
            id="newLeadProfessionalId"
            legend="Change of lead professional"
            small
            options={leadOptions}
            value={form.newLeadProfessionalId}
            onChange={set('newLeadProfessionalId')}
            error={errorFor('newLeadProfessionalId')}
          />
          {form.newLeadProfessionalId !== NO_CHANGE && (
            <Textarea
              id="leadProfessionalChangeReason"
              label="Reason for changing the lead professional"
              value={form.leadProfessionalChangeReason}
              onChange={set('leadProfessionalChangeReason')}
              error={errorFor('leadProfessionalChangeReason')}
              rows={3}
            />
          )}
          <DateInput
            id="nextReviewDate"
            legend="Next review date"
            legendClass="govuk-fieldset__legend--m"
            hint={`Usually ${interval} months after this review.`}
            value={form.nextReviewDate}
            onChange={(value) => {
              setNextTouched(true);
              set('nextReviewDate')(value);
            }}
            error={errorFor('nextReviewDate')}
          />
          <button type="submit" className="govuk-button" disabled={saving}>
            Save review
          </button>
        </form>
      </div>
    </div>
  );
}

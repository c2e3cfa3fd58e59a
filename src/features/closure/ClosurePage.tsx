import { CaseNotFound } from '../../ui/CaseNotFound';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { applyWrites, StorageFullError, useCaseRecords, useRecord, useSession, ValidationError } from '../../db';
import { decideClosure } from '../../domain/closureRules';
import { CLOSURE_REASONS, STEP_UP_DESTINATIONS } from '../../domain/config/closureReasons';
import { datePartsFromIso, formatDate, parseDateParts, todayIso, type DateParts } from '../../domain/dateInput';
import type { Closure } from '../../domain/records/closure';
import type { Episode } from '../../domain/records/episode';
import { DateInput } from '../../ui/DateInput';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { SummaryList } from '../../ui/SummaryList';
import { Textarea } from '../../ui/Textarea';
import { useDirectory } from '../team/directoryNames';
import { closureWrites } from './closureWrites';

export function ClosurePage() {
  const { caseId } = useParams();
  const episode = useRecord('episode', caseId);
  const closures = useCaseRecords(caseId, 'closure');
  const directory = useDirectory();
  if (episode === undefined || closures === undefined || directory === undefined)
    return <p className="govuk-body">Loading…</p>;
  if (episode === null) return <CaseNotFound />;
  const data = episode.data as Episode;
  const closure = closures[0]?.data as Closure | undefined;

  if (data.status === 'closed')
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Link className="govuk-back-link" to={`/cases/${episode.id}`}>
            Back to the case
          </Link>
          <div className="govuk-panel govuk-panel--confirmation">
            <h1 className="govuk-panel__title">CAF closed</h1>
            <div className="govuk-panel__body">Closed on {formatDate(data.closedDate ?? closure?.closedDate)}</div>
          </div>
          {closure && (
            <SummaryList
              rows={[
                { key: 'Reason', value: CLOSURE_REASONS.find((reason) => reason.id === closure.reason)?.label ?? '' },
                ...(closure.steppedUpTo
                  ? [
                      {
                        key: 'Stepped up to',
                        value: STEP_UP_DESTINATIONS.find((place) => place.id === closure.steppedUpTo)?.label ?? '',
                      },
                    ]
                  : []),
                {
                  key: 'Closing summary',
                  value: (
                    <p className="govuk-body" style={{ whiteSpace: 'pre-wrap' }}>
                      {closure.summary}
                    </p>
                  ),
                },
                { key: 'Closed by', value: directory.practitionerLabel(closure.closedBy) },
              ]}
            />
          )}
        </div>
      </div>
    );

  return <ClosureForm episodeId={episode.id} episode={data} />;
}

interface ClosureFormState {
  reason: string;
  steppedUpTo: string;
  summary: string;
  closedDate: DateParts;
}

function ClosureForm({ episodeId, episode }: { episodeId: string; episode: Episode }) {
  const session = useSession();
  const [form, setForm] = useState<ClosureFormState>({
    reason: '',
    steppedUpTo: '',
    summary: '',
    closedDate: datePartsFromIso(todayIso()),
  });
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saving, setSaving] = useState(false);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;
  const set =
    <K extends keyof ClosureFormState>(key: K) =>
    (value: ClosureFormState[K]) =>
      setForm((current) => ({ ...current, [key]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!session) return;
    const decision = decideClosure(
      {
        reason: form.reason,
        steppedUpTo: form.steppedUpTo,
        summary: form.summary,
        closedDate: parseDateParts(form.closedDate, 'Date closed'),
      },
      {
        episodeStatus: episode.status,
        enquiryDate: episode.enquiryDate,
        closedBy: session.practitioner.id,
        today: todayIso(),
      },
    );
    if (!decision.ok) {
      setErrors(decision.issues.map((issue) => ({ href: issue.field, message: issue.message })));
      return;
    }
    setSaving(true);
    try {
      await applyWrites(closureWrites(episodeId, decision));
    } catch (error) {
      if (error instanceof ValidationError)
        setErrors(error.issues.map((issue) => ({ href: issue.field || 'reason', message: issue.message })));
      else if (error instanceof StorageFullError) setErrors([{ href: 'reason', message: error.message }]);
      else setErrors([{ href: 'reason', message: 'The CAF could not be closed on this device. Try again.' }]);
      setSaving(false);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${episodeId}`}>
          Back to the case
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">CAF episode</span>
        <h1 className="govuk-heading-l">Close this CAF</h1>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Closing ends the plan for everyone on the case. Tell the family and the Team Around the Child first.
          </strong>
        </div>
        <form onSubmit={submit} noValidate>
          <RadioGroup
            id="reason"
            legend="Reason for closing"
            options={CLOSURE_REASONS.map((reason) => ({ value: reason.id, label: reason.label }))}
            value={form.reason}
            onChange={set('reason')}
            error={errorFor('reason')}
          />
          {form.reason === 'steppedUp' && (
            <div className="govuk-inset-text">
              <RadioGroup
                id="steppedUpTo"
                legend="Stepped up to"
                legendClass="govuk-fieldset__legend--s"
                small
                options={STEP_UP_DESTINATIONS.map((place) => ({ value: place.id, label: place.label }))}
                value={form.steppedUpTo}
                onChange={set('steppedUpTo')}
                error={errorFor('steppedUpTo')}
              />
            </div>
          )}
          <Textarea
            id="summary"
            label="Closing summary"
            labelClass="govuk-label--m"
            hint="What has changed for the child and family, which needs were met, and what the family said."
            value={form.summary}
            onChange={set('summary')}
            error={errorFor('summary')}
            rows={8}
          />
          <DateInput
            id="closedDate"
            legend="Date closed"
            hint="For example, 27 3 2026"
            value={form.closedDate}
            onChange={set('closedDate')}
            error={errorFor('closedDate')}
          />
          <button type="submit" className="govuk-button" disabled={saving}>
            Close CAF
          </button>
        </form>
      </div>
    </div>
  );
}

import { CaseNotFound } from '../../ui/CaseNotFound';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  applyWrites,
  StorageFullError,
  useCaseRecords,
  useRecord,
  useSession,
  ValidationError,
  type StoredRecord,
} from '../../db';
import { formatDate } from '../../domain/dateInput';
import { PRE_ASSESSMENT_QUESTIONS, type PreAssessmentQuestionId } from '../../domain/records/preAssessment';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { Textarea } from '../../ui/Textarea';
import { SafeguardingInterrupt } from '../levelOfNeed/SafeguardingInterrupt';
import {
  buildPreAssessment,
  OUTCOME_OPTIONS,
  preAssessmentStepUpAudit,
  suggestedOutcome,
  type PreAssessmentForm,
} from './preAssessmentForm';

export function PreAssessmentPage() {
  const { caseId } = useParams();
  const episode = useRecord('episode', caseId);
  const records = useCaseRecords(caseId, 'preAssessment');
  if (episode === undefined || records === undefined) return <p className="govuk-body">Loading pre-assessment…</p>;
  if (episode === null) return <CaseNotFound />;
  // One checklist per episode; if two devices each started one offline, the earliest is the one kept up to date.
  const existing = [...records].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  return <PreAssessmentChecklist key={existing?.id ?? 'new'} episodeId={episode.id} existing={existing} />;
}

function PreAssessmentChecklist({ episodeId, existing }: { episodeId: string; existing: StoredRecord | undefined }) {
  const session = useSession();
  const navigate = useNavigate();
  const [form, setForm] = useState<PreAssessmentForm>(() => ({
    ticked: PRE_ASSESSMENT_QUESTIONS.filter((question) => existing?.data[question.id] === true).map((q) => q.id),
    outcome: typeof existing?.data.outcome === 'string' ? existing.data.outcome : '',
    notes: typeof existing?.data.notes === 'string' ? existing.data.notes : '',
  }));
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [pendingInterrupt, setPendingInterrupt] = useState<(() => Promise<void>) | null>(null);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;
  const suggestion = suggestedOutcome(form.ticked);

  const toggle = (id: PreAssessmentQuestionId) => (checked: boolean) =>
    setForm((current) => ({
      ...current,
      ticked: checked ? [...current.ticked, id] : current.ticked.filter((question) => question !== id),
    }));

  function reportFailure(error: unknown) {
    if (error instanceof ValidationError)
      setErrors(error.issues.map((issue) => ({ href: issue.field || 'outcome', message: issue.message })));
    else if (error instanceof StorageFullError) setErrors([{ href: 'outcome', message: error.message }]);
    else setErrors([{ href: 'outcome', message: 'The checklist could not be saved on this device. Try again.' }]);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!session) return;
    const now = new Date().toISOString();
    const result = buildPreAssessment(form, {
      episodeId,
      existingId: existing?.id,
      completedBy: session.practitioner.id,
      now,
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    if (result.signalsSafeguarding) {
      setPendingInterrupt(() => async () => {
        await applyWrites([
          ...result.operations,
          preAssessmentStepUpAudit(episodeId, result.recordId, new Date().toISOString()),
        ]);
        navigate(`/cases/${episodeId}`);
      });
      return;
    }
    try {
      await applyWrites(result.operations);
      navigate(`/cases/${episodeId}`);
    } catch (error) {
      reportFailure(error);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {pendingInterrupt && (
          <SafeguardingInterrupt
            trigger="You ticked that the child may be at risk of significant harm"
            askForDetails={false}
            onAcknowledge={pendingInterrupt}
          />
        )}
        <Link className="govuk-back-link" to={`/cases/${episodeId}`}>
          Back to the case
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">CAF episode</span>
        <h1 className="govuk-heading-l">Pre-assessment checklist</h1>
        <p className="govuk-body">
          This checklist is optional. It helps decide whether the needs are more than one agency can meet.
        </p>
        {typeof existing?.data.completedAt === 'string' && (
          <div className="govuk-inset-text">Completed on {formatDate(existing.data.completedAt.slice(0, 10))}.</div>
        )}
        <form onSubmit={submit} noValidate>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset" aria-describedby="questions-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                Which of these apply to the child and family?
              </legend>
              <div id="questions-hint" className="govuk-hint">
                Select all that apply.
              </div>
              <div className="govuk-checkboxes" data-module="govuk-checkboxes">
                {PRE_ASSESSMENT_QUESTIONS.map((question) => (
                  <Checkbox
                    key={question.id}
                    id={question.id}
                    label={question.text}
                    checked={form.ticked.includes(question.id)}
                    onChange={toggle(question.id)}
                  />
                ))}
              </div>
            </fieldset>
          </div>
          {suggestion && (
            <div className="govuk-inset-text" aria-live="polite">
              Suggested outcome from your answers:{' '}
              {OUTCOME_OPTIONS.find((option) => option.value === suggestion)?.label}
            </div>
          )}
          <RadioGroup
            id="outcome"
            legend="Outcome of the pre-assessment"
            options={OUTCOME_OPTIONS}
            value={form.outcome}
            onChange={(value) => setForm((current) => ({ ...current, outcome: value }))}
            error={errorFor('outcome')}
          />
          <Textarea
            id="notes"
            label="Notes (optional)"
            hint="For example, which agency will meet the needs, or what the family said."
            value={form.notes}
            onChange={(value) => setForm((current) => ({ ...current, notes: value }))}
            error={errorFor('notes')}
            rows={4}
          />
          <button type="submit" className="govuk-button">
            Save pre-assessment
          </button>
        </form>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { applyWrites, StorageFullError, useRecord, ValidationError } from '../../db';
import { EMPTY_DATE, todayIso } from '../../domain/dateInput';
import { ChildIdentityFields } from '../../ui/ChildIdentityFields';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { buildAddChild, type AddChildForm } from './addChildForm';

/** "Add another child": a brother or sister joins this episode, sharing its family section. */
export function AddChildPage() {
  const { caseId } = useParams();
  const episode = useRecord('episode', caseId);
  const navigate = useNavigate();
  const [form, setForm] = useState<AddChildForm>({
    firstName: '',
    lastName: '',
    unborn: false,
    dateOfBirth: EMPTY_DATE,
    expectedDateOfDelivery: EMPTY_DATE,
  });
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof AddChildForm>(key: K) =>
    (value: AddChildForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;
  if (episode === undefined) return <p className="govuk-body">Loading…</p>;
  if (episode === null) return <h1 className="govuk-heading-l">Case not found</h1>;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!episode) return;
    const result = buildAddChild(form, episode, todayIso());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    try {
      await applyWrites(result.operations);
      navigate(`/cases/${caseId}/children/${result.childId}`);
    } catch (error) {
      if (error instanceof ValidationError)
        setErrors(error.issues.map((issue) => ({ href: issue.field || 'lastName', message: issue.message })));
      else if (error instanceof StorageFullError) setErrors([{ href: 'lastName', message: error.message }]);
      else setErrors([{ href: 'lastName', message: 'The child could not be saved on this device. Try again.' }]);
      setSaving(false);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${caseId}/children`}>
          Back to children and family
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Family CAF</span>
        <h1 className="govuk-heading-l">Add another child</h1>
        <p className="govuk-body">
          The child joins this CAF. The family section and the parents’ details already recorded are shared with them.
        </p>
        <form onSubmit={submit} noValidate>
          <ChildIdentityFields answers={form} set={set} errorFor={errorFor} />
          <button type="submit" className="govuk-button" disabled={saving}>
            Add child
          </button>
        </form>
      </div>
    </div>
  );
}

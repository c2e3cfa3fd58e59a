import { useState } from 'react';
import { useNavigate } from 'react-router';
import { applyWrites, useSession, ValidationError, StorageFullError } from '../../db';
import { datePartsFromIso, EMPTY_DATE, todayIso } from '../../domain/dateInput';
import { DateInput } from '../../ui/DateInput';
import { ChildIdentityFields } from '../../ui/ChildIdentityFields';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { Textarea } from '../../ui/Textarea';
import { buildNewCase, type NewCaseForm } from './newCaseForm';

export function NewCasePage() {
  const session = useSession();
  const navigate = useNavigate();
  const [form, setForm] = useState<NewCaseForm>({
    firstName: '',
    lastName: '',
    unborn: false,
    dateOfBirth: EMPTY_DATE,
    expectedDateOfDelivery: EMPTY_DATE,
    enquiryDate: datePartsFromIso(todayIso()),
    reasonForEnquiry: '',
  });
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof NewCaseForm>(key: K) =>
    (value: NewCaseForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!session) return;
    const result = buildNewCase(form, session.practitioner.id, todayIso());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    try {
      await applyWrites(result.operations);
      navigate(`/cases/${result.caseId}`);
    } catch (error) {
      if (error instanceof ValidationError)
        setErrors(error.issues.map((issue) => ({ href: issue.field, message: issue.message })));
      else if (error instanceof StorageFullError) setErrors([{ href: 'lastName', message: error.message }]);
      else setErrors([{ href: 'lastName', message: 'The case could not be saved on this device. Try again.' }]);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Enquiry</span>
        <h1 className="govuk-heading-l">Start a new case</h1>
        <p className="govuk-body">
          Starting a case records the enquiry. The assessment should be completed within 4 weeks of the date of enquiry.
        </p>
        <form onSubmit={submit} noValidate>
          <h2 className="govuk-heading-m">The child or young person</h2>
          <ChildIdentityFields answers={form} set={set} errorFor={errorFor} />
          <h2 className="govuk-heading-m">The enquiry</h2>
          <DateInput
            id="enquiryDate"
            legend="Date of enquiry"
            hint="The day the concern was raised"
            value={form.enquiryDate}
            onChange={set('enquiryDate')}
            error={errorFor('enquiryDate')}
          />
          <Textarea
            id="reasonForEnquiry"
            label="Reason for enquiry"
            hint="What worries you or the family, in a few sentences. You can add more later."
            value={form.reasonForEnquiry}
            onChange={set('reasonForEnquiry')}
            error={errorFor('reasonForEnquiry')}
          />
          <button type="submit" className="govuk-button" disabled={saving}>
            Create case
          </button>
        </form>
      </div>
    </div>
  );
}

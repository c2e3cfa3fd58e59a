import { useState } from 'react';
import { useNavigate } from 'react-router';
import { StorageFullError, updateRecord, ValidationError, type StoredRecord } from '../../db';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { TextInput } from '../../ui/TextInput';
import { AssessmentFrame } from './AssessmentFrame';
import {
  buildServices,
  emptyOtherService,
  servicesFormFrom,
  UNIVERSAL_SERVICES,
  type ContactForm,
  type ServicesForm,
} from './servicesForm';

/** Universal services (school, GP, health visitor or school nurse) and any other services involved. */
export function ServicesPage() {
  return (
    <AssessmentFrame title="Universal and other services">
      {({ assessment, episode, child }) => (
        <ServicesFormView
          key={assessment.id}
          assessment={assessment}
          next={`/cases/${episode.id}/assessment/${child.id}/development`}
        />
      )}
    </AssessmentFrame>
  );
}

function ServicesFormView({ assessment, next }: { assessment: StoredRecord; next: string }) {
  const navigate = useNavigate();
  const [form, setForm] = useState<ServicesForm>(() => servicesFormFrom(assessment.data));
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saving, setSaving] = useState(false);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = buildServices(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    try {
      await updateRecord('assessment', assessment.id, result.fields);
      navigate(next);
    } catch (error) {
      const message =
        error instanceof ValidationError
          ? (error.issues[0]?.message ?? error.message)
          : error instanceof StorageFullError
            ? error.message
            : 'The services could not be saved on this device. Try again.';
      setErrors([{ href: 'universalSchool-name', message }]);
      setSaving(false);
    }
  }

  // Labels repeat in each fieldset; the legend names the service, as GOV.UK address fields do.
  const contactFields = (
    prefix: string,
    contact: ContactForm,
    onChange: (next: ContactForm) => void,
    organisationLabel: string,
  ) => (
    <>
      <TextInput
        id={`${prefix}-name`}
        label="Name of the contact"
        value={contact.name}
        onChange={(name) => onChange({ ...contact, name })}
        error={errorFor(`${prefix}-name`)}
        autoComplete="off"
      />
      <TextInput
        id={`${prefix}-organisation`}
        label={organisationLabel}
        value={contact.organisation}
        onChange={(organisation) => onChange({ ...contact, organisation })}
        error={errorFor(`${prefix}-organisation`)}
      />
      <TextInput
        id={`${prefix}-phone`}
        label="Phone number"
        type="tel"
        widthClass="govuk-input--width-20"
        value={contact.phone}
        onChange={(phone) => onChange({ ...contact, phone })}
        error={errorFor(`${prefix}-phone`)}
      />
    </>
  );

  return (
    <>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <p className="govuk-body">Leave a service blank if the child does not have one.</p>
        {UNIVERSAL_SERVICES.map(({ field, title }) => (
          <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={field}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{title}</legend>
            {contactFields(
              field,
              form.universal[field],
              (contact) => setForm((f) => ({ ...f, universal: { ...f.universal, [field]: contact } })),
              field === 'universalGp'
                ? 'Surgery'
                : field === 'universalSchool'
                  ? 'School or setting'
                  : 'Team or organisation',
            )}
          </fieldset>
        ))}
        <h2 className="govuk-heading-m">Other services</h2>
        {form.others.length === 0 && <p className="govuk-body">No other services added.</p>}
        {form.others.map((row, index) => {
          const update = (next: Partial<typeof row>) =>
            setForm((f) => ({ ...f, others: f.others.map((r, i) => (i === index ? { ...r, ...next } : r)) }));
          return (
            <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={index}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Other service {index + 1}</legend>
              <TextInput
                id={`otherServices-${index}-service`}
                label="Service"
                hint="For example, speech and language therapy, food bank, young carers"
                value={row.service}
                onChange={(service) => update({ service })}
                error={errorFor(`otherServices-${index}-service`)}
              />
              {contactFields(`otherServices-${index}`, row, (contact) => update(contact), 'Organisation')}
              <button
                type="button"
                className="govuk-button govuk-button--warning"
                onClick={() => setForm((f) => ({ ...f, others: f.others.filter((_, i) => i !== index) }))}
              >
                Remove other service {index + 1}
              </button>
            </fieldset>
          );
        })}
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => setForm((f) => ({ ...f, others: [...f.others, emptyOtherService()] }))}
          >
            Add another service
          </button>
        </div>
        <button type="submit" className="govuk-button" disabled={saving}>
          Save and continue
        </button>
      </form>
    </>
  );
}

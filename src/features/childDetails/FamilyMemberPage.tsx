import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { applyWrites, StorageFullError, useCaseRecordsByKind, useRecord, ValidationError } from '../../db';
import { datePartsFromIso, todayIso } from '../../domain/dateInput';
import type { StoredRecord } from '../../db';
import { DateInput } from '../../ui/DateInput';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextInput } from '../../ui/TextInput';
import { Textarea } from '../../ui/Textarea';
import { buildFamilyMember, PARENTAL_RESPONSIBILITY_TEXT, type FamilyMemberForm } from './familyMemberForm';

function formFrom(member: StoredRecord | undefined): FamilyMemberForm {
  const data = member?.data ?? {};
  return {
    name: (data['name'] as string | undefined) ?? '',
    relationship: (data['relationship'] as string | undefined) ?? '',
    parentalResponsibility: (data['parentalResponsibility'] as string | undefined) ?? '',
    livesWithChild: data['livesWithChild'] === undefined ? '' : data['livesWithChild'] ? 'yes' : 'no',
    dateOfBirth: datePartsFromIso(data['dateOfBirth'] as string | undefined),
    phone: (data['phone'] as string | undefined) ?? '',
    address: (data['address'] as string | undefined) ?? '',
  };
}

/** Add or change a parent, carer or household member, with parental responsibility yes / no / don't know. */
export function FamilyMemberPage() {
  const { caseId, memberId } = useParams();
  const episode = useRecord('episode', caseId);
  const byKind = useCaseRecordsByKind(caseId);
  const member = useRecord('familyMember', memberId);
  if (episode === undefined || byKind === undefined || (memberId && member === undefined))
    return <p className="govuk-body">Loading…</p>;
  if (episode === null || (memberId && member === null)) return <h1 className="govuk-heading-l">Not found</h1>;
  return (
    <FamilyMemberFormView
      key={member?.id ?? 'new'}
      episode={episode}
      children={byKind['child'] ?? []}
      member={member ?? undefined}
    />
  );
}

function FamilyMemberFormView({
  episode,
  children,
  member,
}: {
  episode: StoredRecord;
  children: StoredRecord[];
  member: StoredRecord | undefined;
}) {
  const navigate = useNavigate();
  const [form, setForm] = useState(() => formFrom(member));
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof FamilyMemberForm>(key: K) =>
    (value: FamilyMemberForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;
  const back = `/cases/${episode.id}/children`;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = buildFamilyMember(form, episode, children, member, todayIso());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    try {
      await applyWrites(result.operations);
      navigate(back);
    } catch (error) {
      if (error instanceof ValidationError)
        setErrors(error.issues.map((issue) => ({ href: issue.field || 'name', message: issue.message })));
      else if (error instanceof StorageFullError) setErrors([{ href: 'name', message: error.message }]);
      else setErrors([{ href: 'name', message: 'This could not be saved on this device. Try again.' }]);
      setSaving(false);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back}>
          Back to children and family
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Parents, carers and family members</span>
        <h1 className="govuk-heading-l">
          {member ? `Change details of ${String(member.data['name'])}` : 'Add a family member'}
        </h1>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="name"
            label="Full name"
            value={form.name}
            onChange={set('name')}
            error={errorFor('name')}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput
            id="relationship"
            label="Relationship to the child"
            hint="For example, mother, stepfather, grandmother, foster carer"
            value={form.relationship}
            onChange={set('relationship')}
            error={errorFor('relationship')}
            widthClass="govuk-!-width-one-half"
          />
          <RadioGroup
            id="parentalResponsibility"
            legend="Do they have parental responsibility?"
            legendClass="govuk-fieldset__legend--s"
            hint="Only someone with parental responsibility can consent for a child"
            options={Object.entries(PARENTAL_RESPONSIBILITY_TEXT).map(([value, label]) => ({ value, label }))}
            value={form.parentalResponsibility}
            onChange={set('parentalResponsibility')}
            error={errorFor('parentalResponsibility')}
            small
          />
          <RadioGroup
            id="livesWithChild"
            legend="Do they live with the child?"
            legendClass="govuk-fieldset__legend--s"
            options={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
            value={form.livesWithChild}
            onChange={set('livesWithChild')}
            small
          />
          <DateInput
            id="dateOfBirth"
            legend="Date of birth (optional)"
            hint="For example, 27 3 1990"
            value={form.dateOfBirth}
            onChange={set('dateOfBirth')}
            error={errorFor('dateOfBirth')}
          />
          <TextInput
            id="phone"
            label="Phone number (optional)"
            type="tel"
            value={form.phone}
            onChange={set('phone')}
            error={errorFor('phone')}
            widthClass="govuk-input--width-20"
          />
          <Textarea
            id="address"
            label="Address (optional)"
            hint="Only if different from the child’s"
            rows={3}
            value={form.address}
            onChange={set('address')}
            error={errorFor('address')}
          />
          <button type="submit" className="govuk-button" disabled={saving}>
            Save family member
          </button>
        </form>
      </div>
    </div>
  );
}

import { useState } from 'react';
import type { StoredRecord } from '../../db';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextInput } from '../../ui/TextInput';
import { childDisplayName } from '../caseload/childName';
import { buildAttendee, type AttendeeForm } from './planForms';
import { text } from './planLabels';
import { savePlanRecord } from './savePlanRecord';
import { Select } from './Select';
import type { PlanCase } from './usePlanCase';
import { usePlanDirectory } from './usePlanDirectory';
import { TableScroll } from '../../ui/TableScroll';
import { TableHead } from '../../ui/TableHead';

const EMPTY: AttendeeForm = {
  attendeeType: '',
  practitionerId: '',
  familyMemberId: '',
  childId: '',
  personName: '',
  agencyId: '',
  attendance: 'present',
};

const TYPE_TEXT: Record<string, string> = {
  professional: 'Professional',
  familyMember: 'Family member',
  child: 'Child or young person',
};

/**
 * Who came to the meeting. Attendance is append-only, so two devices adding people never
 * conflict; entries are listed in the order they were recorded.
 */
export function AttendeesSection({ plan, meeting }: { plan: PlanCase; meeting: StoredRecord }) {
  const directory = usePlanDirectory();
  const [form, setForm] = useState<AttendeeForm>(EMPTY);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [added, setAdded] = useState('');
  const set =
    <K extends keyof AttendeeForm>(key: K) =>
    (value: AttendeeForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;
  const rows = plan.attendance.filter((row) => row.data['meetingId'] === meeting.id);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = buildAttendee(form, meeting.id);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const problems = await savePlanRecord(
      { op: 'create', kind: 'meetingAttendance', caseId: plan.episode.id, data: result.data },
      'attendeeType',
    );
    setErrors(problems);
    if (problems.length === 0) {
      setAdded(`${form.personName.trim()} added`);
      setForm(EMPTY);
    }
  }

  return (
    <>
      <h2 className="govuk-heading-m">Who attended</h2>
      {rows.length === 0 ? (
        <p className="govuk-body">No one recorded yet.</p>
      ) : (
        <TableScroll label="People at the meeting">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">People at the meeting</caption>
            <TableHead headings={['Name', 'Who', 'Attendance']} />
            <tbody className="govuk-table__body">
              {rows.map((row) => (
                <tr className="govuk-table__row" key={row.id}>
                  <td className="govuk-table__cell">{text(row.data, 'personName')}</td>
                  <td className="govuk-table__cell">
                    {TYPE_TEXT[text(row.data, 'attendeeType')]}
                    {row.data['agencyId'] ? `, ${directory?.agencyName(row.data['agencyId']) ?? 'agency'}` : ''}
                  </td>
                  <td className="govuk-table__cell">
                    {row.data['attendance'] === 'present' ? 'Present' : 'Sent apologies'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate className="govuk-!-margin-bottom-6">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Add someone who was invited</legend>
          <RadioGroup
            id="attendeeType"
            legend="Who are they?"
            legendClass="govuk-fieldset__legend--s"
            options={Object.entries(TYPE_TEXT).map(([value, label]) => ({ value, label }))}
            value={form.attendeeType}
            onChange={set('attendeeType')}
            error={errorFor('attendeeType')}
            small
          />
          {form.attendeeType === 'professional' && directory && (
            <Select
              id="attendee-practitioner"
              label="Practitioner (optional)"
              hint="Fills in the name and agency"
              placeholder="Not on the list"
              options={directory.practitioners.map((p) => ({ value: p.id, label: String(p.data['name']) }))}
              value={form.practitionerId}
              onChange={(value) => {
                const practitioner = directory.practitioners.find((p) => p.id === value);
                setForm((f) => ({
                  ...f,
                  practitionerId: value,
                  personName: practitioner ? String(practitioner.data['name']) : f.personName,
                  agencyId: practitioner ? text(practitioner.data, 'agencyId') : f.agencyId,
                }));
              }}
            />
          )}
          {form.attendeeType === 'familyMember' && plan.familyMembers.length > 0 && (
            <Select
              id="attendee-familyMember"
              label="Family member (optional)"
              hint="Fills in the name"
              placeholder="Not on the list"
              options={plan.familyMembers.map((m) => ({
                value: m.id,
                label: `${text(m.data, 'name')} (${text(m.data, 'relationship')})`,
              }))}
              value={form.familyMemberId}
              onChange={(value) => {
                const member = plan.familyMembers.find((m) => m.id === value);
                setForm((f) => ({
                  ...f,
                  familyMemberId: value,
                  personName: member ? text(member.data, 'name') : f.personName,
                }));
              }}
            />
          )}
          {form.attendeeType === 'child' && (
            <Select
              id="attendee-child"
              label="Child"
              placeholder="Choose a child"
              options={plan.children.map((c) => ({ value: c.id, label: childDisplayName(c) }))}
              value={form.childId}
              onChange={(value) => {
                const child = plan.children.find((c) => c.id === value);
                setForm((f) => ({ ...f, childId: value, personName: child ? childDisplayName(child) : f.personName }));
              }}
            />
          )}
          <TextInput
            id="personName"
            label="Name"
            value={form.personName}
            onChange={set('personName')}
            error={errorFor('personName')}
            autoComplete="off"
          />
          {form.attendeeType === 'professional' && directory && (
            <Select
              id="agencyId"
              label="Agency"
              placeholder="Choose an agency"
              options={directory.agencies.map((a) => ({ value: a.id, label: String(a.data['name']) }))}
              value={form.agencyId}
              onChange={set('agencyId')}
              error={errorFor('agencyId')}
            />
          )}
          <RadioGroup
            id="attendance"
            legend="Did they attend?"
            legendClass="govuk-fieldset__legend--s"
            options={[
              { value: 'present', label: 'Present' },
              { value: 'apologies', label: 'Sent apologies' },
            ]}
            value={form.attendance}
            onChange={set('attendance')}
            error={errorFor('attendance')}
            small
          />
          <button type="submit" className="govuk-button govuk-button--secondary">
            Add attendee
          </button>
          <p className="govuk-body" role="status">
            {added}
          </p>
        </fieldset>
      </form>
    </>
  );
}

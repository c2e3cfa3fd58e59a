import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { updateRecord, type StoredRecord } from '../../db';
import { datePartsFromIso, formatDate, todayIso } from '../../domain/dateInput';
import { newId } from '../../domain/ids';
import { AutosaveTextarea } from '../../ui/AutosaveTextarea';
import { DateInput } from '../../ui/DateInput';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextInput } from '../../ui/TextInput';
import { Textarea } from '../../ui/Textarea';
import { AttendeesSection } from './AttendeesSection';
import { buildMeeting, type MeetingForm } from './planForms';
import { MEETING_STATUS_TEXT, text } from './planLabels';
import { savePlanRecord } from './savePlanRecord';
import { usePlanCase, type PlanCase } from './usePlanCase';

/** A Team Around the Child meeting: when and where, who came, and the minutes. */
export function MeetingPage() {
  const { caseId, meetingId } = useParams();
  const plan = usePlanCase(caseId);
  if (plan === undefined) return <p className="govuk-body">Loading…</p>;
  const meeting = meetingId ? plan?.meetings.find((candidate) => candidate.id === meetingId) : undefined;
  if (plan === null || (meetingId && !meeting)) return <h1 className="govuk-heading-l">Not found</h1>;
  const back = `/cases/${plan.episode.id}/plan`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back}>
          Back to the plan
        </Link>
        <span className="govuk-caption-l">Team Around the Child plan</span>
        <h1 className="govuk-heading-l">
          {meeting ? `TAC meeting on ${formatDate(text(meeting.data, 'date'))}` : 'Add a TAC meeting'}
        </h1>
        <MeetingDetails key={meeting?.id ?? 'new'} plan={plan} meeting={meeting} />
        {meeting && (
          <>
            <AttendeesSection plan={plan} meeting={meeting} />
            <h2 className="govuk-heading-m">Minutes</h2>
            <AutosaveTextarea
              id="minutes"
              label="Minutes of the meeting"
              hint="What was discussed and agreed. This saves on the device as you type. Add the agreed actions to the plan."
              rows={12}
              stored={text(meeting.data, 'minutes')}
              save={(value) => updateRecord('tacMeeting', meeting.id, { minutes: value })}
            />
            <div className="govuk-button-group">
              <Link className="govuk-button govuk-button--secondary" to={`${back}/actions/new?meetingId=${meeting.id}`}>
                Add an action agreed at this meeting
              </Link>
              <Link className="govuk-link" to={back}>
                Back to the plan
              </Link>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

function MeetingDetails({ plan, meeting }: { plan: PlanCase; meeting: StoredRecord | undefined }) {
  const navigate = useNavigate();
  const [form, setForm] = useState<MeetingForm>(() => ({
    date: datePartsFromIso(meeting ? text(meeting.data, 'date') : todayIso()),
    time: meeting ? text(meeting.data, 'time') : '',
    location: meeting ? text(meeting.data, 'location') : '',
    status: meeting ? text(meeting.data, 'status') : '',
    cancelledReason: meeting ? text(meeting.data, 'cancelledReason') : '',
  }));
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof MeetingForm>(key: K) =>
    (value: MeetingForm[K]) => {
      setSaved(false);
      setForm((f) => ({ ...f, [key]: value }));
    };
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = buildMeeting(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    const id = meeting?.id ?? newId();
    const problems = await savePlanRecord(
      meeting
        ? {
            op: 'update',
            kind: 'tacMeeting',
            id,
            fields: { ...result.data, cancelledReason: result.data['cancelledReason'] ?? null },
          }
        : { op: 'create', kind: 'tacMeeting', caseId: plan.episode.id, id, data: result.data },
      'date',
    );
    setSaving(false);
    setErrors(problems);
    if (problems.length > 0) return;
    setSaved(true);
    if (!meeting) navigate(`/cases/${plan.episode.id}/plan/meetings/${id}`);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <DateInput
          id="date"
          legend="Date of the meeting"
          hint="For example, 12 1 2027"
          value={form.date}
          onChange={set('date')}
          error={errorFor('date')}
        />
        <TextInput
          id="time"
          label="Time (optional)"
          hint="For example, 09:30 or 14:15"
          widthClass="govuk-input--width-5"
          value={form.time}
          onChange={set('time')}
          error={errorFor('time')}
        />
        <TextInput
          id="location"
          label="Where (optional)"
          hint="For example, the school, the children’s centre, or the family home"
          value={form.location}
          onChange={set('location')}
          error={errorFor('location')}
        />
        <RadioGroup
          id="status"
          legend="Has the meeting happened?"
          legendClass="govuk-fieldset__legend--s"
          options={[
            { value: 'planned', label: `${MEETING_STATUS_TEXT['planned']}: not happened yet` },
            { value: 'held', label: `${MEETING_STATUS_TEXT['held']}: the meeting took place` },
            { value: 'cancelled', label: MEETING_STATUS_TEXT['cancelled'] ?? 'Cancelled' },
          ]}
          value={form.status}
          onChange={set('status')}
          error={errorFor('status')}
          small
        />
        {form.status === 'cancelled' && (
          <Textarea
            id="cancelledReason"
            label="Why was it cancelled?"
            rows={2}
            value={form.cancelledReason}
            onChange={set('cancelledReason')}
            error={errorFor('cancelledReason')}
          />
        )}
        <button type="submit" className="govuk-button" disabled={saving}>
          {meeting ? 'Save meeting details' : 'Save meeting'}
        </button>
        {saved && (
          <p className="govuk-body" role="status">
            Meeting details saved on this device.
          </p>
        )}
      </form>
    </>
  );
}

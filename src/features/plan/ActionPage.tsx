import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { StoredRecord } from '../../db';
import { datePartsFromIso, formatDate, parseDateParts } from '../../domain/dateInput';
import { DateInput } from '../../ui/DateInput';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextInput } from '../../ui/TextInput';
import { Textarea } from '../../ui/Textarea';
import { childDisplayName } from '../caseload/childName';
import { buildAction, type ActionForm } from './planForms';
import { ACTION_STATUS_TEXT, MEETING_STATUS_TEXT, text } from './planLabels';
import { savePlanRecord } from './savePlanRecord';
import { Select } from './Select';
import { usePlanCase, type PlanCase } from './usePlanCase';
import { usePlanDirectory, type PlanDirectory } from './usePlanDirectory';

/** Add or change a SMART action: what, who (person and agency), by when, and its status. */
export function ActionPage() {
  const { caseId, actionId } = useParams();
  const plan = usePlanCase(caseId);
  const directory = usePlanDirectory();
  const [params] = useSearchParams();
  if (plan === undefined || directory === undefined) return <p className="govuk-body">Loading…</p>;
  const action = actionId ? plan?.actions.find((candidate) => candidate.id === actionId) : undefined;
  if (plan === null || (actionId && !action)) return <h1 className="govuk-heading-l">Not found</h1>;
  return (
    <ActionFormView
      key={action?.id ?? 'new'}
      plan={plan}
      directory={directory}
      action={action}
      needId={params.get('needId') ?? ''}
      meetingId={params.get('meetingId') ?? ''}
    />
  );
}

function formFrom(action: StoredRecord | undefined, needId: string, meetingId: string): ActionForm {
  const data = action?.data ?? {};
  return {
    needId: action ? text(data, 'needId') : needId,
    what: text(data, 'what'),
    ownerPractitionerId: text(data, 'ownerPractitionerId'),
    ownerName: text(data, 'ownerName'),
    ownerAgencyId: text(data, 'ownerAgencyId'),
    dueDate: datePartsFromIso(text(data, 'dueDate') || undefined),
    status: action ? text(data, 'status') : 'notStarted',
    meetingId: action ? text(data, 'meetingId') : meetingId,
    progressNote: text(data, 'progressNote'),
  };
}

function ActionFormView({
  plan,
  directory,
  action,
  needId,
  meetingId,
}: {
  plan: PlanCase;
  directory: PlanDirectory;
  action: StoredRecord | undefined;
  needId: string;
  meetingId: string;
}) {
  const navigate = useNavigate();
  const [form, setForm] = useState<ActionForm>(() => formFrom(action, needId, meetingId));
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof ActionForm>(key: K) =>
    (value: ActionForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;
  const back = `/cases/${plan.episode.id}/plan`;
  const childName = (childId: unknown) => {
    const child = plan.children.find((candidate) => candidate.id === childId);
    return child ? childDisplayName(child) : 'Child';
  };
  const noOwner = !form.ownerPractitionerId && !form.ownerName.trim();
  const due = parseDateParts(form.dueDate, 'Date');
  const noDate = due.ok && !due.value;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = buildAction(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    const problems = await savePlanRecord(
      action
        ? { op: 'update', kind: 'action', id: action.id, fields: result.data }
        : { op: 'create', kind: 'action', caseId: plan.episode.id, data: result.data },
      'what',
    );
    setSaving(false);
    if (problems.length > 0) setErrors(problems);
    else navigate(back);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back}>
          Back to the plan
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Team Around the Child plan</span>
        <h1 className="govuk-heading-l">{action ? 'Change an action' : 'Add an action'}</h1>
        <p className="govuk-body">
          Make each action specific and realistic: what will be done, who will do it and by when.
        </p>
        <form onSubmit={submit} noValidate>
          <Select
            id="needId"
            label="Which need does this action meet?"
            placeholder="Choose a need"
            options={plan.needs.map((need) => ({
              value: need.id,
              label: `${childName(need.data['childId'])}: ${text(need.data, 'description')}`,
            }))}
            value={form.needId}
            onChange={set('needId')}
            error={errorFor('needId')}
          />
          <Textarea
            id="what"
            label="What will be done"
            rows={3}
            value={form.what}
            onChange={set('what')}
            error={errorFor('what')}
          />
          <h2 className="govuk-heading-m">Who will do it</h2>
          <Select
            id="ownerPractitionerId"
            label="Practitioner (optional)"
            hint="Choose a practitioner, or type the name of someone else below, such as a parent"
            placeholder="Not a practitioner on the list"
            options={directory.practitioners.map((practitioner) => ({
              value: practitioner.id,
              label: String(practitioner.data['name']),
            }))}
            value={form.ownerPractitionerId}
            onChange={(value) => {
              const agencyId = directory.practitioners.find((p) => p.id === value)?.data['agencyId'];
              setForm((f) => ({
                ...f,
                ownerPractitionerId: value,
                ownerAgencyId: f.ownerAgencyId || (typeof agencyId === 'string' ? agencyId : ''),
              }));
            }}
            error={errorFor('ownerPractitionerId')}
          />
          <TextInput
            id="ownerName"
            label="Name of the person responsible"
            value={form.ownerName}
            onChange={set('ownerName')}
            error={errorFor('ownerName')}
            autoComplete="off"
          />
          <Select
            id="ownerAgencyId"
            label="Agency"
            placeholder="Choose an agency"
            options={directory.agencies.map((agency) => ({ value: agency.id, label: String(agency.data['name']) }))}
            value={form.ownerAgencyId}
            onChange={set('ownerAgencyId')}
            error={errorFor('ownerAgencyId')}
          />
          <DateInput
            id="dueDate"
            legend="Date to be done by"
            legendClass="govuk-fieldset__legend--m"
            hint="For example, 15 1 2027"
            value={form.dueDate}
            onChange={set('dueDate')}
            error={errorFor('dueDate')}
          />
          {(noOwner || noDate) && (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                {noOwner && noDate
                  ? 'This action has no one responsible and no date.'
                  : noOwner
                    ? 'This action has no one responsible.'
                    : 'This action has no date to be done by.'}{' '}
                You can save it, but it will be flagged in the plan until it has both.
              </strong>
            </div>
          )}
          <RadioGroup
            id="status"
            legend="Status"
            options={Object.entries(ACTION_STATUS_TEXT).map(([value, label]) => ({ value, label }))}
            value={form.status}
            onChange={set('status')}
            error={errorFor('status')}
            small
          />
          <Select
            id="meetingId"
            label="Agreed at meeting (optional)"
            placeholder="Not agreed at a meeting"
            options={plan.meetings.map((meeting) => ({
              value: meeting.id,
              label: `${formatDate(text(meeting.data, 'date'))} (${MEETING_STATUS_TEXT[text(meeting.data, 'status')] ?? ''})`,
            }))}
            value={form.meetingId}
            onChange={set('meetingId')}
          />
          {action && (
            <Textarea
              id="progressNote"
              label="Progress (optional)"
              rows={3}
              value={form.progressNote}
              onChange={set('progressNote')}
              error={errorFor('progressNote')}
            />
          )}
          <button type="submit" className="govuk-button" disabled={saving}>
            Save action
          </button>
        </form>
      </div>
    </div>
  );
}

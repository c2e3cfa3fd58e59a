import { CaseNotFound } from '../../ui/CaseNotFound';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { applyWrites, StorageFullError, useCaseRecords, useRecord, useSession, ValidationError } from '../../db';
import { formatDate, todayIso } from '../../domain/dateInput';
import type { Episode } from '../../domain/records/episode';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { SummaryList } from '../../ui/SummaryList';
import { Textarea } from '../../ui/Textarea';
import { casePeopleRows } from './casePeopleRows';
import { useDirectory, type Directory } from './directoryNames';
import { buildTeamChange, roleHistory, type TeamForm } from './teamChanges';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { TableScroll } from '../../ui/TableScroll';
import { TableHead } from '../../ui/TableHead';

const ROLE_TEXT = { leadProfessional: 'Lead professional', tacMember: 'Team Around the Child member' } as const;
const CHANGE_TEXT = { assigned: 'Started', removed: 'Stopped' } as const;

export function TeamPage() {
  const { caseId } = useParams();
  const episode = useRecord('episode', caseId);
  const directory = useDirectory();
  const assignments = useCaseRecords(caseId, 'roleAssignment');

  if (episode === undefined || directory === undefined || assignments === undefined)
    return <p className="govuk-body">Loading people on this case…</p>;
  if (episode === null) return <CaseNotFound />;
  const data = episode.data as Episode;
  const history = roleHistory(assignments);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${episode.id}`}>
          Back to the case
        </Link>
        <TeamChangeForm key={episode.id} episodeId={episode.id} episode={data} directory={directory} />
      </div>
      <div className="govuk-grid-column-full">
        <TableScroll label="Who held each role, and when">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Who held each role, and when</caption>
            <TableHead headings={['From', 'Person', 'Role', 'Change', 'Reason', 'Decided by']} />
            <tbody className="govuk-table__body">
              {history.length === 0 && (
                <tr className="govuk-table__row">
                  <td className="govuk-table__cell" colSpan={6}>
                    No changes recorded yet.
                  </td>
                </tr>
              )}
              {history.map((row) => (
                <tr className="govuk-table__row" key={row.id}>
                  <td className="govuk-table__cell">{formatDate(row.fromDate)}</td>
                  <td className="govuk-table__cell">{directory.practitionerLabel(row.practitionerId)}</td>
                  <td className="govuk-table__cell">{ROLE_TEXT[row.role]}</td>
                  <td className="govuk-table__cell">{CHANGE_TEXT[row.change]}</td>
                  <td className="govuk-table__cell">{row.reason ?? ''}</td>
                  <td className="govuk-table__cell">
                    {row.decidedBy ? directory.practitionerLabel(row.decidedBy) : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </div>
  );
}

function TeamChangeForm({
  episodeId,
  episode,
  directory,
}: {
  episodeId: string;
  episode: Episode;
  directory: Directory;
}) {
  const session = useSession();
  const [form, setForm] = useState<TeamForm>({
    tacMemberIds: [...episode.tacMemberIds],
    leadProfessionalId: episode.leadProfessionalId ?? '',
    reason: '',
  });
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!session) return;
    setSaved(false);
    const result = buildTeamChange(
      { episodeId, tacMemberIds: episode.tacMemberIds, leadProfessionalId: episode.leadProfessionalId },
      form,
      session.practitioner.id,
      todayIso(),
    );
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    try {
      await applyWrites(result.operations);
      setErrors([]);
      setForm((current) => ({ ...current, reason: '' }));
      setSaved(true);
    } catch (error) {
      if (error instanceof ValidationError)
        setErrors(error.issues.map((issue) => ({ href: 'reason', message: issue.message })));
      else if (error instanceof StorageFullError) setErrors([{ href: 'reason', message: error.message }]);
      else setErrors([{ href: 'reason', message: 'The changes could not be saved on this device. Try again.' }]);
    } finally {
      setSaving(false);
    }
  }

  const toggleMember = (id: string) => (checked: boolean) =>
    setForm((current) => ({
      ...current,
      tacMemberIds: checked
        ? [...current.tacMemberIds, id]
        : current.tacMemberIds.filter((memberId) => memberId !== id),
    }));
  const membersError = errorFor('tacMembers');

  return (
    <>
      <ErrorSummary errors={errors} />
      {saved && <NotificationBanner success title="Success" heading="Changes saved on this device" />}
      <span className="govuk-caption-l">CAF episode</span>
      <h1 className="govuk-heading-l">People on this case</h1>
      <SummaryList rows={casePeopleRows(episode, directory)} />
      {directory.practitioners.length === 0 ? (
        <div className="govuk-inset-text">
          The practitioner directory has not reached this device yet. It arrives the next time the device syncs.
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          <h2 className="govuk-heading-m">Change who is on this case</h2>
          <p className="govuk-body">
            Only the assessor, the lead professional and Team Around the Child members receive this case on their
            devices.
          </p>
          <div className={`govuk-form-group${membersError ? ' govuk-form-group--error' : ''}`}>
            <fieldset
              className="govuk-fieldset"
              aria-describedby={['tacMembers-hint', membersError ? 'tacMembers-error' : ''].filter(Boolean).join(' ')}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                Team Around the Child members
              </legend>
              <div id="tacMembers-hint" className="govuk-hint">
                Select everyone delivering part of the plan.
              </div>
              <ErrorMessage id="tacMembers-error" message={membersError} />
              <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                {directory.practitioners.map((practitioner, index) => (
                  <Checkbox
                    key={practitioner.id}
                    id={index === 0 ? 'tacMembers' : `tacMembers-${index + 1}`}
                    label={`${practitioner.name}, ${practitioner.agencyName}`}
                    checked={form.tacMemberIds.includes(practitioner.id)}
                    onChange={toggleMember(practitioner.id)}
                  />
                ))}
              </div>
            </fieldset>
          </div>
          <RadioGroup
            id="leadProfessional"
            legend="Lead professional"
            hint="The family’s single point of contact. Changing them keeps a record of who held the role before."
            small
            options={directory.practitioners.map((practitioner) => ({
              value: practitioner.id,
              label: `${practitioner.name}, ${practitioner.agencyName}`,
            }))}
            value={form.leadProfessionalId}
            onChange={(value) => setForm((current) => ({ ...current, leadProfessionalId: value }))}
            error={errorFor('leadProfessional')}
          />
          <Textarea
            id="reason"
            label="Reason for the change"
            hint="Needed when the lead professional changes. For example, the family moved to a new school."
            value={form.reason}
            onChange={(value) => setForm((current) => ({ ...current, reason: value }))}
            error={errorFor('reason')}
            rows={3}
          />
          <button type="submit" className="govuk-button" disabled={saving}>
            Save changes
          </button>
        </form>
      )}
    </>
  );
}

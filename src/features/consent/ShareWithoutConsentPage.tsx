import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { applyWrites, useSession, ValidationError } from '../../db';
import { LAWFUL_REASONS } from '../../domain/config/lawfulReasons';
import { newId } from '../../domain/ids';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { Textarea } from '../../ui/Textarea';
import { useDirectory } from '../team/directoryNames';
import { AgencyCheckboxes } from './AgencyCheckboxes';
import { useConsentCase, useDeviceId } from './useConsentCase';

const FIELD_INPUT: Record<string, string> = {
  lawfulReason: 'lawful-reason',
  justification: 'justification',
  decidedBy: 'decided-by',
  recipientAgencyIds: 'recipients',
};

/**
 * Sharing without consent (seed 002 §4.3.2): only for one of the recorded lawful reasons, with a
 * justification, who decided and the recipients; marked on the case and in the audit trail.
 */
export function ShareWithoutConsentPage() {
  const { caseId } = useParams();
  const consentCase = useConsentCase(caseId);
  const directory = useDirectory();
  const session = useSession();
  const deviceId = useDeviceId();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [justification, setJustification] = useState('');
  const [decidedBy, setDecidedBy] = useState<string>();
  const [recipients, setRecipients] = useState<string[]>([]);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;

  if (!consentCase || !session || !deviceId || !directory) return <p className="govuk-body">Loading…</p>;
  const back = `/cases/${consentCase.episode.id}/consent`;
  const decider = decidedBy ?? session.practitioner.id;
  const deciders = directory.practitioners.some((entry) => entry.id === session.practitioner.id)
    ? directory.practitioners
    : [{ id: session.practitioner.id, name: session.practitioner.name, agencyName: 'you' }, ...directory.practitioners];

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!consentCase || !session || !deviceId) return;
    const now = new Date();
    const id = newId();
    try {
      await applyWrites([
        {
          op: 'create',
          kind: 'consentEvent',
          caseId: consentCase.episode.id,
          id,
          data: {
            stage: 'shareWithoutConsent',
            lawfulReason: reason || undefined,
            justification: justification.trim(),
            decidedBy: decider,
            recipientAgencyIds: recipients.length > 0 ? recipients : undefined,
            practitionerId: session.practitioner.id,
            deviceId,
            signedAt: now.toISOString(),
          },
        },
        {
          op: 'create',
          kind: 'auditEvent',
          caseId: consentCase.episode.id,
          data: {
            action: 'sharedWithoutConsent',
            subjectKind: 'consentEvent',
            subjectId: id,
            at: now.toISOString(),
            detail: `Lawful reason: ${reason}; ${recipients.length} recipient agencies`,
          },
        },
      ]);
      navigate(back);
    } catch (error) {
      if (error instanceof ValidationError)
        setErrors(
          error.issues.map((issue) => ({ href: FIELD_INPUT[issue.field] ?? 'lawful-reason', message: issue.message })),
        );
      else setErrors([{ href: 'lawful-reason', message: 'This could not be saved on this device. Try again.' }]);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back}>
          Back to consent
        </Link>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Share without consent</h1>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Only share without consent for one of these reasons. It is marked on the case and in the audit trail.
          </strong>
        </div>
        <form onSubmit={submit} noValidate>
          <RadioGroup
            id="lawful-reason"
            legend="Lawful reason"
            small
            options={LAWFUL_REASONS.map((option) => ({ value: option.id, label: option.label }))}
            value={reason}
            onChange={setReason}
            error={errorFor('lawful-reason')}
          />
          <Textarea
            id="justification"
            label="Why the information must be shared without consent"
            value={justification}
            onChange={setJustification}
            error={errorFor('justification')}
            rows={5}
          />
          <div className={`govuk-form-group${errorFor('decided-by') ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="decided-by">
              Who decided
            </label>
            <ErrorMessage id="decided-by-error" message={errorFor('decided-by')} />
            <select
              className="govuk-select"
              id="decided-by"
              value={decider}
              onChange={(event) => setDecidedBy(event.target.value)}
            >
              {deciders.map((entry) => (
                <option value={entry.id} key={entry.id}>
                  {entry.name}, {entry.agencyName}
                </option>
              ))}
            </select>
          </div>
          <AgencyCheckboxes
            id="recipients"
            legend="Who the information will be shared with"
            agencies={consentCase.agencies}
            chosen={recipients}
            onChange={setRecipients}
            error={errorFor('recipients')}
          />
          <button type="submit" className="govuk-button govuk-button--warning">
            Record sharing without consent
          </button>
        </form>
      </div>
    </div>
  );
}

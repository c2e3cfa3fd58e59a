import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { applyWrites, useSession } from '../../db';
import { datePartsFromIso, parseDateParts, todayIso, type DateParts } from '../../domain/dateInput';
import { DateInput } from '../../ui/DateInput';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextInput } from '../../ui/TextInput';
import { Textarea } from '../../ui/Textarea';
import { AgencyCheckboxes } from './AgencyCheckboxes';
import { withdrawalWrites } from './consentWrites';
import { agenciesWithConsent } from './FamilyWithdrawal';
import { useConsentCase, useDeviceId } from './useConsentCase';
import { signedAtFor } from './VerbalConsentPage';

/** A withdrawal the family told the practitioner about (by phone, in a meeting): a new event, never an edit. */
export function RecordWithdrawalPage() {
  const { caseId } = useParams();
  const consentCase = useConsentCase(caseId);
  const session = useSession();
  const deviceId = useDeviceId();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [who, setWho] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [date, setDate] = useState<DateParts>(() => datePartsFromIso(todayIso()));
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;

  if (!consentCase || !session || !deviceId) return <p className="govuk-body">Loading…</p>;
  const back = `/cases/${consentCase.episode.id}/consent`;
  const options = agenciesWithConsent(consentCase);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!consentCase || !session || !deviceId) return;
    const now = new Date();
    const found: ErrorItem[] = [];
    if (!name.trim())
      found.push({ href: 'withdrawal-name', message: 'Enter the name of the person withdrawing consent' });
    if (!who) found.push({ href: 'withdrawal-scope', message: 'Select which agencies consent is withdrawn for' });
    if (who === 'some' && chosen.length === 0)
      found.push({ href: 'withdrawal-agencies', message: 'Select at least one agency' });
    const parsed = parseDateParts(date, 'Date consent was withdrawn');
    if (!parsed.ok) found.push({ href: 'withdrawal-date', message: parsed.message });
    else if (!parsed.value) found.push({ href: 'withdrawal-date', message: 'Enter the date consent was withdrawn' });
    else if (parsed.value > todayIso(now))
      found.push({ href: 'withdrawal-date', message: 'Date consent was withdrawn must be today or in the past' });
    setErrors(found);
    if (found.length > 0 || !parsed.ok || !parsed.value) return;
    try {
      await applyWrites(
        withdrawalWrites({
          caseId: consentCase.episode.id,
          signerName: name,
          agencyIds: who === 'all' ? 'all' : chosen,
          byFamily: false,
          reviewBy: consentCase.episodeData.leadProfessionalId ?? consentCase.episodeData.assessorId,
          practitionerId: session.practitioner.id,
          deviceId,
          signedAt: signedAtFor(parsed.value, now),
          notes,
          now,
        }).writes,
      );
      navigate(back);
    } catch {
      setErrors([{ href: 'withdrawal-name', message: 'The withdrawal could not be saved on this device. Try again.' }]);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back}>
          Back to consent
        </Link>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Record a withdrawal of consent</h1>
        <p className="govuk-body">
          The case will be flagged for the lead professional to review, and sync stops sending the family’s information
          to the agencies that no longer have consent.
        </p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="withdrawal-name"
            label="Name of the person withdrawing consent"
            value={name}
            onChange={setName}
            error={errorFor('withdrawal-name')}
          />
          <RadioGroup
            id="withdrawal-scope"
            legend="Which agencies is consent withdrawn for?"
            small
            options={[
              { value: 'all', label: 'Every agency' },
              ...(options.length > 0 ? [{ value: 'some', label: 'Only some agencies' }] : []),
            ]}
            value={who}
            onChange={setWho}
            error={errorFor('withdrawal-scope')}
          />
          {who === 'some' && (
            <AgencyCheckboxes
              id="withdrawal-agencies"
              legend="Agencies"
              agencies={options}
              chosen={chosen}
              onChange={setChosen}
              error={errorFor('withdrawal-agencies')}
            />
          )}
          <DateInput
            id="withdrawal-date"
            legend="Date consent was withdrawn"
            hint="For example, 27 3 2026"
            value={date}
            onChange={setDate}
            error={errorFor('withdrawal-date')}
          />
          <Textarea
            id="withdrawal-notes"
            label="How the family told you (optional)"
            value={notes}
            onChange={setNotes}
            rows={3}
          />
          <button type="submit" className="govuk-button govuk-button--warning">
            Record withdrawal
          </button>
        </form>
      </div>
    </div>
  );
}

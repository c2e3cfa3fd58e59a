import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { applyWrites, useSession, ValidationError } from '../../db';
import { datePartsFromIso, parseDateParts, todayIso, type DateParts } from '../../domain/dateInput';
import { DateInput } from '../../ui/DateInput';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { TextInput } from '../../ui/TextInput';
import { Textarea } from '../../ui/Textarea';
import { useConsentCase, useDeviceId } from './useConsentCase';

/** A past date is recorded at midday UTC so it stays on the same calendar day in every UK time zone setting. */
export function signedAtFor(date: string, now: Date): string {
  return date === todayIso(now) ? now.toISOString() : `${date}T12:00:00.000Z`;
}

/** Seed 002 §4.3.2: verbal consent to make enquiries, recorded by the practitioner with its date. */
export function VerbalConsentPage() {
  const { caseId } = useParams();
  const consentCase = useConsentCase(caseId);
  const session = useSession();
  const deviceId = useDeviceId();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [date, setDate] = useState<DateParts>(() => datePartsFromIso(todayIso()));
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;

  if (!consentCase || !session || !deviceId) return <p className="govuk-body">Loading…</p>;
  const back = `/cases/${consentCase.episode.id}/consent`;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!consentCase || !session || !deviceId) return;
    const now = new Date();
    const found: ErrorItem[] = [];
    if (!name.trim()) found.push({ href: 'verbal-name', message: 'Enter the name of the person who gave consent' });
    const parsed = parseDateParts(date, 'Date consent was given');
    if (!parsed.ok) found.push({ href: 'verbal-date', message: parsed.message });
    else if (!parsed.value) found.push({ href: 'verbal-date', message: 'Enter the date consent was given' });
    else if (parsed.value > todayIso(now))
      found.push({ href: 'verbal-date', message: 'Date consent was given must be today or in the past' });
    setErrors(found);
    if (found.length > 0 || !parsed.ok || !parsed.value) return;
    try {
      await applyWrites([
        {
          op: 'create',
          kind: 'consentEvent',
          caseId: consentCase.episode.id,
          data: {
            stage: 'verbalEnquiries',
            signerName: name.trim(),
            childIds: consentCase.childIds,
            practitionerId: session.practitioner.id,
            deviceId,
            signedAt: signedAtFor(parsed.value, now),
            notes: notes.trim(),
          },
        },
      ]);
      navigate(back);
    } catch (error) {
      setErrors(
        error instanceof ValidationError
          ? error.issues.map((issue) => ({ href: 'verbal-name', message: issue.message }))
          : [{ href: 'verbal-name', message: 'Verbal consent could not be saved on this device. Try again.' }],
      );
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back}>
          Back to consent
        </Link>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Record verbal consent to make enquiries</h1>
        <p className="govuk-body">
          This lets you ask other agencies about the family. It does not let you share the assessment: that needs
          written consent.
        </p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="verbal-name"
            label="Name of the person who gave consent"
            value={name}
            onChange={setName}
            error={errorFor('verbal-name')}
          />
          <DateInput
            id="verbal-date"
            legend="Date consent was given"
            hint="For example, 27 3 2026"
            value={date}
            onChange={setDate}
            error={errorFor('verbal-date')}
          />
          <Textarea id="verbal-notes" label="Notes (optional)" value={notes} onChange={setNotes} rows={3} />
          <button type="submit" className="govuk-button">
            Save verbal consent
          </button>
        </form>
      </div>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { applyWrites, StorageFullError } from '../../db';
import type { ConsentMessages } from '../../domain/consentText';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextInput } from '../../ui/TextInput';
import { withdrawalWrites } from './consentWrites';
import type { ConsentCase } from './useConsentCase';

/** Agencies that have consent now (not those that only have a lawful reason): the ones a family can stop. */
export function agenciesWithConsent(consentCase: ConsentCase) {
  return consentCase.agencies.filter((agency) => consentCase.state.agencies.get(agency.agencyId)?.basis === 'consent');
}

/** The family withdraws consent themselves, in hand-over mode; the case is flagged for the lead professional. */
export function FamilyWithdrawal({
  consentCase,
  messages,
  practitionerId,
  deviceId,
  homePath,
}: {
  consentCase: ConsentCase;
  messages: ConsentMessages;
  practitionerId: string;
  deviceId: string;
  homePath: string;
}) {
  const [who, setWho] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [done, setDone] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;
  const options = agenciesWithConsent(consentCase);

  useEffect(() => {
    heading.current?.focus();
  }, [done]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: ErrorItem[] = [];
    if (!who) found.push({ href: 'withdraw-who', message: messages.withdrawErrorWho });
    if (who === 'some' && chosen.length === 0)
      found.push({ href: 'withdraw-agency-0', message: messages.withdrawErrorAgencies });
    if (!name.trim()) found.push({ href: 'withdraw-name', message: messages.errorName });
    setErrors(found);
    if (found.length > 0) return;
    const now = new Date();
    try {
      await applyWrites(
        withdrawalWrites({
          caseId: consentCase.episode.id,
          signerName: name,
          agencyIds: who === 'all' ? 'all' : chosen,
          byFamily: true,
          reviewBy: consentCase.episodeData.leadProfessionalId ?? consentCase.episodeData.assessorId,
          practitionerId,
          deviceId,
          signedAt: now.toISOString(),
          now,
        }).writes,
      );
      setDone(true);
    } catch (error) {
      setErrors([
        { href: 'withdraw-name', message: error instanceof StorageFullError ? error.message : messages.errorNotSaved },
      ]);
    }
  }

  if (done)
    return (
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title app-focus-target" ref={heading} tabIndex={-1}>
          {messages.withdrawDoneHeading}
        </h1>
        <div className="govuk-panel__body">{messages.withdrawDoneText}</div>
      </div>
    );

  return (
    <>
      <Link className="govuk-back-link" to={homePath}>
        Back
      </Link>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-xl app-focus-target" ref={heading} tabIndex={-1}>
        {messages.withdrawPageHeading}
      </h1>
      <p className="govuk-body-l">{messages.withdrawPageText}</p>
      <form onSubmit={submit} noValidate>
        <RadioGroup
          id="withdraw-who"
          legend={messages.withdrawWhoLegend}
          options={[
            { value: 'all', label: messages.withdrawEveryone },
            ...(options.length > 0 ? [{ value: 'some', label: messages.withdrawSome }] : []),
          ]}
          value={who}
          onChange={setWho}
          error={errorFor('withdraw-who')}
        />
        {who === 'some' && (
          <div className={`govuk-form-group${errorFor('withdraw-agency-0') ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                {messages.withdrawAgenciesLegend}
              </legend>
              {errorFor('withdraw-agency-0') && (
                <p className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {errorFor('withdraw-agency-0')}
                </p>
              )}
              <div className="govuk-checkboxes" data-module="govuk-checkboxes">
                {options.map((agency, index) => (
                  <div className="govuk-checkboxes__item" key={agency.agencyId}>
                    <input
                      className="govuk-checkboxes__input"
                      id={`withdraw-agency-${index}`}
                      type="checkbox"
                      checked={chosen.includes(agency.agencyId)}
                      onChange={(event) =>
                        setChosen((current) =>
                          event.target.checked
                            ? [...current, agency.agencyId]
                            : current.filter((id) => id !== agency.agencyId),
                        )
                      }
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={`withdraw-agency-${index}`}>
                      {agency.name}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        )}
        <TextInput
          id="withdraw-name"
          label={messages.nameLabel}
          labelClass="govuk-label--m"
          autoComplete="off"
          value={name}
          onChange={setName}
          error={errorFor('withdraw-name')}
        />
        <button type="submit" className="govuk-button govuk-button--warning">
          {messages.withdrawButton}
        </button>
      </form>
    </>
  );
}

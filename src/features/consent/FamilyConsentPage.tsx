import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { applyWrites, StorageFullError, ValidationError } from '../../db';
import {
  composeConsentDocument,
  consentMessages,
  type ConsentDocumentSection,
  type ConsentMessages,
  type ShownAgency,
  type SignerCapacity,
} from '../../domain/consentText';
import type { ConsentEvent } from '../../domain/records/consent';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextInput } from '../../ui/TextInput';
import { HandoverExitForm } from '../handover/HandoverExitForm';
import { useHandoverStore } from '../handover/handoverStore';
import { buildConsentPdf, consentPdfFileName } from './consentPdf';
import {
  checkChoices,
  checkSignature,
  choicesFromState,
  signedConsentWrite,
  type AgencyChoices,
  type ChoiceForm,
  type SignForm,
} from './consentWrites';
import { SignaturePad } from './SignaturePad';
import { useDirectory } from '../team/directoryNames';
import { useConsentCase, useDeviceId, type ConsentCase } from './useConsentCase';
import { FamilyWithdrawal } from './FamilyWithdrawal';

type Step = 'choose' | 'check' | 'done';

/** The hand-over screen: the family reads, chooses, signs and can withdraw, in large plain English. */
export function FamilyConsentPage({ mode = 'consent' }: { mode?: 'consent' | 'withdraw' }) {
  const { caseId } = useParams();
  const lock = useHandoverStore((state) => state.lock);
  const consentCase = useConsentCase(caseId);
  const deviceId = useDeviceId();
  const messages = consentMessages();

  if (!lock || lock.caseId !== caseId)
    return (
      <>
        <h1 className="govuk-heading-l">This screen is for the family</h1>
        <p className="govuk-body">It opens when you hand the device to the family from the consent page.</p>
        <Link className="govuk-link" to={`/cases/${caseId}/consent`}>
          Go to the consent page
        </Link>
      </>
    );
  if (consentCase === undefined || !deviceId) return <p className="govuk-body">Loading…</p>;
  if (consentCase === null) return <h1 className="govuk-heading-l">This case is not on this device</h1>;

  return (
    <div className="govuk-grid-row app-handover-page">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        {mode === 'withdraw' ? (
          <FamilyWithdrawal
            consentCase={consentCase}
            messages={messages}
            practitionerId={lock.practitionerId}
            deviceId={deviceId}
            homePath={lock.homePath}
          />
        ) : (
          <FamilyConsentFlow
            consentCase={consentCase}
            messages={messages}
            practitionerId={lock.practitionerId}
            deviceId={deviceId}
            homePath={lock.homePath}
          />
        )}
        <HandoverExitForm />
      </div>
    </div>
  );
}

export function FamilyWithdrawPage() {
  return <FamilyConsentPage mode="withdraw" />;
}

export function DocumentSections({ sections }: { sections: readonly ConsentDocumentSection[] }) {
  return sections.map((section) => (
    <section key={section.heading}>
      <h2 className="govuk-heading-m">{section.heading}</h2>
      {section.paragraphs.map((paragraph) => (
        <p className="govuk-body-l" key={paragraph}>
          {paragraph}
        </p>
      ))}
      {section.items && (
        <ul className="govuk-list govuk-list--bullet govuk-body-l">
          {section.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  ));
}

function FamilyConsentFlow({
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
  const stage = consentCase.state.writtenConsentAt ? 'agencyChange' : 'writtenShare';
  const agencyIds = useMemo(() => consentCase.agencies.map((agency) => agency.agencyId), [consentCase.agencies]);
  // The starting point is fixed when the family starts, so a sync arriving mid-way cannot move it.
  const [before] = useState<AgencyChoices>(() => choicesFromState(consentCase.state, agencyIds));
  const [step, setStep] = useState<Step>('choose');
  const [choice, setChoice] = useState<ChoiceForm>({ capacity: '', choices: before });
  const [sign, setSign] = useState<SignForm>({ typedName: '', initials: '', declaration: false, drawing: null });
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saved, setSaved] = useState<ConsentEvent | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const directory = useDirectory();
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;

  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  const shownAgencies: ShownAgency[] = consentCase.agencies.map((agency) => ({
    agencyId: agency.agencyId,
    name: agency.name,
    description: agency.description,
    basic: choice.choices[agency.agencyId]?.basic ? 'include' : 'exclude',
    additional: choice.choices[agency.agencyId]?.additional ? 'include' : 'exclude',
  }));
  const capacity = (choice.capacity || 'self') as SignerCapacity;
  const sections = composeConsentDocument(
    { stage, capacity, childNames: consentCase.childNames, needs: consentCase.needs, agencies: shownAgencies },
    messages,
  );

  function setAgency(agencyId: string, level: 'basic' | 'additional', value: boolean) {
    setChoice((current) => ({
      ...current,
      choices: {
        ...current.choices,
        [agencyId]: { basic: false, additional: false, ...current.choices[agencyId], [level]: value },
      },
    }));
  }

  function continueToCheck(event: React.FormEvent) {
    event.preventDefault();
    const found = checkChoices(choice, stage, before, agencyIds, messages);
    setErrors(found);
    if (found.length === 0) setStep('check');
  }

  async function submitSignature(event: React.FormEvent) {
    event.preventDefault();
    const found = checkSignature(sign, stage, messages);
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const { event: signed, write } = await signedConsentWrite(sign, {
        stage,
        caseId: consentCase.episode.id,
        childIds: consentCase.childIds,
        capacity,
        sections,
        agencies: shownAgencies,
        before,
        practitionerId,
        deviceId,
        locale: messages.locale,
        now: new Date(),
      });
      await applyWrites([write]);
      setSaved(signed);
      setErrors([]);
      setStep('done');
    } catch (error) {
      setErrors([
        {
          href: 'signer-name',
          message:
            error instanceof StorageFullError
              ? error.message
              : error instanceof ValidationError
                ? `${messages.errorNotSaved} (${error.issues.map((issue) => issue.message).join('; ')})`
                : messages.errorNotSaved,
        },
      ]);
    } finally {
      setBusy(false);
    }
  }

  function downloadCopy() {
    if (!saved) return;
    const blob = buildConsentPdf({
      event: saved,
      agencyName: consentCase.agencyName,
      practitionerName: directory?.practitionerLabel(practitionerId) ?? '',
      messages,
    }).output('blob');
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = consentPdfFileName(saved);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  if (step === 'done')
    return (
      <>
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title app-focus-target" ref={heading} tabIndex={-1}>
            {messages.doneHeading}
          </h1>
        </div>
        <p className="govuk-body-l">{messages.doneText}</p>
        <button type="button" className="govuk-button" onClick={downloadCopy}>
          {messages.downloadCopy}
        </button>
        <p className="govuk-body-l">{messages.giveBack}</p>
      </>
    );

  if (step === 'check')
    return (
      <>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-xl app-focus-target" ref={heading} tabIndex={-1}>
          {messages.checkHeading}
        </h1>
        <DocumentSections sections={sections} />
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            setErrors([]);
            setStep('choose');
          }}
        >
          {messages.changeChoicesLink}
        </button>
        <form onSubmit={submitSignature} noValidate>
          <p className="govuk-body-l">{messages.signHint}</p>
          {/* autoComplete off: a shared device must not offer one family's name to the next. */}
          <TextInput
            id="signer-name"
            label={messages.nameLabel}
            labelClass="govuk-label--m"
            autoComplete="off"
            spellCheck={false}
            value={sign.typedName}
            onChange={(typedName) => setSign((current) => ({ ...current, typedName }))}
            error={errorFor('signer-name')}
          />
          {stage === 'agencyChange' && (
            <TextInput
              id="signer-initials"
              label={messages.initialsLabel}
              hint={messages.initialsHint}
              labelClass="govuk-label--m"
              widthClass="govuk-input--width-5"
              value={sign.initials}
              onChange={(initials) => setSign((current) => ({ ...current, initials }))}
              error={errorFor('signer-initials')}
            />
          )}
          <div className={`govuk-form-group${errorFor('declaration') ? ' govuk-form-group--error' : ''}`}>
            {errorFor('declaration') && (
              <p id="declaration-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errorFor('declaration')}
              </p>
            )}
            <div className="govuk-checkboxes" data-module="govuk-checkboxes">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id="declaration"
                  name="declaration"
                  type="checkbox"
                  checked={sign.declaration}
                  aria-describedby={errorFor('declaration') ? 'declaration-error' : undefined}
                  onChange={(event) => setSign((current) => ({ ...current, declaration: event.target.checked }))}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor="declaration">
                  {messages.declaration(capacity)}
                </label>
              </div>
            </div>
          </div>
          <div className={`govuk-form-group${errorFor('signature-clear') ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby="signature-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{messages.drawLegend}</legend>
              <div id="signature-hint" className="govuk-hint">
                {messages.drawHint}
              </div>
              {errorFor('signature-clear') && (
                <p className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {errorFor('signature-clear')}
                </p>
              )}
              <SignaturePad
                label={messages.drawCanvasLabel}
                clearText={messages.clearDrawing}
                onChange={(drawing) => setSign((current) => ({ ...current, drawing }))}
              />
            </fieldset>
          </div>
          <button type="submit" className="govuk-button govuk-!-font-size-24" disabled={busy}>
            {messages.signButton}
          </button>
        </form>
      </>
    );

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-xl app-focus-target" ref={heading} tabIndex={-1}>
        {stage === 'agencyChange' ? messages.changeHeading : messages.title}
      </h1>
      <p className="govuk-body-l">{messages.intro}</p>
      {/* The choices are made below; the exact list is read back on the next page before signing. */}
      <DocumentSections
        sections={sections.filter(
          (section) => section.heading !== messages.signHeading && section.heading !== messages.choicesHeading,
        )}
      />
      <form onSubmit={continueToCheck} noValidate>
        <h2 className="govuk-heading-l">{messages.chooseHeading}</h2>
        <RadioGroup
          id="capacity"
          legend={messages.capacityLegend}
          options={[
            { value: 'self', label: messages.capacitySelf },
            { value: 'parentWithPR', label: messages.capacityChild },
          ]}
          value={choice.capacity}
          onChange={(value) => setChoice((current) => ({ ...current, capacity: value as SignerCapacity }))}
          error={errorFor('capacity')}
        />
        <div className={`govuk-form-group${errorFor('agency-0-basic') ? ' govuk-form-group--error' : ''}`}>
          <h3 className="govuk-heading-m">{messages.agenciesLegend}</h3>
          <p className="govuk-hint">{messages.agenciesHint}</p>
          {errorFor('agency-0-basic') && (
            <p className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {errorFor('agency-0-basic')}
            </p>
          )}
          {consentCase.agencies.map((agency, index) => (
            <fieldset
              className="govuk-fieldset govuk-!-margin-bottom-6"
              key={agency.agencyId}
              aria-describedby={agency.description ? `agency-${index}-hint` : undefined}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{agency.name}</legend>
              {agency.description && (
                <div id={`agency-${index}-hint`} className="govuk-hint">
                  {agency.description}
                </div>
              )}
              <div className="govuk-checkboxes" data-module="govuk-checkboxes">
                {(['basic', 'additional'] as const).map((level) => (
                  <div className="govuk-checkboxes__item" key={level}>
                    <input
                      className="govuk-checkboxes__input"
                      id={`agency-${index}-${level}`}
                      type="checkbox"
                      checked={choice.choices[agency.agencyId]?.[level] ?? false}
                      onChange={(event) => setAgency(agency.agencyId, level, event.target.checked)}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={`agency-${index}-${level}`}>
                      {level === 'basic' ? messages.basicLabel : messages.additionalLabel}{' '}
                      <span className="govuk-visually-hidden">for {agency.name}</span>
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
        <button type="submit" className="govuk-button">
          {messages.continueButton}
        </button>
      </form>
      {consentCase.state.writtenConsentAt && (
        <p className="govuk-body-l">
          <Link className="govuk-link" to={`${homePath}/withdraw`}>
            {messages.withdrawLink}
          </Link>
        </p>
      )}
    </>
  );
}

import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { Textarea } from '../../ui/Textarea';

export const SAFEGUARDING_HEADING = "Contact the children's social care front door (MASH) now";
export const SAFEGUARDING_ACKNOWLEDGEMENT =
  'I have contacted, or am contacting now, the children’s social care front door (MASH)';

interface SafeguardingInterruptProps {
  /** Why the interrupt appeared, in plain words, e.g. "You recorded Level 4". */
  trigger: string;
  /** Records the acknowledgement; the interrupt stays until this resolves, so nothing is lost if it fails. */
  onAcknowledge: (stepUpDetails: string) => Promise<void>;
  /** Offer a box for what was agreed with the front door: only where a record can hold it (the level entry). */
  askForDetails?: boolean;
}

/**
 * A full-screen stop when a decision signals risk of significant harm: the CAF is the wrong route and
 * the front door must be told now (Halton level 4 / Calderdale tier 4, seeds 002 and 003). Everything
 * behind it is made inert, so nothing else can be done, by mouse or keyboard, until it is acknowledged.
 */
export function SafeguardingInterrupt({ trigger, onAcknowledge, askForDetails = true }: SafeguardingInterruptProps) {
  const [acknowledged, setAcknowledged] = useState(false);
  const [details, setDetails] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const [host] = useState(() => document.createElement('div'));

  // A layout effect, so the page behind is inert from the same frame the dialog appears in, and
  // usable again in the same frame it closes (a passive effect's clean-up can come later).
  useLayoutEffect(() => {
    document.body.appendChild(host);
    // Only what was not already inert, so closing gives back exactly what opening took.
    const behind = [...document.body.children].filter((element) => element !== host && !element.hasAttribute('inert'));
    for (const element of behind) element.setAttribute('inert', '');
    heading.current?.focus();
    return () => {
      for (const element of behind) element.removeAttribute('inert');
      host.remove();
    };
  }, [host]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!acknowledged) {
      setErrors([
        {
          href: 'safeguardingAcknowledged',
          message: 'Confirm that you have contacted, or are contacting now, the children’s social care front door',
        },
      ]);
      return;
    }
    setSaving(true);
    try {
      await onAcknowledge(details.trim());
    } catch {
      setErrors([{ href: 'safeguardingAcknowledged', message: 'This could not be saved on this device. Try again.' }]);
      setSaving(false);
    }
  }

  const error = errors[0]?.message;
  return createPortal(
    <div
      className="app-safeguarding-interrupt"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="safeguarding-heading"
      aria-describedby="safeguarding-description"
      style={{ position: 'fixed', inset: 0, zIndex: 1000, overflowY: 'auto', background: '#ffffff' }}
    >
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper">
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <ErrorSummary errors={errors} />
              <h1 className="govuk-heading-xl app-focus-target" id="safeguarding-heading" tabIndex={-1} ref={heading}>
                {SAFEGUARDING_HEADING}
              </h1>
              <div className="govuk-warning-text" id="safeguarding-description">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  {trigger}. The child may be at risk of significant harm: do not wait to finish the CAF.
                </strong>
              </div>
              <p className="govuk-body">
                Phone the children’s social care front door (Multi-Agency Safeguarding Hub) today and follow your
                agency’s safeguarding procedures. If a child is in immediate danger, call 999.
              </p>
              <p className="govuk-body">
                This step-up request is recorded on the case and shared when the device syncs.
              </p>
              <form onSubmit={submit} noValidate>
                {askForDetails && (
                  <Textarea
                    id="stepUpDetails"
                    label="What you have done or agreed with the front door (optional)"
                    hint="For example, who you spoke to and what happens next."
                    value={details}
                    onChange={setDetails}
                    rows={3}
                  />
                )}
                <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
                  <ErrorMessage id="safeguardingAcknowledged-error" message={error} />
                  <div className="govuk-checkboxes" data-module="govuk-checkboxes">
                    <Checkbox
                      id="safeguardingAcknowledged"
                      label={SAFEGUARDING_ACKNOWLEDGEMENT}
                      checked={acknowledged}
                      onChange={setAcknowledged}
                    />
                  </div>
                </div>
                <button type="submit" className="govuk-button govuk-button--warning" disabled={saving}>
                  Continue
                </button>
              </form>
            </div>
          </div>
        </main>
      </div>
    </div>,
    host,
  );
}

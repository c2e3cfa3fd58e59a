import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextInput } from '../../ui/TextInput';
import { useHandoverStore } from './handoverStore';
import './handover.css';

export const EXIT_HEADING = 'For your worker';
export const EXIT_PASSWORD_LABEL = 'Worker’s password';
export const EXIT_BUTTON = 'Unlock and leave hand-over mode';

const PASSWORD_ID = 'handover-exit-password';

/**
 * Leaving hand-over mode: the practitioner who handed the device over types the password they sign
 * in with, checked on the device against the verifier their hand-over was locked with.
 */
export function HandoverExitForm() {
  const endHandover = useHandoverStore((state) => state.endHandover);
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const locked = useHandoverStore((state) => state.lock !== null);

  // Every hand-over screen hides the app's navigation, even where HandoverGate is not above it.
  useEffect(() => {
    if (!locked) return;
    document.documentElement.classList.add('app-handover');
    return () => document.documentElement.classList.remove('app-handover');
  }, [locked]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!password) {
      setError('Enter your password');
      return;
    }
    setBusy(true);
    try {
      const result = await endHandover(password);
      if (result.ok) {
        navigate(result.returnPath, { replace: true });
        return;
      }
      setPassword('');
      setError(
        result.reason === 'wait'
          ? 'Too many wrong passwords. Wait 30 seconds, then try again.'
          : 'The password is not right. Try again.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="handover-exit-heading" className="govuk-!-margin-top-9">
      <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
      <h2 className="govuk-heading-m" id="handover-exit-heading">
        {EXIT_HEADING}
      </h2>
      <p className="govuk-body">Type your password to take the device back and leave hand-over mode.</p>
      <ErrorSummary errors={error ? [{ href: PASSWORD_ID, message: error }] : []} />
      <form onSubmit={submit} noValidate>
        <TextInput
          id={PASSWORD_ID}
          label={EXIT_PASSWORD_LABEL}
          type="password"
          autoComplete="current-password"
          widthClass="govuk-input--width-20"
          value={password}
          onChange={setPassword}
          error={error}
        />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
          {EXIT_BUTTON}
        </button>
      </form>
    </section>
  );
}

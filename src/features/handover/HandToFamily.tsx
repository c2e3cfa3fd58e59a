import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../db';
import { TextInput } from '../../ui/TextInput';
import { useHandoverStore } from './handoverStore';

export const HAND_TO_FAMILY_PASSWORD_LABEL = 'Your password';

/**
 * The practitioner's side of hand-over: their password is turned into a salted hash on this
 * device (never stored itself), then the app locks to `homePath` until the same password is typed.
 */
export function HandToFamily({
  caseId,
  homePath,
  returnPath,
  buttonText = 'Hand to family',
  iterations,
}: {
  caseId: string;
  homePath: string;
  returnPath: string;
  buttonText?: string;
  /** Only tests lower this, to keep PBKDF2 quick. */
  iterations?: number;
}) {
  const session = useSession();
  const startHandover = useHandoverStore((state) => state.startHandover);
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!session) return;
    if (password.length < 8) {
      setError(password ? 'Your password must be at least 8 characters' : 'Enter your password');
      return;
    }
    setBusy(true);
    try {
      await startHandover({
        caseId,
        homePath,
        returnPath,
        practitionerId: session.practitioner.id,
        password,
        iterations,
      });
      navigate(homePath);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <TextInput
        id="hand-to-family-password"
        label={HAND_TO_FAMILY_PASSWORD_LABEL}
        hint="The family will only see this screen. You will need your password to take the device back."
        type="password"
        autoComplete="current-password"
        widthClass="govuk-input--width-20"
        value={password}
        onChange={setPassword}
        error={error}
      />
      <button type="submit" className="govuk-button" disabled={busy}>
        {buttonText}
      </button>
    </form>
  );
}

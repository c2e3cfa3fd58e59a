import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useHasPasswordVerifier, useSession } from '../../db';
import { confirmPasswordOnline, SignInError } from '../../sync/authClient';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { TextInput } from '../../ui/TextInput';
import { useHandoverStore } from './handoverStore';

export const HAND_TO_FAMILY_PASSWORD_LABEL = 'Your password';
export const HAND_TO_FAMILY_EMAIL_LABEL = 'Your email address';
export const HAND_TO_FAMILY_WRONG_PASSWORD = 'The password is not right. Type the password you sign in with.';

const PASSWORD_ID = 'hand-to-family-password';
const EMAIL_ID = 'hand-to-family-email';

/**
 * The practitioner's side of hand-over: the password they sign in with is checked against the
 * verifier kept on the device at sign-in (offline too), then the app locks to `homePath` until the
 * same password is typed again. A device signed in before verifiers were kept checks it online once.
 */
export function HandToFamily({
  caseId,
  homePath,
  returnPath,
  buttonText = 'Hand to family',
}: {
  caseId: string;
  homePath: string;
  returnPath: string;
  buttonText?: string;
  /**
   * @deprecated Ignored: the password is checked against the verifier made at sign-in, whose own
   * iteration count applies. Kept so existing callers still compile.
   */
  iterations?: number;
}) {
  const session = useSession();
  const hasVerifier = useHasPasswordVerifier(session?.practitioner.id);
  const needsOnlineCheck = hasVerifier === false;
  const startHandover = useHandoverStore((state) => state.startHandover);
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;

  function refuse(href: string, message: string) {
    setPassword('');
    setErrors([{ href, message }]);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!session) return;
    const found: ErrorItem[] = [];
    if (needsOnlineCheck && !email.trim()) found.push({ href: EMAIL_ID, message: 'Enter your email address' });
    if (!password) found.push({ href: PASSWORD_ID, message: 'Enter your password' });
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      if (needsOnlineCheck) {
        try {
          await confirmPasswordOnline(email.trim(), password, session.practitioner.id);
        } catch (error) {
          const reason = error instanceof SignInError ? error.reason : 'server';
          refuse(
            reason === 'otherAccount' ? EMAIL_ID : PASSWORD_ID,
            error instanceof SignInError ? error.message : 'Your password could not be checked. Try again.',
          );
          return;
        }
      }
      const result = await startHandover({
        caseId,
        homePath,
        returnPath,
        practitionerId: session.practitioner.id,
        password,
      });
      if (result.ok) {
        navigate(homePath);
        return;
      }
      refuse(
        PASSWORD_ID,
        result.reason === 'wrongPassword'
          ? HAND_TO_FAMILY_WRONG_PASSWORD
          : 'This device needs to check your password online once. Enter your email address as well.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        {needsOnlineCheck && (
          <>
            <div className="govuk-inset-text">
              This device has not checked your password since it was updated. Connect to the internet and enter your
              email address as well, just this once. After that your password works here without a connection.
            </div>
            <TextInput
              id={EMAIL_ID}
              label={HAND_TO_FAMILY_EMAIL_LABEL}
              type="email"
              autoComplete="username"
              spellCheck={false}
              widthClass="govuk-input--width-20"
              value={email}
              onChange={setEmail}
              error={errorFor(EMAIL_ID)}
            />
          </>
        )}
        <TextInput
          id={PASSWORD_ID}
          label={HAND_TO_FAMILY_PASSWORD_LABEL}
          hint="The password you sign in with. The family will only see the consent screen. You will need the same password to take the device back."
          type="password"
          autoComplete="current-password"
          widthClass="govuk-input--width-20"
          value={password}
          onChange={setPassword}
          error={errorFor(PASSWORD_ID)}
        />
        <button type="submit" className="govuk-button" disabled={busy}>
          {buttonText}
        </button>
      </form>
    </>
  );
}

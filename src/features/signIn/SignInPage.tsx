import { useState } from 'react';
import { useNavigate } from 'react-router';
import { signIn, SignInError } from '../../sync/authClient';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { TextInput } from '../../ui/TextInput';

export function SignInPage() {
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: ErrorItem[] = [];
    if (!email.trim()) found.push({ href: 'email', message: 'Enter your email address' });
    if (!password) found.push({ href: 'password', message: 'Enter your password' });
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await signIn(email.trim(), password);
      navigate('/', { replace: true });
    } catch (error) {
      setErrors([
        {
          href: 'email',
          message: error instanceof SignInError ? error.message : 'Signing in did not work. Try again.',
        },
      ]);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (id: string) => errors.find((error) => error.href === id)?.message;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          Sign in once with a connection. After that, this device keeps your cases and works without signal.
        </p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="email"
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={fieldError('email')}
          />
          <TextInput
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={fieldError('password')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Link } from 'react-router';
import { usePendingChangeCount, useRejectedChanges, useSession, UnsentChangesError } from '../../db';
import { signOut } from '../../sync/authClient';
import { syncNow } from '../../sync/startSync';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';

/**
 * Signing out clears the device for the next person, so it waits until every change is on the
 * server: a practitioner's work is never deleted by signing out.
 */
export function SignOutPage() {
  const navigate = useNavigate();
  const session = useSession();
  const pending = usePendingChangeCount();
  const refused = useRejectedChanges()?.length ?? 0;
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await signOut();
      navigate('/sign-in', { replace: true });
    } catch (error) {
      setErrors([
        {
          href: 'sign-out',
          message: error instanceof UnsentChangesError ? error.message : 'Signing out did not work. Try again.',
        },
      ]);
      setBusy(false);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Sign out</h1>
        {pending === undefined ? (
          <p className="govuk-body">Checking for changes not yet sent…</p>
        ) : pending > 0 ? (
          <>
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                {pending} {pending === 1 ? 'change is' : 'changes are'} not on the server yet. You can sign out once
                {pending === 1 ? ' it has' : ' they have'} been sent.
              </strong>
            </div>
            <p className="govuk-body">
              Signing out removes everything from this device, so it waits until your work is safe on the server.
              Connect to the internet and sync.
            </p>
            <button type="button" className="govuk-button" onClick={() => void syncNow()}>
              Sync now
            </button>
          </>
        ) : (
          <form onSubmit={confirm} noValidate>
            <p className="govuk-body">
              Signing out removes your cases from this device, so the next person to use it cannot see them. Everything
              you have done is on the server.
            </p>
            {refused > 0 && (
              <p className="govuk-body">
                The{' '}
                <Link className="govuk-link" to="/sync">
                  {refused} {refused === 1 ? 'change' : 'changes'} the server did not accept
                </Link>{' '}
                will be removed too. Make {refused === 1 ? 'it' : 'them'} again on the case first if still needed.
              </p>
            )}
            <p className="govuk-body">You need an internet connection to sign in again and get your cases back.</p>
            <button type="submit" id="sign-out" className="govuk-button" disabled={busy}>
              Sign out{session ? ` ${session.practitioner.name}` : ''}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}

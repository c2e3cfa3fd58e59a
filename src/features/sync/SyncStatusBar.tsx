import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useLastSyncAt, useOldestPendingAt, usePendingChangeCount, useRejectedChanges } from '../../db';
import { describeMinutes, minutesWithoutSync } from '../../domain/syncWatchdog';
import { syncNow } from '../../sync/startSync';
import { useSyncStatus } from '../../sync/syncStatusStore';

function timeOf(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' });
}

function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * Always visible: how many changes are not yet sent, progress during a sync, when sync last
 * succeeded, and a plain warning when it has not succeeded for a while.
 */
export function SyncStatusBar() {
  const { phase, progress, lastError } = useSyncStatus();
  const lastSyncAt = useLastSyncAt();
  const pending = usePendingChangeCount();
  const rejected = useRejectedChanges();
  const oldestPending = useOldestPendingAt();
  const now = useNow(30_000);
  // Disabled from the click until that sync has finished, even while the engine is still loading.
  const [requested, setRequested] = useState(false);
  const stale = lastSyncAt === undefined ? null : minutesWithoutSync(lastSyncAt, oldestPending ?? null, now);

  let progressText = '';
  if (phase === 'syncing' && progress)
    progressText =
      progress.stage === 'sending'
        ? `Sending changes: ${progress.done} of ${progress.total ?? progress.done}`
        : `Receiving updates: ${progress.done}${progress.total ? ` of ${progress.total}` : ''}`;
  else if (phase === 'syncing') progressText = 'Syncing…';

  return (
    <section className="app-sync-bar govuk-body-s" aria-label="Sync status">
      <div className="app-sync-bar__row">
        <span>
          {pending === undefined
            ? ''
            : pending === 0
              ? 'All changes sent'
              : `${pending} ${pending === 1 ? 'change' : 'changes'} not yet sent`}
        </span>
        <span>
          {lastSyncAt === undefined ? '' : lastSyncAt ? `Last synced ${timeOf(lastSyncAt)}` : 'Not synced yet'}
        </span>
        <span role="status" aria-live="polite">
          {progressText}
        </span>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-sync-bar__button"
          onClick={() => {
            setRequested(true);
            void syncNow().finally(() => setRequested(false));
          }}
          disabled={phase === 'syncing' || requested}
        >
          Sync now
        </button>
      </div>
      {(stale !== null || (lastError && phase !== 'syncing')) && (
        <div className="govuk-warning-text govuk-!-margin-bottom-0">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {stale !== null ? `Sync has not succeeded for ${describeMinutes(stale)}. ` : ''}
            {lastError ?? ''}
            {phase === 'signInNeeded' && (
              <>
                {' '}
                <Link className="govuk-link" to="/sign-in">
                  Sign in
                </Link>
              </>
            )}
          </strong>
        </div>
      )}
      {rejected && rejected.length > 0 && (
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          <Link className="govuk-link" to="/sync">
            {rejected.length} {rejected.length === 1 ? 'change was' : 'changes were'} not accepted by the server
          </Link>
        </p>
      )}
    </section>
  );
}

import { deviceIdentity, readSession, watchPendingChanges } from '../db/sync';
import { syncOnce } from './syncEngine';
import { httpTransport, SyncRequestError, type SyncTransport } from './syncClient';
import { OFFLINE_MESSAGE, useSyncStatus } from './syncStatusStore';
import { SYNC_LOCK } from './syncLock';

export const PERIODIC_SYNC_MS = 60_000;
/** A local write is sent after this pause, so a burst of typing goes in one push. */
export const AFTER_WRITE_DELAY_MS = 2_000;
const MAX_BACKOFF_MS = 5 * 60_000;

/** Exponential backoff with full jitter, so many tablets coming back online do not retry in step. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.min(attempt, 20));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

const MESSAGES: Record<SyncRequestError['kind'], string> = {
  offline: OFFLINE_MESSAGE,
  unauthorised: 'Sign in again to sync. Your changes are kept on this device.',
  updateRequired: 'This version of the app is out of date. Reload to update it before syncing.',
  sequenceGap: 'The server is missing some of this device’s changes. Contact support before clearing this device.',
  forbidden: 'The server refused this device. Contact support.',
  tooLarge:
    'A change on this device is larger than the server accepts, so it cannot be sent. Your changes are kept on this device. Contact support.',
  badRequest: 'The server could not read what this device sent. Contact support.',
  server: 'The sync server had a problem. It will try again shortly.',
};

interface SchedulerOptions {
  transportFor?: (token: string, deviceId: string) => SyncTransport;
}

/**
 * Decides when to sync: on start, on reconnect, periodically, shortly after local writes, and on
 * "Sync now"; retries failures with backoff even when nothing new is written. Only one tab syncs at
 * a time (Web Locks); the others see the result through IndexedDB.
 */
export class SyncScheduler {
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private writeTimer: ReturnType<typeof setTimeout> | null = null;
  private periodic: ReturnType<typeof setInterval> | null = null;
  private failures = 0;
  private running: Promise<void> | null = null;
  private stopWatching: (() => void) | null = null;
  private lastPending = 0;

  constructor(private readonly options: SchedulerOptions = {}) {}

  start(): void {
    window.addEventListener('online', this.onOnline);
    this.periodic = setInterval(() => void this.syncNow(), PERIODIC_SYNC_MS);
    this.stopWatching = watchPendingChanges((count) => {
      if (count > this.lastPending) this.soon();
      this.lastPending = count;
    });
    void this.syncNow();
  }

  stop(): void {
    window.removeEventListener('online', this.onOnline);
    if (this.periodic) clearInterval(this.periodic);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.writeTimer) clearTimeout(this.writeTimer);
    this.stopWatching?.();
  }

  private onOnline = () => {
    this.failures = 0;
    void this.syncNow();
  };

  private soon() {
    if (this.writeTimer) clearTimeout(this.writeTimer);
    this.writeTimer = setTimeout(() => void this.syncNow(), AFTER_WRITE_DELAY_MS);
  }

  private queued: Promise<void> | null = null;

  /**
   * Start a sync; resolves when it has finished. If one is already running, another follows it,
   * because the running one may have read the outbox before the change the caller wants sent.
   */
  syncNow(): Promise<void> {
    if (!this.running) {
      this.running = this.runExclusive().finally(() => (this.running = null));
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.syncNow();
    });
    return this.queued;
  }

  private async runExclusive(): Promise<void> {
    if (typeof navigator !== 'undefined' && navigator.locks) {
      await navigator.locks.request(SYNC_LOCK, { ifAvailable: true }, async (lock) => {
        // Another tab holds the lock and is syncing: its results reach this tab through IndexedDB.
        if (lock) await this.run();
      });
    } else {
      await this.run();
    }
  }

  private async run(): Promise<void> {
    const status = useSyncStatus.getState();
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      // The browser knows there is no network: trying would only read the outbox (and hold up the
      // practitioner's next save) to fail. The 'online' event starts a sync when it returns.
      if (status.phase !== 'offline' || status.lastError !== MESSAGES.offline)
        status.set({ phase: 'offline', progress: null, lastError: MESSAGES.offline, nextRetryAt: null });
      return;
    }
    const session = await readSession();
    if (!session) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    status.set({ phase: 'syncing', progress: null, nextRetryAt: null });
    try {
      const deviceId = await deviceIdentity();
      const transport = (this.options.transportFor ?? ((token, id) => httpTransport({ token, deviceId: id })))(
        session.token,
        deviceId,
      );
      await syncOnce(transport, (progress) => useSyncStatus.getState().set({ progress }));
      this.failures = 0;
      useSyncStatus.getState().set({ phase: 'idle', progress: null, lastError: null });
    } catch (error) {
      const kind = error instanceof SyncRequestError ? error.kind : 'server';
      const phase =
        kind === 'offline'
          ? 'offline'
          : kind === 'unauthorised'
            ? 'signInNeeded'
            : kind === 'updateRequired'
              ? 'updateRequired'
              : 'error';
      if (kind === 'updateRequired') void navigator.serviceWorker?.getRegistration().then((r) => r?.update());
      this.failures++;
      const delay = backoffDelay(this.failures);
      useSyncStatus.getState().set({
        phase,
        progress: null,
        lastError: MESSAGES[kind],
        nextRetryAt: new Date(Date.now() + delay).toISOString(),
      });
      // Keep trying with backoff even if nothing new is written; not when a person must act first.
      if (kind !== 'unauthorised' && kind !== 'updateRequired')
        this.retryTimer = setTimeout(() => void this.syncNow(), delay);
    }
  }
}

export const syncScheduler = new SyncScheduler();

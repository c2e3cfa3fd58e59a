import type { SyncScheduler } from './syncScheduler';
import { OFFLINE_MESSAGE, useSyncStatus } from './syncStatusStore';

/**
 * The sync engine (HTTP client, protocol schemas, merge of pulled batches) is loaded after the first
 * screen has rendered: "My cases" must open offline without waiting for code it does not need yet.
 */
let scheduler: Promise<SyncScheduler> | null = null;

/**
 * A failed load is forgotten, so the next attempt fetches again: a practitioner who loses signal
 * before the service worker has cached the engine's code must still sync once it comes back.
 */
function loadScheduler(): Promise<SyncScheduler> {
  scheduler ??= import('./syncScheduler')
    .then((module) => module.syncScheduler)
    .catch((error: unknown) => {
      scheduler = null;
      throw error;
    });
  return scheduler;
}

function reportNotLoaded(): void {
  useSyncStatus.getState().set({ phase: 'offline', progress: null, lastError: OFFLINE_MESSAGE, nextRetryAt: null });
}

/** How long after the first screen the engine loads: the screen's own work goes first. */
const START_AFTER_MS = 1500;

function whenIdle(callback: () => void): () => void {
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 2000 });
    else callback();
  }, START_AFTER_MS);
  return () => clearTimeout(timer);
}

/** Starts syncing once the first screen is up and the browser is idle; the returned function stops it. */
export function startSync(): () => void {
  let stopped = false;
  const begin = () => {
    if (stopped) return;
    loadScheduler().then(
      (loaded) => {
        if (!stopped) loaded.start();
      },
      () => {
        reportNotLoaded();
        window.addEventListener('online', begin, { once: true });
      },
    );
  };
  const cancel = whenIdle(begin);
  return () => {
    stopped = true;
    cancel();
    window.removeEventListener('online', begin);
    if (scheduler)
      scheduler.then(
        (loaded) => loaded.stop(),
        () => undefined,
      );
  };
}

/** "Sync now": also loads the engine if it could not be loaded before, and says so when it still cannot. */
export function syncNow(): Promise<void> {
  return loadScheduler().then(
    (loaded) => loaded.syncNow(),
    () => reportNotLoaded(),
  );
}

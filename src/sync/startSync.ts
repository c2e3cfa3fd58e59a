import type { SyncScheduler } from './syncScheduler';

/**
 * The sync engine (HTTP client, protocol schemas, merge of pulled batches) is loaded after the first
 * screen has rendered: "My cases" must open offline without waiting for code it does not need yet.
 */
let scheduler: Promise<SyncScheduler> | null = null;

function loadScheduler(): Promise<SyncScheduler> {
  scheduler ??= import('./syncScheduler').then((module) => module.syncScheduler);
  return scheduler;
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
  const cancel = whenIdle(() => {
    if (stopped) return;
    void loadScheduler().then((loaded) => {
      if (!stopped) loaded.start();
    });
  });
  return () => {
    stopped = true;
    cancel();
    if (scheduler) void scheduler.then((loaded) => loaded.stop());
  };
}

export function syncNow(): Promise<void> {
  return loadScheduler().then((loaded) => loaded.syncNow());
}

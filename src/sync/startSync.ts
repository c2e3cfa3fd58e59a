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

/** Starts syncing; the returned function stops it. */
export function startSync(): () => void {
  let stopped = false;
  void loadScheduler().then((loaded) => {
    if (!stopped) loaded.start();
  });
  return () => {
    stopped = true;
    void loadScheduler().then((loaded) => loaded.stop());
  };
}

export function syncNow(): Promise<void> {
  return loadScheduler().then((loaded) => loaded.syncNow());
}

/** The Web Lock a tab holds while it syncs, so only one tab syncs at a time. */
export const SYNC_LOCK = 'early-help-caf-sync';

/**
 * Runs `work` once no tab is syncing, and keeps any tab from starting a sync until it is done: clearing
 * the device must not race a pull that would write the cases back. Without Web Locks, runs it directly.
 */
export async function withSyncHeldOff<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return work();
  return navigator.locks.request(SYNC_LOCK, () => work()) as Promise<T>;
}

export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported';

/**
 * Ask the browser not to evict this origin's storage under pressure. Chromium grants it silently
 * to installed or frequently used apps; we show the answer so a practitioner knows the risk.
 */
export async function requestPersistentStorage(): Promise<PersistenceState> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
  if (await navigator.storage.persisted()) return 'persistent';
  return (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
}

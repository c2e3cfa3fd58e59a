/**
 * Another tab or window opened this device's database at a newer schema version: the app was
 * updated there. This page still runs the older code, which must not write into the newer layout
 * (it does not know its tables and derived fields), so from then on its writes are refused and the
 * practitioner is told to reload. Reads go on: Dexie reopens the database for them.
 */
const listeners = new Set<() => void>();
const replacedDatabases = new Set<string>();

/** Calls `listener` when the database is taken over by a newer version; returns a function that stops it. */
export function onReplacedByNewerVersion(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Said by a connection on IndexedDB's versionchange event. */
export function reportReplacedByNewerVersion(databaseName: string): void {
  replacedDatabases.add(databaseName);
  for (const listener of listeners) listener();
}

export function isReplacedByNewerVersion(databaseName: string): boolean {
  return replacedDatabases.has(databaseName);
}

import { CafDatabase } from './database';

let current: CafDatabase | null = null;
let strict: CafDatabase | null = null;

/** The device's database. Tests swap it for a fresh one with `setActiveDatabase`. */
export function database(): CafDatabase {
  if (!current) current = new CafDatabase();
  return current;
}

export function setActiveDatabase(db: CafDatabase): void {
  current = db;
}

/**
 * A second connection to the same database whose write transactions commit with IndexedDB's
 * 'strict' durability: the browser reports them done only once they are on disk, not merely
 * handed to the operating system, so a signed consent survives a power cut or a crash the moment
 * the family is told it is saved (issue 6). Dexie sets durability per instance
 * (`chromeTransactionDurability`), not per transaction, hence a connection of its own; it shares
 * the schema, and Dexie tells live queries on either connection about writes made through the other.
 * Browsers without the durability option ignore it.
 */
export function strictDatabase(): CafDatabase {
  const active = database();
  if (strict?.name !== active.name) {
    strict?.close();
    strict = new CafDatabase(active.name, { chromeTransactionDurability: 'strict' });
  }
  return strict;
}

/** Closes the strict connection, if open, before its database is deleted (which would otherwise close it with a warning). */
export function closeStrictDatabase(): void {
  strict?.close();
  strict = null;
}

import { database } from './connection';
import { rememberSession } from './session';

/** Signing out, or someone else signing in, would delete changes the server does not have yet. */
export class UnsentChangesError extends Error {
  constructor(readonly count: number) {
    super(
      `${count} ${count === 1 ? 'change is' : 'changes are'} not on the server yet. Sync before signing out: signing out removes everything from this device.`,
    );
    this.name = 'UnsentChangesError';
  }
}

/**
 * Removes every case, setting and the session from this device, so the next person to sign in starts
 * clean, with a new device id: a shared tablet must not show one practitioner's families to the next.
 * Refuses, changing nothing, while the outbox holds changes not yet on the server; the check and the
 * clearing are one transaction, so a change saved meanwhile is never lost.
 */
export async function forgetEverythingOnDevice(): Promise<void> {
  const db = database();
  await db.transaction('rw', db.tables, async () => {
    const unsent = await db.outbox.count();
    if (unsent > 0) throw new UnsentChangesError(unsent);
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  rememberSession(null);
}

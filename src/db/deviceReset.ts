import { database } from './connection';
import { readSetting, SETTING } from './deviceState';
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
 *
 * Only the hashes of sessions still to be ended on the server stay, `endSession` (the hash of the
 * session being signed out) among them, in the same transaction: once the device is cleared, nothing
 * can lose the promise to end that session when there is a connection. The trusted-device tokens
 * stay too: they open nothing, and keep each practitioner's sign-in here from being paused by
 * someone else's failed attempts.
 */
export async function forgetEverythingOnDevice(endSession?: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.tables, async () => {
    const unsent = await db.outbox.count();
    if (unsent > 0) throw new UnsentChangesError(unsent);
    const toEnd = new Set((await readSetting<string[]>(db, SETTING.sessionsToEnd)) ?? []);
    if (endSession) toEnd.add(endSession);
    const trustedDevices = await db.settings.get(SETTING.trustedDevices);
    await Promise.all(db.tables.map((table) => table.clear()));
    if (toEnd.size > 0) await db.settings.put({ key: SETTING.sessionsToEnd, value: [...toEnd] });
    if (trustedDevices) await db.settings.put(trustedDevices);
  });
  rememberSession(null);
}

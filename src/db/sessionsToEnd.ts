import { database } from './connection';
import { readSetting, SETTING } from './deviceState';

// Sessions signed out on this device while it had no connection, as the SHA-256 of their tokens (what the
// server keys sessions by): written by forgetEverythingOnDevice, sent by src/sync/sessionEnds.ts.

/** Sessions signed out on this device that the server has not yet been told to end (token hashes). */
export async function readSessionsToEnd(): Promise<string[]> {
  return (await readSetting<string[]>(database(), SETTING.sessionsToEnd)) ?? [];
}

/** The server has ended these sessions: stop reporting them. Hashes added meanwhile stay. */
export async function forgetEndedSessions(ended: readonly string[]): Promise<void> {
  const db = database();
  await db.transaction('rw', db.settings, async () => {
    const done = new Set(ended);
    const left = ((await readSetting<string[]>(db, SETTING.sessionsToEnd)) ?? []).filter((hash) => !done.has(hash));
    if (left.length > 0) await db.settings.put({ key: SETTING.sessionsToEnd, value: left });
    else await db.settings.delete(SETTING.sessionsToEnd);
  });
}

import { database } from './connection';
import { ensureDeviceId, readSetting, SETTING, type Session } from './deviceState';

/**
 * The last session read or written in this tab. Screens get it synchronously on first render, so a
 * form submitted the instant it appears is not ignored while the session is still being read.
 */
let lastKnownSession: Session | null | undefined;

export function cachedSession(): Session | null | undefined {
  return lastKnownSession;
}

export function rememberSession(session: Session | null): Session | null {
  lastKnownSession = session;
  return session;
}

export async function saveSession(session: Session): Promise<void> {
  const db = database();
  await db.transaction('rw', db.settings, async () => {
    await ensureDeviceId(db);
    await db.settings.put({ key: SETTING.session, value: session });
  });
  rememberSession(session);
}

export async function readSession(): Promise<Session | undefined> {
  return readSetting<Session>(database(), SETTING.session);
}

/** Signing out keeps unsynced work: the outbox stays until it has been pushed. */
export async function clearSession(): Promise<void> {
  await database().settings.delete(SETTING.session);
  rememberSession(null);
}

export async function readDeviceId(): Promise<string> {
  const db = database();
  return db.transaction('rw', db.settings, () => ensureDeviceId(db));
}

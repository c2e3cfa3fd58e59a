import { database } from './connection';
import { ensureDeviceId, readSetting, SETTING, type Session } from './deviceState';

export async function saveSession(session: Session): Promise<void> {
  const db = database();
  await db.transaction('rw', db.settings, async () => {
    await ensureDeviceId(db);
    await db.settings.put({ key: SETTING.session, value: session });
  });
}

export async function readSession(): Promise<Session | undefined> {
  return readSetting<Session>(database(), SETTING.session);
}

/** Signing out keeps unsynced work: the outbox stays until it has been pushed. */
export async function clearSession(): Promise<void> {
  await database().settings.delete(SETTING.session);
}

export async function readDeviceId(): Promise<string> {
  const db = database();
  return db.transaction('rw', db.settings, () => ensureDeviceId(db));
}

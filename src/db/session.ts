import { isPasswordVerifier, type PasswordVerifier } from '../domain/passwordVerifier';
import { database } from './connection';
import { ensureDeviceId, readSetting, SETTING, type Session, type StoredPasswordVerifier } from './deviceState';

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

/**
 * Keeps the session, and with it the verifier of the password the practitioner just signed in
 * with. A session saved without one drops any older verifier, which belonged to an earlier sign-in
 * (perhaps someone else's) and must not unlock this one's hand-over.
 */
export async function saveSession(session: Session, passwordVerifier?: PasswordVerifier): Promise<void> {
  const db = database();
  await db.transaction('rw', db.settings, async () => {
    await ensureDeviceId(db);
    await db.settings.put({ key: SETTING.session, value: session });
    if (passwordVerifier) {
      const stored: StoredPasswordVerifier = {
        practitionerId: session.practitioner.id,
        verifier: passwordVerifier,
        savedAt: session.signedInAt,
      };
      await db.settings.put({ key: SETTING.passwordVerifier, value: stored });
    } else await db.settings.delete(SETTING.passwordVerifier);
  });
  rememberSession(session);
}

/**
 * The verifier of `practitionerId`'s password, if they signed in on this device since verifiers
 * were kept. `undefined` for a session from before then: the caller has to check the password
 * another way once.
 */
export async function readPasswordVerifier(practitionerId: string): Promise<PasswordVerifier | undefined> {
  const stored = await readSetting<StoredPasswordVerifier>(database(), SETTING.passwordVerifier);
  if (stored?.practitionerId !== practitionerId || !isPasswordVerifier(stored.verifier)) return undefined;
  return stored.verifier;
}

export async function readSession(): Promise<Session | undefined> {
  return readSetting<Session>(database(), SETTING.session);
}

/** Signing out keeps unsynced work: the outbox stays until it has been pushed. */
export async function clearSession(): Promise<void> {
  await database().settings.bulkDelete([SETTING.session, SETTING.passwordVerifier]);
  rememberSession(null);
}

export async function readDeviceId(): Promise<string> {
  const db = database();
  return db.transaction('rw', db.settings, () => ensureDeviceId(db));
}

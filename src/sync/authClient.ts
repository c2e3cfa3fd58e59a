import {
  forgetEverythingOnDevice,
  keepTrustedDeviceToken,
  readSession,
  readTrustedDeviceToken,
  saveSession,
  UnsentChangesError,
  type Session,
} from '../db';
import { sha256Hex } from '../domain/sha256Hex';
import { createPasswordVerifier } from '../domain/passwordVerifier';
import { endSignedOutSessions } from './sessionEnds';
import { withSyncHeldOff } from './syncLock';

export type SignInFailure = 'offline' | 'wrongCredentials' | 'server' | 'otherAccount';

export class SignInError extends Error {
  constructor(
    message: string,
    readonly reason: SignInFailure = 'server',
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

async function requestLogin(
  email: string,
  password: string,
  offlineMessage: string,
): Promise<{ token: string; practitioner: Session['practitioner'] }> {
  const emailKey = await sha256Hex(email.trim().toLowerCase());
  const trustedDeviceToken = await readTrustedDeviceToken(emailKey);
  let response: Response;
  try {
    response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, trustedDeviceToken }),
    });
  } catch {
    throw new SignInError(offlineMessage, 'offline');
  }
  if (response.status === 401)
    throw new SignInError('The email address or password is not right. Check them and try again.', 'wrongCredentials');
  if (response.status === 429) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new SignInError(
      body?.error?.message ?? 'Too many sign-in attempts that did not work. Wait a few minutes, then try again.',
      'server',
    );
  }
  if (!response.ok) throw new SignInError('Signing in did not work just now. Try again in a few minutes.', 'server');
  const body = (await response.json()) as {
    token: string;
    practitioner: Session['practitioner'];
    trustedDeviceToken?: unknown;
  };
  if (typeof body.trustedDeviceToken === 'string') await keepTrustedDeviceToken(emailKey, body.trustedDeviceToken);
  return body;
}

/**
 * Keeps the session and a salted PBKDF2 verifier of the password just accepted by the server, never
 * the password: hand-over mode checks the practitioner against it, also offline.
 */
async function keepSession(body: { token: string; practitioner: Session['practitioner'] }, password: string) {
  const session: Session = { token: body.token, practitioner: body.practitioner, signedInAt: new Date().toISOString() };
  await saveSession(session, await createPasswordVerifier(password));
  return session;
}

/**
 * Sign in against the sync server. Needs a connection once; the session is then kept on the
 * device so the app opens and works offline. Someone other than the practitioner whose cases the
 * device holds (whose session ran out without signing out) gets a clean device; while that
 * practitioner's changes are still unsent, nobody else can sign in here.
 */
export async function signIn(email: string, password: string): Promise<Session> {
  const body = await requestLogin(
    email,
    password,
    'You need an internet connection to sign in on this device for the first time.',
  );
  const previous = await readSession();
  if (previous && previous.practitioner.id !== body.practitioner.id) {
    // Sessions are ended by their token's SHA-256, the key the server keeps them by.
    const endPrevious = await sha256Hex(previous.token);
    try {
      // The previous practitioner's session goes with their cases.
      await withSyncHeldOff(() => forgetEverythingOnDevice(endPrevious));
    } catch (error) {
      if (!(error instanceof UnsentChangesError)) throw error;
      // The session the server just opened is not going to be used: end it rather than leave it live.
      await endServerSession(body.token);
      throw new SignInError(
        `This device has ${error.count} ${error.count === 1 ? 'change' : 'changes'} by ${previous.practitioner.name} that ${error.count === 1 ? 'is' : 'are'} not on the server yet. ${previous.practitioner.name} needs to sign in here and sync before anyone else signs in on this device.`,
        'otherAccount',
      );
    }
  }
  const session = await keepSession(body, password);
  // Signing in shows there is a connection: sessions signed out offline can be ended now.
  void endSignedOutSessions();
  return session;
}

/**
 * Signing out removes every case from the device (so a shared tablet shows the next person nothing of
 * this practitioner's families), and is refused while changes are unsent: UnsentChangesError. It also
 * ends the session on the server: now if there is a connection, otherwise as soon as there is one.
 * Until then the device keeps only the token's hash, which cannot sign in or read anything.
 */
export async function signOut(): Promise<void> {
  await withSyncHeldOff(async () => {
    const session = await readSession();
    await forgetEverythingOnDevice(session ? await sha256Hex(session.token) : undefined);
  });
  // Not awaited: on a poor connection the practitioner should not wait to see the device cleared.
  void endSignedOutSessions();
}

async function endServerSession(token: string): Promise<void> {
  try {
    await fetch('/api/auth/logout', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    // No connection, or no answer in time: signing out on the device does not wait for the server.
  }
}

/**
 * For a device signed in before password verifiers were kept: checks the practitioner's password
 * with the server once, as signing in again would, and keeps the new session and its verifier, so
 * from then on the device can check the password offline. Refuses another practitioner's account,
 * which must not take over this device's session from inside hand-over.
 */
export async function confirmPasswordOnline(email: string, password: string, practitionerId: string): Promise<Session> {
  const body = await requestLogin(
    email,
    password,
    'This device needs an internet connection once to check your password. Connect, then try again.',
  );
  if (body.practitioner.id !== practitionerId)
    throw new SignInError(
      'That is not the account signed in on this device. Use your own email address and password.',
      'otherAccount',
    );
  return keepSession(body, password);
}

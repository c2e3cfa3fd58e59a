import { saveSession, type Session } from '../db';

export class SignInError extends Error {}

/**
 * Sign in against the sync server. Needs a connection once; the session is then kept on the
 * device so the app opens and works offline.
 */
export async function signIn(email: string, password: string): Promise<Session> {
  let response: Response;
  try {
    response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
  } catch {
    throw new SignInError('You need an internet connection to sign in on this device for the first time.');
  }
  if (response.status === 401)
    throw new SignInError('The email address or password is not right. Check them and try again.');
  if (!response.ok) throw new SignInError('Signing in did not work just now. Try again in a few minutes.');
  const body = (await response.json()) as { token: string; practitioner: Session['practitioner'] };
  const session: Session = { token: body.token, practitioner: body.practitioner, signedInAt: new Date().toISOString() };
  await saveSession(session);
  return session;
}

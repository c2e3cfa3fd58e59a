import { forgetEndedSessions, readSessionsToEnd } from '../db';
import { MAX_SESSIONS_TO_END } from '../domain/sessionRevocation';

/** Answers after which sending the same hashes again could not turn out differently. */
function settled(status: number): boolean {
  return (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 408 && status !== 429);
}

let sending: Promise<void> | null = null;

/**
 * Tells the server to end the sessions signed out on this device while it had no connection, and
 * forgets each one the server has answered for. With no connection, or a server error, they stay for
 * the next attempt. Never throws: signing out and the screens must not wait on it.
 */
export function endSignedOutSessions(
  send: (url: string, init: RequestInit) => Promise<Response> = (url, init) => fetch(url, init),
): Promise<void> {
  sending ??= (async () => {
    try {
      const pending = await readSessionsToEnd();
      for (let start = 0; start < pending.length; start += MAX_SESSIONS_TO_END) {
        const tokenHashes = pending.slice(start, start + MAX_SESSIONS_TO_END);
        const response = await send('/api/auth/revoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ tokenHashes }),
          signal: AbortSignal.timeout(10_000),
        });
        if (!settled(response.status)) return;
        await forgetEndedSessions(tokenHashes);
      }
    } catch {
      // No connection (or storage unavailable): the hashes stay until the next attempt.
    } finally {
      sending = null;
    }
  })();
  return sending;
}

/** Reports sessions signed out offline now, and again whenever the connection comes back. */
export function keepEndingSignedOutSessions(): () => void {
  const attempt = () => void endSignedOutSessions();
  attempt();
  window.addEventListener('online', attempt);
  return () => window.removeEventListener('online', attempt);
}

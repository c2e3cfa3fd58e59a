import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import {
  describeIssues,
  endSessionsRequestSchema,
  loginRequestSchema,
  PROTOCOL_VERSION,
  type LoginResponse,
} from '../../../src/domain/syncProtocol';
import { practitionerRoleSchema } from '../../../src/domain/records/directory';
import { ApiError } from '../apiError';
import { hashPassword, hashToken, newToken, verifyPassword } from '../auth/passwords';
import { LoginThrottle } from '../auth/loginThrottle';
import type { SyncStore } from '../store/store';

export interface AuthOptions {
  store: SyncStore;
  sessionTtlMs: number;
  throttle?: LoginThrottle;
}

/** How long a device stays trusted for an account without signing in as it again. */
export const TRUSTED_DEVICE_TTL_MS = 90 * 24 * 60 * 60 * 1000;

/** Compared against when the email is unknown, so a wrong email takes as long as a wrong password. */
const decoyHash = hashPassword('decoy-password-never-valid');

export const authRoutes: FastifyPluginAsync<AuthOptions> = async (
  app,
  { store, sessionTtlMs, throttle = new LoginThrottle() },
) => {
  app.post('/api/auth/login', async (request, reply): Promise<LoginResponse> => {
    const parsed = loginRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'bad_request', describeIssues(parsed.error));
    const { email, password, trustedDeviceToken } = parsed.data;
    const now = new Date();
    const account = await store.findAccountByEmail(email);
    // A token this device was given at an earlier sign-in as this same account; anything else counts as none.
    const presented = trustedDeviceToken ? hashToken(trustedDeviceToken) : undefined;
    const device = presented ? await store.findTrustedDevice(presented, now) : undefined;
    const trustedDevice = account && device?.accountId === account.id ? presented : undefined;
    const waitMs = throttle.waitBeforeAttempt(email, request.ip, trustedDevice);
    if (waitMs > 0) {
      const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
      void reply.header('retry-after', String(Math.ceil(waitMs / 1000)));
      throw new ApiError(
        429,
        'too_many_attempts',
        `Too many sign-in attempts that did not work. Wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}, then try again.`,
      );
    }
    const valid = await verifyPassword(password, account?.passwordHash ?? (await decoyHash));
    if (!account || !valid) {
      throttle.recordFailure(email, request.ip, trustedDevice);
      throw new ApiError(401, 'unauthorised', 'The email address or password is not right.');
    }
    throttle.recordSuccess(email, trustedDevice);
    // Housekeeping on the rare write path rather than a timer every server process would run.
    await store.deleteExpiredSessions(now);
    await store.deleteExpiredTrustedDevices(now);
    const token = newToken();
    const expiresAt = new Date(now.getTime() + sessionTtlMs);
    await store.putSession(hashToken(token), { practitionerId: account.id, expiresAt });
    // A new trusted-device token at every sign-in, replacing the one presented: a copied token stops
    // counting apart once the practitioner signs in again.
    const nextDeviceToken = newToken();
    await store.putTrustedDevice(hashToken(nextDeviceToken), {
      accountId: account.id,
      expiresAt: new Date(now.getTime() + TRUSTED_DEVICE_TTL_MS),
    });
    if (trustedDevice) await store.deleteTrustedDevice(trustedDevice);
    const role = practitionerRoleSchema.catch('other').parse(account.role);
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      trustedDeviceToken: nextDeviceToken,
      practitioner: { id: account.id, name: account.name, role, agencyId: account.agencyId },
      protocolVersion: PROTOCOL_VERSION,
    };
  });

  // Signing out on a device: its token stops working here too. Answered only once the deletion is committed.
  app.post('/api/auth/logout', async (request, reply) => {
    await authenticate(store, request); // 401 unless the token is a live session
    const token = bearerToken(request);
    if (token) await store.deleteSession(hashToken(token));
    return reply.code(204).header('cache-control', 'no-store').send();
  });

  // A device that signed out offline reports it here once it is back online, by each token's hash (it no
  // longer holds the token). Needs no token: knowing a hash proves nothing but lets a session end early.
  // Unknown or already ended sessions are not an error, so a repeat after a lost answer is harmless.
  app.post('/api/auth/revoke', async (request, reply) => {
    const parsed = endSessionsRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'bad_request', describeIssues(parsed.error));
    for (const tokenHash of new Set(parsed.data.tokenHashes)) await store.deleteSession(tokenHash);
    return reply.code(204).header('cache-control', 'no-store').send();
  });
};

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;

function bearerToken(request: FastifyRequest): string | undefined {
  return BEARER.exec(request.headers.authorization ?? '')?.[1];
}

/** The practitioner a request is made by, from its bearer token; 401 when missing, unknown or expired. */
export async function authenticate(store: SyncStore, request: FastifyRequest): Promise<string> {
  const token = bearerToken(request);
  if (!token) throw new ApiError(401, 'unauthorised', 'Sign in first: this request has no valid session token.');
  const session = await store.findSession(hashToken(token));
  if (!session || session.expiresAt.getTime() <= Date.now()) {
    throw new ApiError(401, 'unauthorised', 'Your session has ended. Sign in again to sync.');
  }
  return session.practitionerId;
}

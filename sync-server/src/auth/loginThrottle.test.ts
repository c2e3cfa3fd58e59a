import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponseSchema, loginResponseSchema } from '../../../src/domain/syncProtocol';
import { buildApp } from '../app';
import { DEMO_PRACTITIONERS, seedDemo } from '../demoSeed';
import { sqliteBackend, type OpenedBackend } from '../testSupport/backends';
import { LOGIN_WINDOW_MS, LoginThrottle, MAX_FAILURES_PER_EMAIL } from './loginThrottle';

const PASSWORD = 'throttle-test-password';
const HV = DEMO_PRACTITIONERS.healthVisitor;
const SCHOOL = DEMO_PRACTITIONERS.schoolWorker;

/** A server on a fresh seeded store whose sign-in pause runs on a clock the test moves. */
function seededServerWithClock() {
  let opened: OpenedBackend;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let clock = Date.UTC(2026, 10, 23, 9, 0, 0);
  beforeAll(async () => {
    opened = await sqliteBackend.open();
    await seedDemo(opened.store, PASSWORD);
    app = await buildApp({ store: opened.store, loginThrottle: new LoginThrottle({ now: () => clock }) });
  });
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });
  return {
    login: (email: string, password: string, trustedDeviceToken?: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password, trustedDeviceToken } }),
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe('failed sign-ins are limited', () => {
  const server = seededServerWithClock();
  const login = (email: string, password: string) => server.login(email, password);

  it('refuses an address after repeated wrong passwords, even the right one, until the window has passed', async () => {
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++)
      expect((await login(HV.email, 'wrong-password')).statusCode).toBe(401);

    const refused = await login(HV.email.toUpperCase(), PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBe(LOGIN_WINDOW_MS / 1000);
    const body = errorResponseSchema.parse(refused.json());
    expect(body.error.code).toBe('too_many_attempts');
    expect(body.error.message).toBe('Too many sign-in attempts that did not work. Wait 15 minutes, then try again.');

    // Another practitioner signs in as usual.
    expect((await login(SCHOOL.email, PASSWORD)).statusCode).toBe(200);

    server.advance(LOGIN_WINDOW_MS + 1);
    const after = await login(HV.email, PASSWORD);
    expect(after.statusCode).toBe(200);
    expect(loginResponseSchema.parse(after.json()).practitioner.id).toBe(HV.id);
  });

  it('a success clears the count of earlier failures for that address', async () => {
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL - 1; attempt++)
      expect((await login(SCHOOL.email, 'wrong-password')).statusCode).toBe(401);
    expect((await login(SCHOOL.email, PASSWORD)).statusCode).toBe(200);
    expect((await login(SCHOOL.email, 'wrong-password')).statusCode).toBe(401);
    expect((await login(SCHOOL.email, PASSWORD)).statusCode).toBe(200);
  });
});

describe('a practitioner’s own device is not paused by failures elsewhere', () => {
  const server = seededServerWithClock();
  const login = (email: string, password: string, trustedDeviceToken?: string) =>
    server.login(email, password, trustedDeviceToken);
  const deviceTokenOf = (response: { json(): unknown }) =>
    loginResponseSchema.parse(response.json()).trustedDeviceToken;

  it('lets the device that signed in before sign in while the email is paused for everyone else', async () => {
    const tablet = deviceTokenOf(await login(HV.email, PASSWORD));
    const schoolTablet = deviceTokenOf(await login(SCHOOL.email, PASSWORD));

    // Someone who knows only the email fails five times.
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++)
      expect((await login(HV.email, 'wrong-password')).statusCode).toBe(401);
    expect((await login(HV.email, PASSWORD)).statusCode).toBe(429);
    // Another account's device token, or a made-up one, is no way round it.
    expect((await login(HV.email, PASSWORD, schoolTablet)).statusCode).toBe(429);
    expect((await login(HV.email, PASSWORD, 'x'.repeat(43))).statusCode).toBe(429);
    expect((await login(HV.email, PASSWORD, 'short')).statusCode).toBe(400);

    // The practitioner's own tablet signs in, and gets a new token in place of the one it used.
    const signedIn = await login(HV.email, PASSWORD, tablet);
    expect(signedIn.statusCode).toBe(200);
    const renewed = deviceTokenOf(signedIn);
    expect(renewed).not.toBe(tablet);
    expect((await login(HV.email, PASSWORD, tablet)).statusCode).toBe(429);
    // Everyone else is still paused: the tablet's sign-in does not lift it.
    expect((await login(HV.email, PASSWORD)).statusCode).toBe(429);

    // The device's own failures pause only the device, with the same limit.
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++)
      expect((await login(HV.email, 'wrong-password', renewed)).statusCode).toBe(401);
    expect((await login(HV.email, PASSWORD, renewed)).statusCode).toBe(429);

    server.advance(LOGIN_WINDOW_MS + 1);
    expect((await login(HV.email, PASSWORD, renewed)).statusCode).toBe(200);
  });
});

describe('the throttle on its own', () => {
  it('limits one client address across many email addresses', () => {
    let now = 0;
    const throttle = new LoginThrottle({ now: () => now, maxFailuresPerClient: 3, maxFailuresPerEmail: 10 });
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org']) throttle.recordFailure(email, '10.0.0.9');
    expect(throttle.waitBeforeAttempt('d@example.org', '10.0.0.9')).toBe(LOGIN_WINDOW_MS);
    expect(throttle.waitBeforeAttempt('d@example.org', '10.0.0.10')).toBe(0);
    now = 60_000;
    expect(throttle.waitBeforeAttempt('d@example.org', '10.0.0.9')).toBe(LOGIN_WINDOW_MS - 60_000);
  });
});

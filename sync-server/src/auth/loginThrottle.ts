/**
 * Slows password guessing: failed sign-ins are counted per email address and per client address
 * over a sliding window, and once either count reaches its limit, sign-in for it is refused until
 * the oldest failure leaves the window. A success clears the email's count. Counts live in this
 * process's memory: behind several server processes each counts its own, which still bounds a
 * guesser to a handful of tries per process per window.
 *
 * An attempt from a trusted device (one that signed in as this account before and presents the token
 * it was given then) is counted against that device instead of the email, with the same limit. So
 * someone who only knows a practitioner's email can pause sign-in for everyone else, but not from the
 * practitioner's own tablet (OWASP's "device cookies").
 */
export interface LoginThrottleOptions {
  windowMs?: number;
  maxFailuresPerEmail?: number;
  maxFailuresPerClient?: number;
  now?: () => number;
}

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
// High enough that an office behind one address is not locked out by its own typos.
export const MAX_FAILURES_PER_CLIENT = 100;
/** Keys kept at most, so a flood of made-up email addresses cannot grow memory without bound. */
const MAX_KEYS = 50_000;

/** The count an attempt on this account goes to: its trusted device's own, or the email's. */
function accountKey(email: string, trustedDevice?: string): string {
  return trustedDevice ? `device:${trustedDevice}` : `email:${email.toLowerCase()}`;
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly maxPerEmail: number;
  private readonly maxPerClient: number;
  private readonly now: () => number;

  constructor(options: LoginThrottleOptions = {}) {
    this.windowMs = options.windowMs ?? LOGIN_WINDOW_MS;
    this.maxPerEmail = options.maxFailuresPerEmail ?? MAX_FAILURES_PER_EMAIL;
    this.maxPerClient = options.maxFailuresPerClient ?? MAX_FAILURES_PER_CLIENT;
    this.now = options.now ?? Date.now;
  }

  /**
   * Milliseconds until this email address may try again from this client, or 0 when it may now.
   * `trustedDevice`: the hash of a trusted-device token the server has checked belongs to this email's account.
   */
  waitBeforeAttempt(email: string, client: string, trustedDevice?: string): number {
    return Math.max(
      this.wait(accountKey(email, trustedDevice), this.maxPerEmail),
      this.wait(`client:${client}`, this.maxPerClient),
    );
  }

  recordFailure(email: string, client: string, trustedDevice?: string): void {
    for (const key of [accountKey(email, trustedDevice), `client:${client}`]) {
      const recent = this.recent(key);
      recent.push(this.now());
      this.failures.delete(key);
      this.failures.set(key, recent);
    }
    // Oldest keys first in a Map: drop them when it is full.
    while (this.failures.size > MAX_KEYS) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  /** Clears the count the attempt went to: a trusted device signing in does not lift a pause on the email. */
  recordSuccess(email: string, trustedDevice?: string): void {
    this.failures.delete(accountKey(email, trustedDevice));
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > cutoff);
  }

  private wait(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    const oldestCounted = recent[recent.length - limit] ?? this.now();
    return Math.max(0, oldestCounted + this.windowMs - this.now());
  }
}

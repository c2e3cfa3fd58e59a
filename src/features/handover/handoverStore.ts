import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { readPasswordVerifier } from '../../db';
import { passwordMatches, type PasswordVerifier } from '../../domain/passwordVerifier';

/**
 * "Handed to family": while set, the app shows only the paths under `homePath` (HandoverGate
 * redirects everything else there). Kept in localStorage, which is read synchronously when the app
 * starts, so a reload, a new tab or a typed URL come back locked before anything else renders.
 */
export interface HandoverLock {
  caseId: string;
  /** Where the family is kept; every path under it is allowed. */
  homePath: string;
  /** Where the practitioner lands after unlocking. */
  returnPath: string;
  practitionerId: string;
  startedAt: string;
  /**
   * The verifier of the practitioner's sign-in password, copied from the device when they handed
   * over (their password was checked against it then), so unlocking checks the same credential.
   */
  verifier: PasswordVerifier;
  failedAttempts: number;
  /** After repeated wrong passwords, unlocking waits until this time (ISO). */
  retryAfter?: string;
}

export const HANDOVER_STORAGE_KEY = 'caf-handover-lock';
export const MAX_ATTEMPTS_BEFORE_WAIT = 5;
export const WAIT_AFTER_FAILURES_MS = 30_000;

export type HandoverStartResult = { ok: true } | { ok: false; reason: 'wrongPassword' | 'noVerifier' };

export type UnlockResult =
  { ok: true; returnPath: string } | { ok: false; reason: 'wrongPassword' | 'wait' | 'notLocked' };

interface HandoverState {
  lock: HandoverLock | null;
  startHandover: (options: {
    caseId: string;
    homePath: string;
    returnPath: string;
    practitionerId: string;
    password: string;
  }) => Promise<HandoverStartResult>;
  endHandover: (password: string, now?: Date) => Promise<UnlockResult>;
}

export const useHandoverStore = create<HandoverState>()(
  persist(
    (set, get) => ({
      lock: null,
      // Only the practitioner's real password locks the device: a made-up one would let anyone who
      // picked up the handed-over device set their own way out.
      async startHandover({ password, ...place }) {
        const verifier = await readPasswordVerifier(place.practitionerId);
        if (!verifier) return { ok: false, reason: 'noVerifier' };
        if (!(await passwordMatches(verifier, password))) return { ok: false, reason: 'wrongPassword' };
        set({ lock: { ...place, startedAt: new Date().toISOString(), verifier, failedAttempts: 0 } });
        return { ok: true };
      },
      async endHandover(password, now = new Date()) {
        const lock = get().lock;
        if (!lock) return { ok: false, reason: 'notLocked' };
        if (lock.retryAfter && Date.parse(lock.retryAfter) > now.getTime()) return { ok: false, reason: 'wait' };
        if (await passwordMatches(lock.verifier, password)) {
          set({ lock: null });
          return { ok: true, returnPath: lock.returnPath };
        }
        const failedAttempts = lock.failedAttempts + 1;
        set({
          lock: {
            ...lock,
            failedAttempts,
            retryAfter:
              failedAttempts >= MAX_ATTEMPTS_BEFORE_WAIT
                ? new Date(now.getTime() + WAIT_AFTER_FAILURES_MS).toISOString()
                : undefined,
          },
        });
        return { ok: false, reason: 'wrongPassword' };
      },
    }),
    {
      name: HANDOVER_STORAGE_KEY,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ lock: state.lock }),
    },
  ),
);

/** Is `pathname` one the family may be on while the device is handed over? */
export function isInsideHandover(lock: HandoverLock, pathname: string): boolean {
  const home = lock.homePath.replace(/\/+$/, '');
  return pathname === home || pathname.startsWith(home + '/');
}

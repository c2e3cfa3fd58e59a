/** After this long without a successful sync, the app says so plainly instead of looking "connected". */
export const SYNC_WATCHDOG_MINUTES = 15;

/**
 * Minutes since the last successful sync, when that is long enough to warn about; null otherwise.
 * With no success ever, the clock starts when the device first had something to send.
 */
export function minutesWithoutSync(lastSuccessAt: string | null, sinceIso: string | null, now: Date): number | null {
  const from = lastSuccessAt ?? sinceIso;
  if (!from) return null;
  const minutes = Math.floor((now.getTime() - new Date(from).getTime()) / 60_000);
  return minutes >= SYNC_WATCHDOG_MINUTES ? minutes : null;
}

export function describeMinutes(minutes: number): string {
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
}

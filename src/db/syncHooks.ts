import { useLiveQuery } from 'dexie-react-hooks';
import { database } from './connection';
import type { RejectedChange } from './database';

export function useRejectedChanges(): RejectedChange[] | undefined {
  return useLiveQuery(() => database().rejected.orderBy('seq').toArray(), []);
}

/** When the oldest unsent change was made: the watchdog counts from there if sync never succeeded. */
export function useOldestPendingAt(): string | null | undefined {
  return useLiveQuery(async () => {
    const oldest = await database().outbox.orderBy('seq').first();
    if (!oldest) return null;
    return new Date(Number(oldest.hlc.slice(0, 13))).toISOString();
  }, []);
}

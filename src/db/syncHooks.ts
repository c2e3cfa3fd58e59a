import { useLiveQuery } from 'dexie-react-hooks';
import { database } from './connection';
import type { RejectedChange } from './database';
import { useOutboxSummary } from './outboxSummary';

export function useRejectedChanges(): RejectedChange[] | undefined {
  return useLiveQuery(() => database().rejected.orderBy('seq').toArray(), []);
}

/** When the oldest unsent change was made: the watchdog counts from there if sync never succeeded. */
export function useOldestPendingAt(): string | null | undefined {
  return useOutboxSummary()?.oldestPendingAt;
}

import { useLiveQuery } from 'dexie-react-hooks';
import { database } from './connection';
import type { RejectedChange } from './database';
import { readSetting, SETTING } from './deviceState';
import { useOutboxSummary } from './outboxSummary';

export function useRejectedChanges(): RejectedChange[] | undefined {
  return useLiveQuery(() => database().rejected.orderBy('seq').toArray(), []);
}

/** When the oldest unsent change was made: the watchdog counts from there if sync never succeeded. */
export function useOldestPendingAt(): string | null | undefined {
  return useOutboxSummary()?.oldestPendingAt;
}

/**
 * When a sync last finished on this device, in this tab or another: `null` if never, `undefined`
 * while it is read. Read from IndexedDB, so the first screen knows it before the sync engine loads.
 */
export function useLastSyncAt(): string | null | undefined {
  return useLiveQuery(async () => (await readSetting<string>(database(), SETTING.lastSyncAt)) ?? null, []);
}

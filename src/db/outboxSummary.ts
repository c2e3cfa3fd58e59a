import Dexie from 'dexie';
import { useSyncExternalStore } from 'react';
import { database } from './connection';

export interface OutboxSummary {
  /** Changes not yet accepted by the server. */
  count: number;
  /** When the oldest of them was made (from its HLC), or null when there are none. */
  oldestPendingAt: string | null;
}

/**
 * The sync bar and the scheduler share one read of the outbox after each change to it, instead of
 * each running its own live queries: reads queued at a commit delay the next keystroke's write.
 * The read is made at once (not after a pause), so "All changes sent" is never shown while a
 * change is still waiting.
 */
export const OUTBOX_SETTLE_MS = 0;

type Listener = (summary: OutboxSummary) => void;

const listeners = new Set<Listener>();
let latest: OutboxSummary | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let reading = false;
let readAgain = false;

async function readSummary(): Promise<OutboxSummary> {
  const db = database();
  return db.transaction('r', db.outbox, async () => {
    const [count, oldest] = await Promise.all([db.outbox.count(), db.outbox.orderBy('seq').first()]);
    return { count, oldestPendingAt: oldest ? new Date(Number(oldest.hlc.slice(0, 13))).toISOString() : null };
  });
}

function refresh(): void {
  timer = undefined;
  if (reading) {
    readAgain = true;
    return;
  }
  reading = true;
  readSummary()
    .then((summary) => {
      latest = summary;
      for (const listener of [...listeners]) listener(summary);
    })
    .catch(() => undefined)
    .finally(() => {
      reading = false;
      if (readAgain) {
        readAgain = false;
        refresh();
      }
    });
}

function onStorageMutated(parts: Record<string, unknown>): void {
  const prefix = `idb://${database().name}/outbox/`;
  if (!Object.keys(parts).some((part) => part.startsWith(prefix))) return;
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(refresh, OUTBOX_SETTLE_MS);
}

/** Calls back with the outbox's size and age now and whenever it changes (in this tab or another). */
export function watchOutboxSummary(listener: Listener): () => void {
  if (listeners.size === 0) {
    Dexie.on('storagemutated', onStorageMutated);
    latest = undefined;
    refresh();
  } else if (latest) listener(latest);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    Dexie.on('storagemutated').unsubscribe(onStorageMutated);
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}

function subscribe(onChange: () => void): () => void {
  return watchOutboxSummary(() => onChange());
}

/** The outbox summary for a screen; undefined until first read. */
export function useOutboxSummary(): OutboxSummary | undefined {
  return useSyncExternalStore(subscribe, () => latest);
}

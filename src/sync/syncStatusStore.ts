import { create } from 'zustand';

/** Said whenever a sync cannot reach the server, by the engine and by the loader that starts it. */
export const OFFLINE_MESSAGE =
  'No connection. Your changes are kept on this device and will be sent when you are back online.';

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'error' | 'signInNeeded' | 'updateRequired';

export interface SyncProgress {
  stage: 'sending' | 'receiving';
  done: number;
  /** Unknown while receiving until the server says how much is left. */
  total?: number;
}

/**
 * What the screens show about a sync in progress. UI state only: the outbox, checkpoint and the time
 * of the last sync live in IndexedDB (useLastSyncAt).
 */
export interface SyncStatus {
  phase: SyncPhase;
  progress: SyncProgress | null;
  lastError: string | null;
  nextRetryAt: string | null;
  set: (patch: Partial<Omit<SyncStatus, 'set'>>) => void;
}

export const useSyncStatus = create<SyncStatus>((set) => ({
  phase: 'idle',
  progress: null,
  lastError: null,
  nextRetryAt: null,
  set: (patch) => set(patch),
}));

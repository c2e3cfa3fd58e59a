import { create } from 'zustand';
import type { PersistenceState } from '../db';

/**
 * UI state only. Records live in IndexedDB; this holds what the screens need to coordinate:
 * how many edits are waiting to be written (the update prompt waits for zero) and the storage state.
 */
interface UiState {
  pendingEdits: number;
  storage: PersistenceState | 'checking';
  storageError: string | null;
  editStarted: () => void;
  editSettled: () => void;
  setStorage: (state: PersistenceState) => void;
  setStorageError: (message: string | null) => void;
}

export const useUiStore = create<UiState>((set) => ({
  pendingEdits: 0,
  storage: 'checking',
  storageError: null,
  editStarted: () => set((state) => ({ pendingEdits: state.pendingEdits + 1 })),
  editSettled: () => set((state) => ({ pendingEdits: Math.max(0, state.pendingEdits - 1) })),
  setStorage: (storage) => set({ storage }),
  setStorageError: (storageError) => set({ storageError }),
}));

/** Resolves once no edit is waiting to be written, so a reload cannot lose input. */
export function whenNoEditPending(): Promise<void> {
  if (useUiStore.getState().pendingEdits === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = useUiStore.subscribe((state) => {
      if (state.pendingEdits === 0) {
        unsubscribe();
        resolve();
      }
    });
  });
}

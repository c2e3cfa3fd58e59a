import { useCallback, useEffect, useRef, useState } from 'react';
import { useUiStore } from '../app/uiStore';
import { ReplacedByNewerVersionError, StorageFullError, ValidationError } from '../db';

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/** How long typing must pause before the edit is written. The issue allows at most 500 ms of loss. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * Keeps a field's typed value locally and writes it to IndexedDB once typing pauses, on blur, and
 * when the page is hidden. "Saved" is only reported after the transaction has committed.
 */
export function useAutosave(stored: string, save: (value: string) => Promise<unknown>) {
  const [value, setValue] = useState(stored);
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [error, setError] = useState<string | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(value);
  const dirty = useRef(false);
  const saveRef = useRef(save);
  const { editStarted, editSettled } = useUiStore.getState();

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // Follow the store (another tab, or sync) while the practitioner is not typing here.
  useEffect(() => {
    if (!dirty.current) {
      setValue(stored);
      latest.current = stored;
    }
  }, [stored]);

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (!dirty.current) return;
    dirty.current = false;
    setStatus('saving');
    try {
      await saveRef.current(latest.current);
      setError(undefined);
      setStatus(dirty.current ? 'saving' : 'saved');
    } catch (caught) {
      setStatus('error');
      if (caught instanceof ValidationError) setError(caught.issues[0]?.message ?? caught.message);
      else if (caught instanceof StorageFullError || caught instanceof ReplacedByNewerVersionError)
        setError(caught.message);
      else setError('Your last change could not be saved on this device. Try again.');
    } finally {
      editSettled();
    }
  }, [editSettled]);

  const onChange = useCallback(
    (next: string) => {
      setValue(next);
      latest.current = next;
      if (!dirty.current) editStarted();
      dirty.current = true;
      setStatus('saving');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [editStarted, flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return { value, onChange, onBlur: () => void flush(), status, error };
}

import type { AutosaveStatus as Status } from './useAutosave';

/** Announced politely to screen readers; says "saved" only after IndexedDB has committed. */
export function AutosaveStatus({ id, status }: { id: string; status: Status }) {
  const text =
    status === 'saving'
      ? 'Saving…'
      : status === 'saved'
        ? 'Saved on this device'
        : status === 'error'
          ? 'Not saved'
          : '';
  return (
    <p id={id} className="govuk-body-s app-autosave-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}

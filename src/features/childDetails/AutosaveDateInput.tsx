import { useEffect, useRef, useState } from 'react';
import { StorageFullError, ValidationError } from '../../db';
import { datePartsFromIso, parseDateParts, type DateParts } from '../../domain/dateInput';
import { AutosaveStatus } from '../../ui/AutosaveStatus';
import { DateInput } from '../../ui/DateInput';
import type { AutosaveStatus as Status } from '../../ui/useAutosave';

interface AutosaveDateInputProps {
  id: string;
  legend: string;
  hint?: string;
  stored: string | undefined;
  /** Extra check after parsing, such as "must be in the past"; returns a message or undefined. */
  check?: (iso: string) => string | undefined;
  save: (iso: string | undefined) => Promise<unknown>;
}

/**
 * A GOV.UK date input that saves when focus leaves its three boxes: saving on each keystroke would
 * report "must be a real date" while the year is still being typed.
 */
export function AutosaveDateInput({ id, legend, hint, stored, check, save }: AutosaveDateInputProps) {
  const [parts, setParts] = useState<DateParts>(() => datePartsFromIso(stored));
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState<string | undefined>();
  const editing = useRef(false);

  useEffect(() => {
    if (!editing.current) setParts(datePartsFromIso(stored));
  }, [stored]);

  async function commit() {
    editing.current = false;
    const parsed = parseDateParts(parts, legend);
    if (!parsed.ok) {
      setError(parsed.message);
      setStatus('error');
      return;
    }
    const problem = parsed.value ? check?.(parsed.value) : undefined;
    if (problem) {
      setError(problem);
      setStatus('error');
      return;
    }
    if (parsed.value === stored) {
      setError(undefined);
      return;
    }
    setStatus('saving');
    try {
      await save(parsed.value);
      setError(undefined);
      setStatus('saved');
    } catch (caught) {
      setStatus('error');
      if (caught instanceof ValidationError) setError(caught.issues[0]?.message ?? caught.message);
      else if (caught instanceof StorageFullError) setError(caught.message);
      else setError('This date could not be saved on this device. Try again.');
    }
  }

  return (
    <div
      className="govuk-form-group"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void commit();
      }}
    >
      <DateInput
        id={id}
        legend={legend}
        hint={hint}
        value={parts}
        error={error}
        onChange={(next) => {
          editing.current = true;
          setParts(next);
        }}
      />
      <AutosaveStatus id={`${id}-status`} status={status} />
    </div>
  );
}

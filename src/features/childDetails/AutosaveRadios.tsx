import { useState } from 'react';
import { StorageFullError, ValidationError } from '../../db';
import { AutosaveStatus } from '../../ui/AutosaveStatus';
import { usePendingChoice } from '../../ui/usePendingChoice';
import { RadioGroup, type RadioOption } from '../../ui/RadioGroup';
import type { AutosaveStatus as Status } from '../../ui/useAutosave';

interface AutosaveRadiosProps {
  id: string;
  legend: string;
  hint?: string;
  options: RadioOption[];
  stored: string;
  save: (value: string) => Promise<unknown>;
}

/** Radios that save the moment an answer is chosen; the store stays the source of truth. */
export function AutosaveRadios({ id, legend, hint, options, stored, save }: AutosaveRadiosProps) {
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState<string | undefined>();
  const [shown, choose, clear] = usePendingChoice(stored);
  return (
    <div className="govuk-form-group">
      <RadioGroup
        id={id}
        legend={legend}
        legendClass="govuk-fieldset__legend--s"
        hint={hint}
        options={options}
        value={shown}
        error={error}
        small
        onChange={(value) => {
          setStatus('saving');
          choose(value);
          save(value).then(
            () => {
              setError(undefined);
              setStatus('saved');
            },
            (caught: unknown) => {
              clear();
              setStatus('error');
              if (caught instanceof ValidationError) setError(caught.issues[0]?.message ?? caught.message);
              else if (caught instanceof StorageFullError) setError(caught.message);
              else setError('Your answer could not be saved on this device. Try again.');
            },
          );
        }}
      />
      <AutosaveStatus id={`${id}-status`} status={status} />
    </div>
  );
}

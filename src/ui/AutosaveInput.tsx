import { AutosaveStatus } from './AutosaveStatus';
import { TextInput } from './TextInput';
import { useAutosave } from './useAutosave';

interface AutosaveInputProps {
  id: string;
  label: string;
  hint?: string;
  stored: string;
  save: (value: string) => Promise<unknown>;
  widthClass?: string;
  labelClass?: string;
  autoComplete?: string;
  spellCheck?: boolean;
}

/**
 * A short text answer that saves on the device as it is typed, like AutosaveTextarea. A refused
 * value (a required name cleared, a malformed UPN) shows as the field's inline error.
 */
export function AutosaveInput({
  id,
  label,
  hint,
  stored,
  save,
  widthClass,
  labelClass,
  autoComplete,
  spellCheck,
}: AutosaveInputProps) {
  const field = useAutosave(stored, save);
  // GOV.UK drops the bottom margin of the last nested form group, so the status sits under its field.
  return (
    <div className="govuk-form-group">
      <TextInput
        id={id}
        label={label}
        hint={hint}
        labelClass={labelClass}
        widthClass={widthClass}
        value={field.value}
        error={field.error}
        onChange={field.onChange}
        onBlur={field.onBlur}
        autoComplete={autoComplete ?? 'off'}
        spellCheck={spellCheck ?? false}
      />
      <AutosaveStatus id={`${id}-status`} status={field.status} />
    </div>
  );
}

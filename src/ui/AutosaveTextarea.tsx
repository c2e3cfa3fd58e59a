import { AutosaveStatus } from './AutosaveStatus';
import { Textarea } from './Textarea';
import { useAutosave } from './useAutosave';

interface AutosaveTextareaProps {
  id: string;
  label: string;
  hint?: string;
  stored: string;
  save: (value: string) => Promise<unknown>;
  rows?: number;
  labelClass?: string;
}

export function AutosaveTextarea({ id, label, hint, stored, save, rows, labelClass }: AutosaveTextareaProps) {
  const field = useAutosave(stored, save);
  return (
    <Textarea
      id={id}
      label={label}
      hint={hint}
      labelClass={labelClass}
      rows={rows}
      value={field.value}
      error={field.error}
      onChange={field.onChange}
      onBlur={field.onBlur}
      spellCheck
      footer={<AutosaveStatus id={`${id}-status`} status={field.status} />}
    />
  );
}

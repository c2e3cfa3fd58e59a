import { ErrorMessage } from '../../ui/ErrorMessage';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** The first, empty choice, such as "Choose an agency". */
  placeholder: string;
  options?: SelectOption[];
  groups?: { label: string; options: SelectOption[] }[];
}

/** GOV.UK select, for choosing from the directory or the plan's own lists. */
export function Select({ id, label, hint, error, value, onChange, placeholder, options, groups }: SelectProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

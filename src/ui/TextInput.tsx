import type { InputHTMLAttributes } from 'react';
import { ErrorMessage } from './ErrorMessage';

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  widthClass?: string;
  labelClass?: string;
}

export function TextInput({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  widthClass,
  labelClass,
  ...rest
}: TextInputProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label ${labelClass ?? ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <input
        id={id}
        name={id}
        className={`govuk-input ${widthClass ?? ''}${error ? ' govuk-input--error' : ''}`}
        type="text"
        value={value}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
    </div>
  );
}

import type { TextareaHTMLAttributes } from 'react';
import { ErrorMessage } from './ErrorMessage';

interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  labelClass?: string;
  /** Extra content under the field, such as an autosave status. */
  footer?: React.ReactNode;
}

export function Textarea({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  labelClass,
  footer,
  rows = 5,
  ...rest
}: TextareaProps) {
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
      <textarea
        id={id}
        name={id}
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        rows={rows}
        value={value}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
      {footer}
    </div>
  );
}

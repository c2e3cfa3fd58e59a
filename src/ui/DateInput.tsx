import type { DateParts } from '../domain/dateInput';
import { ErrorMessage } from './ErrorMessage';

interface DateInputProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  legendClass?: string;
}

/** GOV.UK date input: three boxes, because practitioners copy dates from letters and red books. */
export function DateInput({ id, legend, hint, error, value, onChange, legendClass }: DateInputProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const part = (name: keyof DateParts, label: string, width: string) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={name === 'day' ? id : `${id}-${name}`}>
          {label}
        </label>
        <input
          className={`govuk-input govuk-date-input__input ${width}${error ? ' govuk-input--error' : ''}`}
          id={name === 'day' ? id : `${id}-${name}`}
          name={`${id}-${name}`}
          type="text"
          inputMode="numeric"
          value={value[name]}
          onChange={(event) => onChange({ ...value, [name]: event.target.value })}
        />
      </div>
    </div>
  );
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className={`govuk-fieldset__legend ${legendClass ?? 'govuk-fieldset__legend--s'}`}>{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="govuk-date-input">
          {part('day', 'Day', 'govuk-input--width-2')}
          {part('month', 'Month', 'govuk-input--width-2')}
          {part('year', 'Year', 'govuk-input--width-4')}
        </div>
      </fieldset>
    </div>
  );
}

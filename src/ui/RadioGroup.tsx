import { ErrorMessage } from './ErrorMessage';
import { RadioItem } from './RadioItem';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

interface RadioGroupProps {
  /** The first radio gets this id, so an error summary link lands on it. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
  legendClass?: string;
  small?: boolean;
}

/** GOV.UK radios in a fieldset whose legend names the question, so screen readers announce it with each option. */
export function RadioGroup({ id, legend, hint, error, options, value, onChange, legendClass, small }: RadioGroupProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className={`govuk-fieldset__legend ${legendClass ?? 'govuk-fieldset__legend--m'}`}>{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className={`govuk-radios${small ? ' govuk-radios--small' : ''}`} data-module="govuk-radios">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <RadioItem
                key={option.value}
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                onSelect={() => onChange(option.value)}
                label={option.label}
                hint={option.hint}
              />
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

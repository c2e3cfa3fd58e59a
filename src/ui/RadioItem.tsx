/** One GOV.UK radio with its label and an optional hint (read with it through aria-describedby). */
export function RadioItem(props: {
  id: string;
  name: string;
  value?: string;
  checked: boolean;
  onSelect: () => void;
  label: React.ReactNode;
  hint?: React.ReactNode;
}) {
  const { id, name, value, checked, onSelect, label, hint } = props;
  return (
    <div className="govuk-radios__item">
      <input
        className="govuk-radios__input"
        id={id}
        name={name}
        type="radio"
        value={value}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={onSelect}
      />
      <label className="govuk-label govuk-radios__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
          {hint}
        </div>
      )}
    </div>
  );
}

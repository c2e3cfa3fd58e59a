import { ErrorMessage } from '../../ui/ErrorMessage';

/** A GOV.UK checkbox list of agencies; the first box gets `id` so an error summary link lands on it. */
export function AgencyCheckboxes({
  id,
  legend,
  hint,
  error,
  agencies,
  chosen,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  agencies: { agencyId: string; name: string }[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {agencies.map((agency, index) => {
            const boxId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-checkboxes__item" key={agency.agencyId}>
                <input
                  className="govuk-checkboxes__input"
                  id={boxId}
                  type="checkbox"
                  checked={chosen.includes(agency.agencyId)}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...chosen, agency.agencyId]
                        : chosen.filter((agencyId) => agencyId !== agency.agencyId),
                    )
                  }
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={boxId}>
                  {agency.name}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

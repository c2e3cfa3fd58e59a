import { useEffect, useRef } from 'react';

export interface ErrorItem {
  /** The id of the input the message is about: the link moves focus there. */
  href: string;
  message: string;
}

/** GOV.UK error summary: focused when it appears, so screen reader users hear the problems first. */
export function ErrorSummary({ errors }: { errors: ErrorItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => error.href + error.message).join('|');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.href + error.message}>
                <a
                  href={`#${error.href}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(error.href)?.focus();
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

import { useId } from 'react';

/**
 * GOV.UK notification banner. `success` (a change just saved) and `alert` (something the user must act
 * on now) are announced by screen readers as they appear; the others are a labelled region of the page.
 */
export function NotificationBanner({
  title,
  heading,
  success = false,
  alert = success,
  children,
}: {
  title: string;
  heading: React.ReactNode;
  success?: boolean;
  alert?: boolean;
  children?: React.ReactNode;
}) {
  const titleId = useId();
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={alert ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}

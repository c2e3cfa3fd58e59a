import { Link } from 'react-router';

/** Shown when a case's address is opened on a device that does not hold the case (never synced, or unshared). */
export function CaseNotFound() {
  return (
    <>
      <h1 className="govuk-heading-l">Case not found</h1>
      <p className="govuk-body">
        This case is not on this device.{' '}
        <Link className="govuk-link" to="/">
          Go to My cases
        </Link>
      </p>
    </>
  );
}

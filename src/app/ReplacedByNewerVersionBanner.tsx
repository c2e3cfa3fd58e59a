import { useEffect, useState } from 'react';
import { onReplacedByNewerVersion } from '../db';

/**
 * Shown when the app was updated in another tab or window: this page still runs the older code, which
 * may not write into the newer storage layout (src/db/replacedByNewerVersion.ts), so nothing typed
 * here can be saved until it reloads.
 */
export function ReplacedByNewerVersionBanner() {
  const [replaced, setReplaced] = useState(false);
  useEffect(() => onReplacedByNewerVersion(() => setReplaced(true)), []);
  if (!replaced) return null;
  return (
    <div className="govuk-notification-banner" role="alert" aria-labelledby="replaced-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="replaced-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">This app was updated in another tab or window</p>
        <p className="govuk-body">
          Reload this page to keep working. Until you do, changes made on this page cannot be saved. Everything saved
          before is kept on this device.
        </p>
        <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={() => window.location.reload()}>
          Reload this page
        </button>
      </div>
    </div>
  );
}

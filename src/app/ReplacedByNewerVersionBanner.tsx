import { useEffect, useState } from 'react';
import { onReplacedByNewerVersion } from '../db';
import { NotificationBanner } from '../ui/NotificationBanner';

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
    <NotificationBanner alert title="Important" heading="This app was updated in another tab or window">
      <p className="govuk-body">
        Reload this page to keep working. Until you do, changes made on this page cannot be saved. Everything saved
        before is kept on this device.
      </p>
      <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={() => window.location.reload()}>
        Reload this page
      </button>
    </NotificationBanner>
  );
}

import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { NotificationBanner } from '../ui/NotificationBanner';
import { whenNoEditPending } from './uiStore';

/**
 * "A new version is ready": the new service worker only takes over when the practitioner asks,
 * and only after every pending edit has been written, so an update never loses input.
 */
export function UpdatePrompt() {
  const [waiting, setWaiting] = useState(false);
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      // Tablets stay open for days: look for a new version every hour while online.
      if (registration) setInterval(() => void registration.update().catch(() => undefined), 60 * 60 * 1000);
    },
  });
  if (!needRefresh) return null;
  return (
    <NotificationBanner alert title="Update" heading="A new version is ready">
      <p className="govuk-body">Your work is saved on this device. Reloading takes a moment.</p>
      <button
        type="button"
        className="govuk-button govuk-!-margin-bottom-0"
        disabled={waiting}
        onClick={async () => {
          setWaiting(true);
          await whenNoEditPending();
          await updateServiceWorker(true);
        }}
      >
        {waiting ? 'Saving your work…' : 'Reload'}
      </button>
    </NotificationBanner>
  );
}

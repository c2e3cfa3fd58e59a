import { database } from './connection';
import { readSetting, SETTING } from './deviceState';

/**
 * The token the server gave this device at its last sign-in with an email, keyed by the SHA-256 of that
 * email (so the device keeps no list of who signed in here). Presented at the next sign-in, it counts that
 * attempt apart from failures elsewhere: someone who knows the email cannot pause sign-in on this tablet.
 * It opens nothing by itself, so it stays when the device is cleared at sign-out.
 */
type TrustedDevices = Partial<Record<string, string>>;

export async function readTrustedDeviceToken(emailKey: string): Promise<string | undefined> {
  return ((await readSetting<TrustedDevices>(database(), SETTING.trustedDevices)) ?? {})[emailKey];
}

/** Keeps the newest token for this email; the server has replaced the one sent with it. */
export async function keepTrustedDeviceToken(emailKey: string, token: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.settings, async () => {
    const tokens = (await readSetting<TrustedDevices>(db, SETTING.trustedDevices)) ?? {};
    await db.settings.put({ key: SETTING.trustedDevices, value: { ...tokens, [emailKey]: token } });
  });
}

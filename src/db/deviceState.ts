import { formatHlc, parseHlc, receive, tick, type HlcState } from '../domain/hlc';
import type { PasswordVerifier } from '../domain/passwordVerifier';
import type { CafDatabase } from './database';

/**
 * The signed-in practitioner, kept on the device so the app works offline after one sign-in.
 * The token is what the sync engine sends; it is never logged.
 */
export interface Session {
  token: string;
  practitioner: { id: string; name: string; role: string; agencyId: string };
  signedInAt: string;
}

/**
 * A salted PBKDF2 hash of the signed-in practitioner's password, made at sign-in, so hand-over mode
 * can check the practitioner offline. Kept beside the session, not in it, so screens reading the
 * session never hold it; settings are never synced, so it never leaves the device.
 */
export interface StoredPasswordVerifier {
  practitionerId: string;
  verifier: PasswordVerifier;
  savedAt: string;
}

export const SETTING = {
  deviceId: 'deviceId',
  clock: 'hlc',
  lastSeq: 'lastSeq',
  session: 'session',
  pullCheckpoint: 'pullCheckpoint',
  lastSyncAt: 'lastSyncAt',
  passwordVerifier: 'passwordVerifier',
  /** Hashes of tokens of sessions signed out here that the server has not yet been told to end. */
  sessionsToEnd: 'sessionsToEnd',
  /** Tokens the server gave this device at sign-in, by SHA-256 of the email: see src/db/trustedDevices.ts. */
  trustedDevices: 'trustedDevices',
} as const;

function randomDeviceId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return 'd' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Must be called inside a transaction that includes `settings`. */
export async function ensureDeviceId(db: CafDatabase): Promise<string> {
  const existing = await db.settings.get(SETTING.deviceId);
  if (typeof existing?.value === 'string') return existing.value;
  const deviceId = randomDeviceId();
  await db.settings.put({ key: SETTING.deviceId, value: deviceId });
  return deviceId;
}

export interface Stamp {
  deviceId: string;
  hlc: string;
  seq: number;
}

/**
 * Hands out HLC timestamps and gap-free sequence numbers for the changes of one write transaction.
 * It reads the device's clock and counter once and saves them once, so a keystroke's autosave costs
 * two requests here instead of several; being inside the transaction, two tabs can never hand out
 * the same sequence number.
 */
export async function openStampIssuer(
  db: CafDatabase,
  nowMs: number,
): Promise<{ session: Session | undefined; next: () => Stamp; save: () => Promise<void> }> {
  // One request for everything a write needs to know about the device, the session included.
  const [deviceRow, clockRow, seqRow, sessionRow] = await db.settings.bulkGet([
    SETTING.deviceId,
    SETTING.clock,
    SETTING.lastSeq,
    SETTING.session,
  ]);
  let deviceId = typeof deviceRow?.value === 'string' ? deviceRow.value : undefined;
  if (!deviceId) {
    deviceId = randomDeviceId();
    await db.settings.put({ key: SETTING.deviceId, value: deviceId });
  }
  let clock: HlcState =
    typeof clockRow?.value === 'string' ? parseHlc(clockRow.value) : { wallMs: 0, counter: 0, node: deviceId };
  let seq = typeof seqRow?.value === 'number' ? seqRow.value : 0;
  let issued = 0;
  const device = deviceId;
  return {
    session: sessionRow?.value as Session | undefined,
    next() {
      clock = tick(clock, nowMs);
      seq += 1;
      issued += 1;
      return { deviceId: device, hlc: formatHlc(clock), seq };
    },
    async save() {
      if (issued === 0) return;
      await db.settings.bulkPut([
        { key: SETTING.clock, value: formatHlc(clock) },
        { key: SETTING.lastSeq, value: seq },
      ]);
    },
  };
}

/** Move the device clock past timestamps seen from the server, inside the pull transaction. */
export async function observeRemoteClock(db: CafDatabase, remoteHlc: string, nowMs: number): Promise<void> {
  const deviceId = await ensureDeviceId(db);
  const clockSetting = await db.settings.get(SETTING.clock);
  const local: HlcState =
    typeof clockSetting?.value === 'string' ? parseHlc(clockSetting.value) : { wallMs: 0, counter: 0, node: deviceId };
  await db.settings.put({ key: SETTING.clock, value: formatHlc(receive(local, remoteHlc, nowMs)) });
}

export async function readSetting<T>(db: CafDatabase, key: string): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row?.value as T | undefined;
}

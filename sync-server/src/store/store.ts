import type { MergedRecord } from '../../../src/domain/merge';
import { DIRECTORY_CASE_ID } from '../../../src/domain/records/directory';

/**
 * The one storage interface of the sync server. sqlite.ts and postgres.ts implement it; one contract
 * suite (store.contract.test.ts) runs against both. Sync logic lives above it (sync-server/src/sync),
 * so a behaviour only one backend has is a bug here.
 */

export interface StoredRecord extends MergedRecord {
  serverSeq: number;
}

export interface DeviceRow {
  deviceId: string;
  practitionerId: string;
  /** Highest sequence number consumed from this device (0: none yet). */
  lastSeq: number;
}

export interface PractitionerAccount {
  id: string;
  email: string;
  name: string;
  role: string;
  agencyId: string;
  passwordHash: string;
}

export interface SessionRow {
  practitionerId: string;
  expiresAt: Date;
}

export interface TrustedDeviceRow {
  accountId: string;
  expiresAt: Date;
}

export interface PullQuery {
  since: number;
  limit: number;
  caseIds: readonly string[];
  /** Cases of which only these kinds are sent (an agency with consent for basic information only). */
  basicOnlyCaseIds?: readonly string[];
  basicKinds?: readonly string[];
  /** Directory records (reference data) go to everyone, except in a backfill of named cases. */
  includeDirectory: boolean;
  /** Count what matches after the page (`remaining`); false when the caller already knows it. */
  countRemaining?: boolean;
}

/**
 * A pulled record as stored: its body is the JSON text recordBody wrote. A pull sends the text on
 * as it is: parsing ten thousand bodies only to stringify them again was most of a pull's server time.
 */
export interface PulledRow {
  kind: string;
  id: string;
  caseId: string;
  serverSeq: number;
  body: string;
}

export interface PullPage {
  rows: PulledRow[];
  hasMore: boolean;
  /** How many more records match after this page (0 when not counted), so a device can show "n of m". */
  remaining: number;
}

/** A pulled row as a record, for code that needs the values rather than the text. */
export function storedRecordFromRow(row: PulledRow): StoredRecord {
  return { ...recordFromRow(row), serverSeq: row.serverSeq };
}

/** Does the practitioner's access (as a pull query states it) take in this record? */
export function pullQueryMatcher(query: PullQuery): (caseId: string, kind: string) => boolean {
  const full = new Set(query.caseIds);
  const basicOnly = new Set(query.basicOnlyCaseIds ?? []);
  const basicKinds = new Set(query.basicKinds ?? []);
  return (caseId, kind) =>
    full.has(caseId) ||
    (basicOnly.has(caseId) && basicKinds.has(kind)) ||
    (query.includeDirectory && caseId === DIRECTORY_CASE_ID);
}

/**
 * What a write transaction can do. Writes are serialised (one at a time across every server process
 * on the same database) and commit as a whole before the HTTP reply, so server sequence numbers are
 * committed in order and a pull never skips a lower one committed later.
 */
export interface WriteTx {
  getDevice(deviceId: string): Promise<DeviceRow | undefined>;
  putDevice(device: DeviceRow): Promise<void>;
  /** Batched reads: a push of a thousand changes reads everything it needs in a few queries. */
  getRecords(keys: readonly RecordKey[]): Promise<MergedRecord[]>;
  /** Conflict records about these records (any status). */
  conflictsAbout(recordIds: readonly string[]): Promise<MergedRecord[]>;
  /** Stores the records, giving each the next server sequence number in the order given. */
  putRecords(records: readonly MergedRecord[]): Promise<void>;
  /** Who is on each of these cases (derived from episode records). */
  caseMembers(caseIds: readonly string[]): Promise<Map<string, Set<string>>>;
  /** Replaces who may see a case. */
  setCaseMembers(caseId: string, practitionerIds: readonly string[]): Promise<void>;
}

export interface RecordKey {
  kind: string;
  id: string;
}

export interface SyncStore {
  readonly backend: 'sqlite' | 'postgres';
  write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T>;
  pull(query: PullQuery): Promise<PullPage>;
  caseIdsFor(practitionerId: string): Promise<string[]>;
  /** The highest server sequence number committed so far: any write moves it. */
  currentSeq(): Promise<number>;
  /** Current records of these kinds in these cases (e.g. every case's episode and consent events). */
  recordsOfKinds(caseIds: readonly string[], kinds: readonly string[]): Promise<MergedRecord[]>;
  /**
   * Current records (tombstones included) of these kinds in every case, in server sequence order: for
   * reports across the authority, which only ever leave the server as aggregate figures.
   */
  recordsOfKindsInEveryCase(kinds: readonly string[]): Promise<MergedRecord[]>;
  putAccount(account: PractitionerAccount): Promise<void>;
  findAccountByEmail(email: string): Promise<PractitionerAccount | undefined>;
  findAccount(id: string): Promise<PractitionerAccount | undefined>;
  countAccounts(): Promise<number>;
  putSession(tokenHash: string, session: SessionRow): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRow | undefined>;
  deleteExpiredSessions(now: Date): Promise<void>;
  /** Signing out: the token stops working at once, on every server process. */
  deleteSession(tokenHash: string): Promise<void>;
  /** A device that signed in as this account: its failed sign-ins are counted apart from everyone else's. */
  putTrustedDevice(tokenHash: string, device: TrustedDeviceRow): Promise<void>;
  /** The trusted device with this token hash, unless it has expired. */
  findTrustedDevice(tokenHash: string, now: Date): Promise<TrustedDeviceRow | undefined>;
  /** A device's token, replaced by a new one at its sign-in. */
  deleteTrustedDevice(tokenHash: string): Promise<void>;
  /** Housekeeping at sign-in. */
  deleteExpiredTrustedDevices(now: Date): Promise<void>;
  close(): Promise<void>;
}

/** The columns both backends keep for a record: indexes on top, the rest as one JSON document. */
export interface RecordRow {
  kind: string;
  id: string;
  caseId: string;
  subjectId: string | null;
  serverSeq: number;
  body: string;
}

export function recordBody(record: MergedRecord): string {
  return JSON.stringify({ data: record.data, versions: record.versions, meta: record.meta, deleted: record.deleted });
}

export function recordFromRow(row: { kind: string; id: string; caseId: string; body: string }): MergedRecord {
  const body = JSON.parse(row.body) as Pick<MergedRecord, 'data' | 'versions' | 'meta' | 'deleted'>;
  return { kind: row.kind, id: row.id, caseId: row.caseId, ...body };
}

/** The record a conflict is about, so conflicts of a record are found by index. */
export function subjectOf(record: MergedRecord): string | null {
  if (record.kind !== 'conflict') return null;
  const recordId = record.data['recordId'];
  return typeof recordId === 'string' ? recordId : null;
}

/** Serialises async work in one process: better-sqlite3 has one connection, and a transaction must not interleave. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

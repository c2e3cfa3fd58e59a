import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Change } from '../domain/change';
import type { RecordKind } from '../domain/records/registry';
import { refreshCaseClocks, type CaseClocksBucket } from './caseClocksIndex';
import { isReplacedByNewerVersion, reportReplacedByNewerVersion } from './replacedByNewerVersion';
import { ReplacedByNewerVersionError } from './storageErrors';

/**
 * A record as the device stores it. `data` holds the fields its zod schema describes; `versions`
 * holds, per field, the HLC of the change that set it (what sync calls the field's version).
 * `searchKey` and `dueOn` are derived, indexed copies so lists never scan every record.
 */
export interface StoredRecord {
  id: string;
  kind: RecordKind;
  caseId: string;
  data: Record<string, unknown>;
  versions: Record<string, string>;
  schemaVersion: number;
  createdAt: string;
  createdBy: string;
  createdDevice: string;
  updatedAt: string;
  updatedBy: string;
  /** 1 for a tombstone: IndexedDB cannot index booleans. */
  deleted: 0 | 1;
  searchKey?: string;
  /** Date of birth (or expected date of delivery) of a child, for search by date of birth. Added in version 2. */
  searchDob?: string;
  dueOn?: string;
  /** Last server sequence number this record was pulled at, for diagnostics. */
  serverSeq?: number;
}

/** A change waiting to be pushed. The primary key is the per-device sequence number. */
export type OutboxEntry = Change;

/** A change the server refused as invalid: kept visible, with the reason, instead of blocking sync. */
export interface RejectedChange {
  seq: number;
  change: Change;
  reason: string;
  rejectedAt: string;
}

/** Small named values that belong to this device: its id, clock, sequence, session and sync checkpoint. */
export interface DeviceSetting {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'early-help-caf';

/**
 * Version history of the IndexedDB schema. Never edit a released version: add a new one with an
 * upgrade function, and a test in migrations.test.ts that data written under the old version opens
 * intact under the new one.
 */
export function declareSchema(db: Dexie): void {
  db.version(1).stores({
    records: 'id, caseId, [kind+caseId], [kind+searchKey], [kind+dueOn]',
    outbox: 'seq, recordId, caseId',
    rejected: 'seq',
    settings: 'key',
  });
  // Version 2: search by date of birth without scanning; existing children get the derived key.
  db.version(2)
    .stores({
      records: 'id, caseId, [kind+caseId], [kind+searchKey], [kind+dueOn], [kind+searchDob]',
    })
    .upgrade(async (tx) => {
      await tx
        .table<StoredRecord, string>('records')
        .where('[kind+caseId]')
        .between(['child', Dexie.minKey], ['child', Dexie.maxKey])
        .modify((record) => {
          const dob = record.data.dateOfBirth ?? record.data.expectedDateOfDelivery;
          if (typeof dob === 'string') record.searchDob = dob;
        });
    });
  // Version 3: the caseload dashboard's derived index, one row per case. Its table is replaced in version 4,
  // whose upgrade fills the new one from the records, so this one no longer computes rows only to drop them.
  db.version(3).stores({ caseClocks: 'caseId, listedFrom' });
  // Version 4: the same index kept in a few buckets (src/db/caseClocksIndex.ts), filled for every case on the device.
  db.version(4)
    .stores({ caseClocks: null, caseClockBuckets: 'bucket' })
    .upgrade(async (tx) => {
      const episodes = await tx
        .table<StoredRecord, string>('records')
        .where('[kind+caseId]')
        .between(['episode', Dexie.minKey], ['episode', Dexie.maxKey])
        .primaryKeys();
      await refreshCaseClocks(
        { records: tx.table('records'), caseClockBuckets: tx.table('caseClockBuckets') },
        episodes as string[],
      );
    });
}

export class CafDatabase extends Dexie {
  caseClockBuckets!: Table<CaseClocksBucket, number>;
  records!: Table<StoredRecord, string>;
  outbox!: Table<OutboxEntry, number>;
  rejected!: Table<RejectedChange, number>;
  settings!: Table<DeviceSetting, string>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    declareSchema(this);
    // Dexie's default then closes this connection (so the newer version can open) and reopens it on
    // the next read, at the newer version: reads may go on, but this code must not write there.
    // A deletion (newVersion null) is not a newer version of the app, which never deletes its database.
    this.on('versionchange', (event: IDBVersionChangeEvent) => {
      if (event.newVersion) reportReplacedByNewerVersion(this.name);
    });
    this.use({
      stack: 'dbcore',
      name: 'refuseWritesAfterNewerVersion',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) => {
          if (mode === 'readwrite' && isReplacedByNewerVersion(this.name)) throw new ReplacedByNewerVersionError();
          return down.transaction(stores, mode, options);
        },
      }),
    });
  }
}

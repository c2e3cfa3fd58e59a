import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../domain/ids';
import { database } from './connection';
import { listCaseRecords } from './recordReads';
import { applyWrites, STRICT_DURABILITY_KINDS, type WriteOperation } from './recordWrites';
import { freshSignedInDatabase } from './testDatabase';

const PRACTITIONER = '0190a000-0000-7000-8000-000000000001';

interface SeenTransaction {
  database: string;
  stores: string[];
  durability: string;
}

/**
 * Every read-write IndexedDB transaction opened from now on, as IndexedDB itself was asked for it.
 * Dexie binds `transaction` when a connection opens, so this must start before any connection does.
 */
function watchWriteTransactions(): SeenTransaction[] {
  const seen: SeenTransaction[] = [];
  const original = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    stores: string | Iterable<string>,
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    const transaction = original.call(this, stores, mode, options);
    if (mode === 'readwrite')
      seen.push({
        database: this.name,
        stores: [...transaction.objectStoreNames].sort(),
        durability: transaction.durability,
      });
    return transaction;
  });
  return seen;
}

function verbalConsent(caseId: string): WriteOperation {
  return {
    op: 'create',
    kind: 'consentEvent',
    caseId,
    data: {
      stage: 'verbalEnquiries',
      signerName: 'Pat Testparent',
      practitionerId: PRACTITIONER,
      deviceId: 'd1',
      signedAt: '2026-03-04T10:00:00.000Z',
    },
  };
}

function childRecord(caseId: string): WriteOperation {
  return {
    op: 'create',
    kind: 'child',
    caseId,
    data: { firstName: 'Ada', lastName: 'Testcase', unborn: false, dateOfBirth: '2018-04-02' },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('durability of writes', () => {
  it('commits consent records with strict durability and other records with the browser default', async () => {
    const seen = watchWriteTransactions();
    const db = await freshSignedInDatabase(PRACTITIONER);
    const caseId = newId();
    seen.length = 0; // the writes below, not signing in

    await applyWrites([childRecord(caseId)]);
    await applyWrites([verbalConsent(caseId)]);
    // A consent event and its audit entry in one batch, as a withdrawal is written: one strict transaction for both.
    await applyWrites([
      verbalConsent(caseId),
      {
        op: 'create',
        kind: 'auditEvent',
        caseId,
        data: { action: 'consentWithdrawn', subjectKind: 'consentEvent', at: '2026-03-04T10:00:00.000Z' },
      },
    ]);

    expect(seen).toEqual([
      { database: db.name, stores: ['outbox', 'records', 'settings'], durability: 'default' },
      { database: db.name, stores: ['outbox', 'records', 'settings'], durability: 'strict' },
      { database: db.name, stores: ['outbox', 'records', 'settings'], durability: 'strict' },
    ]);
    expect(await listCaseRecords(caseId, 'consentEvent')).toHaveLength(2);
    expect(await listCaseRecords(caseId, 'auditEvent')).toHaveLength(1);
    expect(STRICT_DURABILITY_KINDS).toEqual(new Set(['consentEvent']));
  });

  it('writes consent into the database in use, and screens reading through the other connection see it at once', async () => {
    await freshSignedInDatabase(PRACTITIONER);
    await applyWrites([verbalConsent(newId())]);
    // A new active database (as each test, or another device profile, has): the strict connection follows it.
    const db = await freshSignedInDatabase(PRACTITIONER);
    const caseId = newId();
    const seenCounts: number[] = [];
    const subscription = liveQuery(() => listCaseRecords(caseId, 'consentEvent')).subscribe((records) =>
      seenCounts.push(records.length),
    );
    try {
      await vi.waitFor(() => expect(seenCounts).toEqual([0]));
      const { ids } = await applyWrites([verbalConsent(caseId)]);
      await vi.waitFor(() => expect(seenCounts.at(-1)).toBe(1));
      expect((await db.records.get(ids[0] as string))?.kind).toBe('consentEvent');
      expect(database()).toBe(db);
    } finally {
      subscription.unsubscribe();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendsUnderTest, type OpenedBackend } from '../testSupport/backends';
import { mergedRecordFixture } from '../testSupport/mergedRecords';
import type { SyncStore } from './store';

const CASE_A = '01936b2a-0000-7000-8000-0000000000a1';
const CASE_B = '01936b2a-0000-7000-8000-0000000000b1';

const record = mergedRecordFixture;

const backends = await backendsUnderTest();

/** The read behind reports across the authority: the same answer from SQLite and PostgreSQL. */
describe.each(backends)('reading records of some kinds in every case, on $name', (backend) => {
  let opened: OpenedBackend;
  let store: SyncStore;

  beforeAll(async () => {
    opened = await backend.open();
    store = opened.store;
  });
  afterAll(async () => {
    await opened?.cleanup();
  });

  it('returns every case’s current records of those kinds in server order, tombstones included, nothing else', async () => {
    await store.write((tx) =>
      tx.putRecords([
        record('need', 'n-b', CASE_B, { category: 'generalHealth' }),
        record('household', 'h-a', CASE_A, { notes: 'not asked for' }),
        record('review', 'r-a', CASE_A, { date: '2026-12-01', status: 'held' }),
        record('need', 'n-a', CASE_A, { category: 'learningParticipation' }),
      ]),
    );
    // A later change moves a record to the end of the server order; a deletion keeps its tombstone.
    await store.write((tx) =>
      tx.putRecords([
        record('need', 'n-b', CASE_B, { category: 'housingEmploymentFinance' }),
        record('review', 'r-a', CASE_A, { date: '2026-12-01', status: 'held' }, { deleted: true }),
      ]),
    );

    const found = await store.recordsOfKindsInEveryCase(['need', 'review']);
    expect(found.map((r) => [r.kind, r.id, r.caseId, r.deleted])).toEqual([
      ['need', 'n-a', CASE_A, false],
      ['need', 'n-b', CASE_B, false],
      ['review', 'r-a', CASE_A, true],
    ]);
    expect(found[1]?.data).toEqual({ category: 'housingEmploymentFinance' });
    expect(found[0]?.meta.createdAt).toBe('2026-01-09T09:13:20.000Z');
    expect((await store.recordsOfKindsInEveryCase(['household'])).map((r) => r.id)).toEqual(['h-a']);
    expect(await store.recordsOfKindsInEveryCase([])).toEqual([]);
    expect(await store.recordsOfKindsInEveryCase(['pciScore'])).toEqual([]);
  });
});

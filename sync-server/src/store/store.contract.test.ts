import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTORY_CASE_ID } from '../../../src/domain/records/directory';
import { backendsUnderTest, type OpenedBackend } from '../testSupport/backends';
import { FIXTURE_AUTHOR, mergedRecordFixture } from '../testSupport/mergedRecords';
import { storedRecordFromRow, type PullPage, type SyncStore } from './store';

const CASE_A = '01936b2a-0000-7000-8000-0000000000a1';
const CASE_B = '01936b2a-0000-7000-8000-0000000000b1';
const P1 = FIXTURE_AUTHOR;
const P2 = '01936b2a-0000-7000-8000-000000000002';

const record = mergedRecordFixture;

const backends = await backendsUnderTest();

const recordsOf = (page: PullPage) => page.rows.map(storedRecordFromRow);

/** The storage interface's own contract: the same behaviour from SQLite and PostgreSQL. */
describe.each(backends)('store contract on $name', (backend) => {
  let opened: OpenedBackend;
  let store: SyncStore;

  beforeAll(async () => {
    opened = await backend.open();
    store = opened.store;
  });
  afterAll(async () => {
    await opened?.cleanup();
  });

  it('hands out increasing server sequence numbers and pulls in that order, in pages', async () => {
    await store.write(async (tx) => {
      await tx.putRecords([
        record('household', 'h1', CASE_A, { notes: 'one' }),
        record('household', 'h2', CASE_A, { notes: 'two' }),
        record('agency', 'ag1', DIRECTORY_CASE_ID, { name: 'Agency' }),
        record('household', 'h3', CASE_B, { notes: 'hidden' }),
      ]);
    });
    await store.write(async (tx) => tx.putRecords([record('household', 'h1', CASE_A, { notes: 'one, again' })]));
    const first = await store.pull({ since: 0, limit: 2, caseIds: [CASE_A], includeDirectory: true });
    expect(first.hasMore).toBe(true);
    expect(recordsOf(first).map((r) => r.id)).toEqual(['h2', 'ag1']);
    const last = recordsOf(first)[1]?.serverSeq ?? 0;
    const second = await store.pull({ since: last, limit: 2, caseIds: [CASE_A], includeDirectory: true });
    expect(second.hasMore).toBe(false);
    expect(recordsOf(second).map((r) => [r.id, r.data['notes']])).toEqual([['h1', 'one, again']]);
    expect(recordsOf(second)[0]?.serverSeq).toBeGreaterThan(last);
  });

  it('leaves the directory out of a backfill and other cases out of everything', async () => {
    const backfill = await store.pull({ since: 0, limit: 500, caseIds: [CASE_A], includeDirectory: false });
    expect(
      recordsOf(backfill)
        .map((r) => r.caseId)
        .every((id) => id === CASE_A),
    ).toBe(true);
    const nothing = await store.pull({ since: 0, limit: 500, caseIds: [], includeDirectory: false });
    expect(recordsOf(nothing)).toEqual([]);
  });

  it('pages through a few cases among many, whichever way the store finds them', async () => {
    // Case C's records lie after many of other cases: a window walked in sequence order does not
    // fill a page with them, so the store has to find them by case as well.
    const CASE_C = '01936b2a-0000-7000-8000-0000000000c1';
    await store.write((tx) =>
      tx.putRecords([
        record('household', 'c1', CASE_C, { notes: 'c one' }),
        ...Array.from({ length: 20 }, (_, i) => record('household', `b-many-${i}`, CASE_B, { notes: String(i) })),
        record('household', 'c2', CASE_C, { notes: 'c two' }),
        ...Array.from({ length: 20 }, (_, i) => record('household', `b-more-${i}`, CASE_B, { notes: String(i) })),
        record('household', 'c3', CASE_C, { notes: 'c three' }),
      ]),
    );
    const seen: string[] = [];
    const remainingSeen: number[] = [];
    let since = 0;
    for (;;) {
      const page = await store.pull({ since, limit: 1, caseIds: [CASE_C], includeDirectory: false });
      seen.push(...recordsOf(page).map((r) => r.id));
      remainingSeen.push(page.remaining);
      if (!page.hasMore) break;
      since = page.rows[page.rows.length - 1]?.serverSeq ?? since;
    }
    expect(seen).toEqual(['c1', 'c2', 'c3']);
    expect(remainingSeen).toEqual([2, 1, 0]);

    // A practitioner on both cases gets every record, each once, in sequence order, over pages.
    const all: number[] = [];
    since = 0;
    for (;;) {
      const page = await store.pull({ since, limit: 7, caseIds: [CASE_B, CASE_C], includeDirectory: false });
      all.push(...page.rows.map((row) => row.serverSeq));
      if (!page.hasMore) break;
      since = page.rows[page.rows.length - 1]?.serverSeq ?? since;
    }
    expect(all).toEqual([...all].sort((a, b) => a - b));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(44);

    const uncounted = await store.pull({
      since: 0,
      limit: 1,
      caseIds: [CASE_C],
      includeDirectory: false,
      countRemaining: false,
    });
    expect(uncounted.hasMore).toBe(true);
    expect(uncounted.remaining).toBe(0);
  });

  it('reads back what it stored, whole', async () => {
    const stored = record('household', 'h9', CASE_A, { notes: 'kept', address: '1 Example Row' });
    stored.meta.tombstone = { hlc: '1767950000001-0000-deviceBBB', base: null, author: P2, deviceId: 'deviceBBB' };
    await store.write((tx) => tx.putRecords([stored]));
    const [read] = await store.write((tx) => tx.getRecords([{ kind: 'household', id: 'h9' }]));
    expect(read).toEqual(stored);
  });

  it('finds conflict records by the record they are about', async () => {
    const conflict = record('conflict', 'c1', CASE_A, { recordKind: 'household', recordId: 'h1', field: 'notes' });
    await store.write((tx) => tx.putRecords([conflict]));
    const found = await store.write((tx) => tx.conflictsAbout(['h1', 'h2']));
    expect(found.map((c) => c.id)).toEqual(['c1']);
  });

  it('rolls back everything a failed write transaction did', async () => {
    await expect(
      store.write(async (tx) => {
        await tx.putRecords([record('household', 'h-rolled-back', CASE_A)]);
        await tx.putDevice({ deviceId: 'rollbackdev', practitionerId: P1, lastSeq: 5 });
        throw new Error('fails after writing');
      }),
    ).rejects.toThrow('fails after writing');
    const after = await store.write(async (tx) => ({
      records: await tx.getRecords([{ kind: 'household', id: 'h-rolled-back' }]),
      device: await tx.getDevice('rollbackdev'),
    }));
    expect(after).toEqual({ records: [], device: undefined });
  });

  it('keeps devices and case membership', async () => {
    await store.write(async (tx) => {
      await tx.putDevice({ deviceId: 'devicemember', practitionerId: P1, lastSeq: 3 });
      await tx.setCaseMembers(CASE_A, [P1, P2]);
      await tx.setCaseMembers(CASE_B, [P2]);
    });
    await store.write(async (tx) => {
      await tx.putDevice({ deviceId: 'devicemember', practitionerId: P1, lastSeq: 4 });
      await tx.setCaseMembers(CASE_A, [P1]);
    });
    const seen = await store.write(async (tx) => ({
      device: await tx.getDevice('devicemember'),
      members: await tx.caseMembers([CASE_A, CASE_B]),
    }));
    expect(seen.device).toEqual({ deviceId: 'devicemember', practitionerId: P1, lastSeq: 4 });
    expect([...(seen.members.get(CASE_A) ?? [])]).toEqual([P1]);
    expect(await store.caseIdsFor(P2)).toEqual([CASE_B]);
    expect(await store.caseIdsFor(P1)).toEqual([CASE_A]);
  });

  it('stores accounts with case-insensitive emails, and sessions until they expire', async () => {
    await store.putAccount({
      id: P1,
      email: 'Mixed.Case@Example.org',
      name: 'Pat (demo)',
      role: 'other',
      agencyId: 'a',
      passwordHash: 'h',
    });
    expect((await store.findAccountByEmail('mixed.case@example.org'))?.id).toBe(P1);
    expect((await store.findAccount(P1))?.email).toBe('mixed.case@example.org');
    const expiresAt = new Date(Date.now() + 60_000);
    await store.putSession('live', { practitionerId: P1, expiresAt });
    await store.putSession('stale', { practitionerId: P1, expiresAt: new Date(Date.now() - 1000) });
    await store.deleteExpiredSessions(new Date());
    expect((await store.findSession('live'))?.expiresAt.getTime()).toBe(expiresAt.getTime());
    expect(await store.findSession('stale')).toBeUndefined();
    await store.deleteSession('live');
    expect(await store.findSession('live')).toBeUndefined();

    const now = new Date();
    await store.putTrustedDevice('tablet', { accountId: P1, expiresAt });
    await store.putTrustedDevice('old-tablet', { accountId: P1, expiresAt: new Date(now.getTime() - 1000) });
    expect(await store.findTrustedDevice('tablet', now)).toEqual({ accountId: P1, expiresAt });
    expect(await store.findTrustedDevice('old-tablet', now)).toBeUndefined();
    expect(await store.findTrustedDevice('tablet', new Date(expiresAt.getTime() + 1))).toBeUndefined();
    await store.deleteExpiredTrustedDevices(now);
    await store.putTrustedDevice('old-tablet', { accountId: P1, expiresAt }); // its row was removed
    await store.deleteTrustedDevice('tablet');
    expect(await store.findTrustedDevice('tablet', now)).toBeUndefined();
    expect(await store.findTrustedDevice('old-tablet', now)).toEqual({ accountId: P1, expiresAt });
  });

  it('opens again on existing data without re-running migrations', async () => {
    const again = await opened.reopen();
    const page = await again.pull({ since: 0, limit: 500, caseIds: [CASE_A], includeDirectory: true });
    expect(recordsOf(page).length).toBeGreaterThan(2);
  });
});

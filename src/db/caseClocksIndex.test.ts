import { describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { bucketOf, CASE_CLOCK_BUCKETS } from './caseClocksIndex';
import { readCaseloadClocks } from './caseloadClocks';
import { applyWrites, type WriteOperation } from './recordWrites';
import { purgeInaccessibleCases } from './syncStore';
import { freshSignedInDatabase } from './testDatabase';

const ME = '0190a000-0000-7000-8000-000000000001';

function episode(caseId: string, enquiryDate: string, status = 'assessment'): WriteOperation {
  return {
    op: 'create',
    kind: 'episode',
    caseId,
    id: caseId,
    data: { status, childIds: [newId()], enquiryDate, assessorId: ME, tacMemberIds: [] },
  };
}

describe("the caseload dashboard's index, kept in buckets", () => {
  it('holds every open case once, in the bucket its id hashes to, and lists those with something to show', async () => {
    const db = await freshSignedInDatabase(ME);
    const listed = Array.from({ length: 40 }, () => newId());
    const notYet = Array.from({ length: 10 }, () => newId());
    await applyWrites([
      ...listed.map((caseId) => episode(caseId, '2026-09-01')),
      // An enquiry made today: its assessment is due in four weeks, so it is open but not listed yet.
      ...notYet.map((caseId) => episode(caseId, '2026-11-23')),
    ]);

    const buckets = await db.caseClockBuckets.toArray();
    expect(buckets.length).toBeGreaterThan(1);
    expect(buckets.length).toBeLessThanOrEqual(CASE_CLOCK_BUCKETS);
    const held = buckets.flatMap((bucket) => Object.keys(bucket.cases).map((caseId) => [caseId, bucket.bucket]));
    expect(held).toHaveLength(50);
    for (const [caseId, bucket] of held) expect(bucket).toBe(bucketOf(caseId as string));

    const { rows, openCases } = await readCaseloadClocks('2026-11-23');
    expect(openCases).toBe(50);
    expect(rows.map((row) => row.caseId).sort()).toEqual([...listed].sort());
  });

  it('drops a closed case and a case that leaves the device, and keeps the others in the same buckets', async () => {
    const db = await freshSignedInDatabase(ME);
    const cases = Array.from({ length: 24 }, () => newId());
    await applyWrites(cases.map((caseId) => episode(caseId, '2026-09-01')));
    // The outbox holds the creations; a case with unsent changes is never purged, so send them first.
    await db.outbox.clear();
    const [closed, removed, ...kept] = cases as [string, string, ...string[]];

    await applyWrites([{ op: 'update', kind: 'episode', id: closed, fields: { status: 'closed' } }]);
    await db.outbox.clear();
    await purgeInaccessibleCases(
      cases.filter((caseId) => caseId !== removed),
      'directory',
    );

    const { rows, openCases } = await readCaseloadClocks('2026-11-23');
    expect(openCases).toBe(kept.length);
    expect(rows.map((row) => row.caseId).sort()).toEqual([...kept].sort());
  });
});

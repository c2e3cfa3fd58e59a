import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mergedRecordFixture } from '../testSupport/mergedRecords';
import { SqliteStore } from './sqlite';

const CASE = '01936b2a-0000-7000-8000-0000000000c1';

/** The records a large push writes: enough pages that SQLite's default (1,000 pages) would checkpoint in the commit. */
const manyRecords = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    mergedRecordFixture('household', `h${index}`, CASE, {
      notes: `${'A long note about the household. '.repeat(40)}${index}`,
    }),
  );

const sizeOf = (file: string): number => statSync(file).size;

describe('SQLite write-ahead log', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('is copied back into the database after writes pause, not inside the commit that acknowledges a push', async () => {
    dir = mkdtempSync(join(tmpdir(), 'caf-checkpoint-'));
    const file = join(dir, 'caf.sqlite');
    const store = SqliteStore.open(file);
    try {
      const before = sizeOf(file);
      await store.write(async (tx) => tx.putRecords(manyRecords(3_000)));
      // Committed: every record is readable, from the log (about 5 MB of pages), while the database file is unchanged.
      const page = await store.pull({ since: 0, limit: 500, caseIds: [CASE], includeDirectory: false });
      expect(page.rows).toHaveLength(500);
      expect(page.remaining).toBe(2_500);
      expect(sizeOf(`${file}-wal`)).toBeGreaterThan(4_000_000);
      expect(sizeOf(file)).toBe(before);

      await expect.poll(() => sizeOf(file), { timeout: 5_000, interval: 50 }).toBeGreaterThan(4_000_000);
    } finally {
      await store.close();
    }
    // Nothing is lost by checkpointing late: a new process finds every record.
    const reopened = SqliteStore.open(file);
    try {
      expect(await reopened.currentSeq()).toBe(3_000);
    } finally {
      await reopened.close();
    }
  });
});

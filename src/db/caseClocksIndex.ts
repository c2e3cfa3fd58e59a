import { caseClocksFor, type CaseClocks, type CaseRecordsForClocks } from '../domain/caseloadDashboard';
import Dexie, { type Table } from 'dexie';
import { fnv1a } from '../domain/textHash';
import type { CafDatabase, DeviceSetting, StoredRecord } from './database';

/**
 * A derived, never-synced index for the caseload dashboard: each open case's deadlines
 * (src/domain/caseloadDashboard.ts caseClocksFor), so the dashboard reads them instead of every
 * episode, assessment, meeting, review and action on the device (50,000 records: ~12,000 reads).
 */
export interface CaseClocksRow extends CaseClocks {
  childIds: string[];
}

/**
 * The rows are kept in a few buckets (by a hash of the case id) rather than one row per case: the
 * dashboard reads every bucket, and IndexedDB charges for each value it reads. Measured in Chromium
 * on 50,000 records (1,753 open cases, the caseload benchmark): one row per case, read through the
 * `listedFrom` index, took a median 53–57 ms a load; 8 buckets 32–40 ms. A write that moves a case's
 * deadlines rewrites that case's bucket: about 3–8 ms at that size, under 1 ms for a caseload of a
 * few hundred cases, and only for the fields that move deadlines (never a narrative autosave).
 */
export const CASE_CLOCK_BUCKETS = 8;

export interface CaseClocksBucket {
  bucket: number;
  cases: Record<string, CaseClocksRow>;
}

/** The two tables the index is kept from and in: a database, or the tables of an upgrade transaction. */
export interface CaseClocksTables {
  records: Table<StoredRecord, string>;
  caseClockBuckets: Table<CaseClocksBucket, number>;
}

/** The bucket of a case: by a hash that is the same on every device and version, and spreads UUIDs evenly. */
export function bucketOf(caseId: string): number {
  return fnv1a(caseId) % CASE_CLOCK_BUCKETS;
}

/** The kinds whose records move a case's deadlines, and for edits, the fields that do. */
const CLOCK_FIELDS: Partial<Record<string, ReadonlySet<string>>> = {
  episode: new Set(['status', 'enquiryDate', 'childIds', 'reviewIntervalMonths']),
  assessment: new Set(['childId', 'completedAt']),
  tacMeeting: new Set(['date', 'status']),
  review: new Set(['date', 'status', 'nextReviewDate']),
  action: new Set(['what', 'dueDate', 'status']),
};

/** Does a write of these fields of this kind change the case's deadlines? (Narrative edits do not.) */
export function movesCaseClocks(kind: string, fields: readonly string[] | 'all'): boolean {
  const relevant = CLOCK_FIELDS[kind];
  if (!relevant) return false;
  return fields === 'all' || fields.some((field) => relevant.has(field));
}

const refOf = (record: StoredRecord) => ({ id: record.id, caseId: record.caseId, data: record.data as never });

const CLOCK_KINDS = Object.keys(CLOCK_FIELDS);

/**
 * From this many cases on, reading every record of the clock kinds at once (one getAll per kind) is
 * quicker than walking the index for each case: a first sync refreshes all of its cases together.
 */
const WHOLE_KIND_READ_FROM = 100;

async function clockRecordsOf(db: CaseClocksTables, cases: readonly string[]): Promise<StoredRecord[]> {
  if (cases.length < WHOLE_KIND_READ_FROM) {
    const keys = cases.flatMap((caseId) => CLOCK_KINDS.map((kind) => [kind, caseId]));
    return db.records.where('[kind+caseId]').anyOf(keys).toArray();
  }
  const wanted = new Set(cases);
  const perKind = await Promise.all(
    CLOCK_KINDS.map((kind) =>
      db.records.where('[kind+caseId]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]).toArray(),
    ),
  );
  return perKind.flat().filter((record) => wanted.has(record.caseId));
}

/**
 * Recompute the rows of these cases from their records. Must run inside a transaction over records and caseClockBuckets.
 * One index query for every case at once: a pulled page touches dozens of cases, and a query per case and kind
 * made this most of a first sync's IndexedDB time.
 */
export async function refreshCaseClocks(db: CaseClocksTables, caseIds: Iterable<string>): Promise<void> {
  const cases = [...new Set(caseIds)];
  if (cases.length === 0) return;
  const records = await clockRecordsOf(db, cases);
  const byCase = new Map<string, Record<string, StoredRecord[]>>();
  for (const record of records) {
    if (record.deleted !== 0) continue;
    const kinds = byCase.get(record.caseId) ?? {};
    (kinds[record.kind] ??= []).push(record);
    byCase.set(record.caseId, kinds);
  }
  const rows: CaseClocksRow[] = [];
  const gone: string[] = [];
  for (const caseId of cases) {
    const kinds = byCase.get(caseId) ?? {};
    const episode = kinds['episode']?.[0];
    const clocks = episode
      ? caseClocksFor({
          episode: refOf(episode),
          assessments: (kinds['assessment'] ?? []).map(refOf),
          meetings: (kinds['tacMeeting'] ?? []).map(refOf),
          reviews: (kinds['review'] ?? []).map(refOf),
          actions: (kinds['action'] ?? []).map(refOf),
        } as CaseRecordsForClocks)
      : undefined;
    if (!clocks || !episode) {
      gone.push(caseId);
      continue;
    }
    const childIds = Array.isArray(episode.data.childIds) ? (episode.data.childIds as string[]) : [];
    rows.push({ ...clocks, childIds });
  }
  await updateBuckets(db, rows, gone);
}

/**
 * Put these rows and remove these cases, each in its bucket: one read and one write of every bucket
 * touched. Must run inside a transaction over caseClockBuckets, so two writers never lose each other's rows.
 */
async function updateBuckets(
  db: Pick<CaseClocksTables, 'caseClockBuckets'>,
  rows: readonly CaseClocksRow[],
  gone: readonly string[],
): Promise<void> {
  const touched = [...new Set([...rows.map((row) => row.caseId), ...gone].map(bucketOf))];
  if (touched.length === 0) return;
  const stored = await db.caseClockBuckets.bulkGet(touched);
  const buckets = new Map(touched.map((bucket, index) => [bucket, stored[index] ?? { bucket, cases: {} }] as const));
  for (const row of rows) (buckets.get(bucketOf(row.caseId)) as CaseClocksBucket).cases[row.caseId] = row;
  for (const caseId of gone) delete (buckets.get(bucketOf(caseId)) as CaseClocksBucket).cases[caseId];
  await db.caseClockBuckets.bulkPut([...buckets.values()]);
}

/** Inside a transaction over caseClockBuckets: these cases have left the device, and so the dashboard. */
export async function removeCaseClocks(
  db: Pick<CaseClocksTables, 'caseClockBuckets'>,
  caseIds: readonly string[],
): Promise<void> {
  await updateBuckets(db, [], caseIds);
}

/** The settings row listing cases whose rows wait to be recomputed (written by a pull, cleared by a refresh). */
const STALE_SETTING = 'staleCaseClocks';

/**
 * Inside a transaction over settings: these cases' rows must be recomputed. A pull marks the cases of
 * each page instead of recomputing them: recomputing re-read every clock record of the cases a page
 * touched, again for each page, and was half of a first sync's time on the device. The list is kept in
 * the page's own transaction, so a sync cut off half-way leaves no case marked fresh that is not.
 */
export async function markCaseClocksStale(
  db: { settings: Table<DeviceSetting, string> },
  caseIds: Iterable<string>,
): Promise<void> {
  const marked = new Set(caseIds);
  if (marked.size === 0) return;
  const row = await db.settings.get(STALE_SETTING);
  const already = Array.isArray(row?.value) ? (row.value as string[]) : [];
  for (const caseId of already) marked.add(caseId);
  if (marked.size === already.length) return;
  await db.settings.put({ key: STALE_SETTING, value: [...marked] });
}

/** Recompute every case marked stale, in one transaction; returns how many there were. */
export async function refreshStaleCaseClocks(db: CafDatabase): Promise<number> {
  return db.transaction('rw', [db.records, db.caseClockBuckets, db.settings], async () => {
    const row = await db.settings.get(STALE_SETTING);
    const stale = Array.isArray(row?.value) ? (row.value as string[]) : [];
    if (stale.length === 0) return 0;
    await refreshCaseClocks(db, stale);
    await db.settings.delete(STALE_SETTING);
    return stale.length;
  });
}

/**
 * The rows of every open case with something to show on or before `today`, and how many cases are open.
 * Cases a sync has marked stale are recomputed first, so the dashboard is never behind what the device holds.
 */
export async function readListedCaseClocks(
  db: CafDatabase,
  today: string,
): Promise<{ rows: CaseClocksRow[]; openCases: number }> {
  const read = () =>
    db.transaction('r', [db.caseClockBuckets, db.settings], async () => {
      const [buckets, stale] = await Promise.all([db.caseClockBuckets.toArray(), db.settings.get(STALE_SETTING)]);
      const open = buckets.flatMap((bucket) => Object.values(bucket.cases));
      return {
        rows: open.filter((row) => row.listedFrom <= today),
        openCases: open.length,
        stale: Array.isArray(stale?.value) && stale.value.length > 0,
      };
    });
  const first = await read();
  if (!first.stale) return { rows: first.rows, openCases: first.openCases };
  await refreshStaleCaseClocks(db);
  const { rows, openCases } = await read();
  return { rows, openCases };
}

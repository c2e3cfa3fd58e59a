import { caseClocksFor, type CaseClocks, type CaseRecordsForClocks } from '../domain/caseloadDashboard';
import type { Table } from 'dexie';
import type { CafDatabase, StoredRecord } from './database';

/** The two tables the index is kept from and in: a database, or the tables of an upgrade transaction. */
export interface CaseClocksTables {
  records: Table<StoredRecord, string>;
  caseClocks: Table<CaseClocksRow, string>;
}

/**
 * A derived, never-synced index for the caseload dashboard: one row per open case with its
 * deadlines (src/domain/caseloadDashboard.ts caseClocksFor), indexed by the first day the case has
 * anything to show. The dashboard then reads only the cases listed by today instead of every
 * episode, assessment, meeting, review and action on the device (50,000 records: ~12,000 reads).
 */
export interface CaseClocksRow extends CaseClocks {
  childIds: string[];
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
 * Recompute the rows of these cases from their records. Must run inside a transaction over records and caseClocks.
 * One index query for every case at once: a pulled page touches dozens of cases, and a query per case and kind
 * made this most of a first sync's IndexedDB time.
 */
export async function refreshCaseClocks(db: CaseClocksTables, caseIds: Iterable<string>): Promise<void> {
  const cases = [...new Set(caseIds)];
  if (cases.length === 0) return;
  const keys = cases.flatMap((caseId) => CLOCK_KINDS.map((kind) => [kind, caseId]));
  const records = await db.records.where('[kind+caseId]').anyOf(keys).toArray();
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
  await Promise.all([db.caseClocks.bulkPut(rows), db.caseClocks.bulkDelete(gone)]);
}

/** The rows of every open case with something to show on or before `today`, and how many cases are open. */
export async function readListedCaseClocks(
  db: CafDatabase,
  today: string,
): Promise<{ rows: CaseClocksRow[]; openCases: number }> {
  return db.transaction('r', db.caseClocks, async () => {
    const [rows, openCases] = await Promise.all([
      db.caseClocks.where('listedFrom').belowOrEqual(today).toArray(),
      db.caseClocks.count(),
    ]);
    return { rows, openCases };
  });
}

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

/** Recompute the rows of these cases from their records. Must run inside a transaction over records and caseClocks. */
export async function refreshCaseClocks(db: CaseClocksTables, caseIds: Iterable<string>): Promise<void> {
  for (const caseId of new Set(caseIds)) {
    const ofKind = async (kind: string) =>
      (await db.records.where('[kind+caseId]').equals([kind, caseId]).toArray()).filter((r) => r.deleted === 0);
    const [episodes, assessments, meetings, reviews, actions] = await Promise.all([
      ofKind('episode'),
      ofKind('assessment'),
      ofKind('tacMeeting'),
      ofKind('review'),
      ofKind('action'),
    ]);
    const episode = episodes[0];
    const clocks = episode
      ? caseClocksFor({
          episode: refOf(episode),
          assessments: assessments.map(refOf),
          meetings: meetings.map(refOf),
          reviews: reviews.map(refOf),
          actions: actions.map(refOf),
        } as CaseRecordsForClocks)
      : undefined;
    if (!clocks || !episode) {
      await db.caseClocks.delete(caseId);
      continue;
    }
    const childIds = Array.isArray(episode.data.childIds) ? (episode.data.childIds as string[]) : [];
    await db.caseClocks.put({ ...clocks, childIds });
  }
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

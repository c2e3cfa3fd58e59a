import type { CaseScores, NeedRecord, ReviewRecord, ScoreRecord } from './pciScoring';
import { pciScoreSchema } from './records/pciScore';

/** A stored record as the device and the server both hold it, reduced to what the PCI figures read. */
export interface PciSourceRecord {
  kind: string;
  id: string;
  caseId: string;
  /** When it was recorded (ISO date-time): orders scores given at the same point. */
  createdAt: string;
  data: Record<string, unknown>;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The needs, scores and reviews of each case, from current (not deleted) records of any kinds: the
 * device reads it for its practitioner's cases, the server for every case in the authority, so both
 * add up exactly the same things. A case with no held review counts for nothing in the figures, so
 * cases are taken from these records alone, without reading every episode. A score that does not
 * pass its schema is left out rather than guessed at.
 */
export function caseScoresFromRecords(records: Iterable<PciSourceRecord>): CaseScores[] {
  const cases = new Map<string, { needs: NeedRecord[]; scores: ScoreRecord[]; reviews: ReviewRecord[] }>();
  const caseOf = (caseId: string) => {
    let found = cases.get(caseId);
    if (!found) {
      found = { needs: [], scores: [], reviews: [] };
      cases.set(caseId, found);
    }
    return found;
  };
  for (const record of records) {
    if (record.kind === 'need') {
      caseOf(record.caseId).needs.push({
        id: record.id,
        data: {
          category: textOf(record.data['category']),
          outcomeTag: textOf(record.data['outcomeTag']),
          identifiedAtReviewId: textOf(record.data['identifiedAtReviewId']),
          status: textOf(record.data['status']),
        },
      });
    } else if (record.kind === 'review') {
      caseOf(record.caseId).reviews.push({
        id: record.id,
        data: { date: textOf(record.data['date']) ?? '', status: textOf(record.data['status']) ?? '' },
      });
    } else if (record.kind === 'pciScore') {
      const parsed = pciScoreSchema.safeParse(record.data);
      if (parsed.success)
        caseOf(record.caseId).scores.push({ id: record.id, createdAt: record.createdAt, data: parsed.data });
    }
  }
  return [...cases.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([caseId, found]) => ({ caseId, ...found }));
}

import { listKind } from '../../db';
import { caseScoresFromRecords } from '../../domain/pciCaseScores';
import type { CaseScores } from '../../domain/pciScoring';

/**
 * The needs, scores and reviews of every case on this device: the practitioner's caseload, since a
 * device only ever holds the cases sync lets its practitioner see. Three reads, one per kind, rather
 * than three per case; grouped by the same function the server uses across the authority.
 */
export async function loadCaseScores(): Promise<CaseScores[]> {
  const [needs, scores, reviews] = await Promise.all([listKind('need'), listKind('pciScore'), listKind('review')]);
  return caseScoresFromRecords([...needs, ...scores, ...reviews]);
}

import { database } from './connection';
import { readListedCaseClocks, type CaseClocksRow } from './caseClocksIndex';

export type { CaseClocksRow };

/** The caseload dashboard's read: only the open cases with something to show on or before `today`. */
export function readCaseloadClocks(today: string): Promise<{ rows: CaseClocksRow[]; openCases: number }> {
  return readListedCaseClocks(database(), today);
}

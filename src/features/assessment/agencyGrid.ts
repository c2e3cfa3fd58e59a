import type { AssessmentAgencyRow } from '../../domain/records/assessment';

export const AGENCY_COLUMNS = [
  { key: 'contacted', title: 'Contacted', long: 'Contacted' },
  { key: 'contributed', title: 'Contributed information', long: 'Contributed information' },
  { key: 'consentedToShare', title: 'Family consents to share with', long: 'Family consents to share with' },
  { key: 'invitedToTac', title: 'Invited to the TAC meeting', long: 'Invited to the TAC meeting' },
] as const;
export type AgencyColumn = (typeof AGENCY_COLUMNS)[number]['key'];

export function gridRows(value: unknown): AssessmentAgencyRow[] {
  return Array.isArray(value) ? (value as AssessmentAgencyRow[]) : [];
}

/** Adds an agency to the grid, unticked; adding one already listed changes nothing. */
export function withAgency(rows: readonly AssessmentAgencyRow[], agencyId: string): AssessmentAgencyRow[] {
  if (rows.some((row) => row.agencyId === agencyId)) return [...rows];
  return [...rows, { agencyId, contacted: false, contributed: false, consentedToShare: false, invitedToTac: false }];
}

export function withTick(
  rows: readonly AssessmentAgencyRow[],
  agencyId: string,
  column: AgencyColumn,
  ticked: boolean,
): AssessmentAgencyRow[] {
  return rows.map((row) => (row.agencyId === agencyId ? { ...row, [column]: ticked } : row));
}

export function withoutAgency(rows: readonly AssessmentAgencyRow[], agencyId: string): AssessmentAgencyRow[] {
  return rows.filter((row) => row.agencyId !== agencyId);
}

import type { WriteOperation } from '../db';
import { DIRECTORY_CASE_ID } from '../domain/records/directory';

// Records for component tests, as sync delivers them to a device.

export function agencyRecord(id: string, name: string, type = 'health'): WriteOperation {
  return { op: 'create', kind: 'agency', caseId: DIRECTORY_CASE_ID, id, data: { name, type } };
}

export function practitionerRecord(id: string, name: string, agencyId: string, role = 'healthVisitor'): WriteOperation {
  return { op: 'create', kind: 'practitioner', caseId: DIRECTORY_CASE_ID, id, data: { name, role, agencyId } };
}

/** A case's episode: its id is the case's id. */
export function episodeRecord(caseId: string, data: Record<string, unknown>): WriteOperation {
  return { op: 'create', kind: 'episode', caseId, id: caseId, data };
}

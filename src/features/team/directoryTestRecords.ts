import type { WriteOperation } from '../../db';
import { DIRECTORY_CASE_ID } from '../../domain/records/directory';

/** Directory records for tests: an agency and a practitioner, as sync delivers them to a device. */
export function agencyRecord(id: string, name: string, type = 'health'): WriteOperation {
  return { op: 'create', kind: 'agency', caseId: DIRECTORY_CASE_ID, id, data: { name, type } };
}

export function practitionerRecord(id: string, name: string, agencyId: string, role = 'healthVisitor'): WriteOperation {
  return { op: 'create', kind: 'practitioner', caseId: DIRECTORY_CASE_ID, id, data: { name, role, agencyId } };
}

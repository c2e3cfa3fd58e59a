import { useCaseRecords, type StoredRecord } from '../../db';
import { DIRECTORY_CASE_ID } from '../../domain/records/directory';

export interface PlanDirectory {
  agencies: StoredRecord[];
  practitioners: StoredRecord[];
  agencyName: (id: unknown) => string | undefined;
  practitionerName: (id: unknown) => string | undefined;
}

const byName = (a: StoredRecord, b: StoredRecord) => String(a.data['name']).localeCompare(String(b.data['name']));

/** Agencies and practitioners arrive by sync; until then the plan shows the names typed in. */
export function usePlanDirectory(): PlanDirectory | undefined {
  const agencies = useCaseRecords(DIRECTORY_CASE_ID, 'agency');
  const practitioners = useCaseRecords(DIRECTORY_CASE_ID, 'practitioner');
  if (!agencies || !practitioners) return undefined;
  const name = (list: StoredRecord[]) => (id: unknown) => {
    const found = list.find((record) => record.id === id);
    return found ? String(found.data['name']) : undefined;
  };
  return {
    agencies: agencies.slice().sort(byName),
    practitioners: practitioners.slice().sort(byName),
    agencyName: name(agencies),
    practitionerName: name(practitioners),
  };
}

import { useMemo } from 'react';
import { useCaseRecords, type StoredRecord } from '../../db';
import { DIRECTORY_CASE_ID } from '../../domain/records/directory';

export interface DirectoryEntry {
  id: string;
  name: string;
  agencyName: string;
}

export interface Directory {
  practitioners: DirectoryEntry[];
  agencies: { id: string; name: string }[];
  /** "Name, Agency": how a practitioner is labelled wherever one is chosen. */
  practitionerLabel: (id: string | undefined) => string;
  agencyName: (id: string | undefined) => string;
}

/** Builds the directory view from the synced directory records; pure so it can be tested without a database. */
export function buildDirectory(practitioners: readonly StoredRecord[], agencies: readonly StoredRecord[]): Directory {
  const agencyNames = new Map(agencies.map((agency) => [agency.id, String(agency.data.name)]));
  const entries = practitioners
    .map((practitioner) => ({
      id: practitioner.id,
      name: String(practitioner.data.name),
      agencyName: agencyNames.get(String(practitioner.data.agencyId)) ?? 'Agency not known',
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return {
    practitioners: entries,
    agencies: [...agencyNames.entries()]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    practitionerLabel: (id) => {
      if (!id) return 'Not chosen';
      const entry = byId.get(id);
      // A practitioner can leave the directory while their past roles stay in the history.
      return entry ? `${entry.name}, ${entry.agencyName}` : 'A practitioner no longer in the directory';
    },
    agencyName: (id) => (id ? (agencyNames.get(id) ?? 'Agency not known') : ''),
  };
}

/** The practitioner and agency directory that arrives by sync; `undefined` while loading. */
export function useDirectory(): Directory | undefined {
  const practitioners = useCaseRecords(DIRECTORY_CASE_ID, 'practitioner');
  const agencies = useCaseRecords(DIRECTORY_CASE_ID, 'agency');
  return useMemo(
    () => (practitioners && agencies ? buildDirectory(practitioners, agencies) : undefined),
    [practitioners, agencies],
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordKind } from '../domain/records/registry';
import type { StoredRecord } from './database';
import { getRecord, listCaseRecords, searchCases, type CaseSearch, type CaseSummary } from './recordReads';
import { readSetting, SETTING, type Session } from './deviceState';
import { database } from './connection';
import { useOutboxSummary } from './outboxSummary';
import { cachedSession, readPasswordVerifier, rememberSession } from './session';

/**
 * Reactive reads for screens: they re-render when IndexedDB changes (in this tab or another),
 * so the store stays the single source of truth. `undefined` means "still loading".
 */
export function useCases(search: CaseSearch): CaseSummary[] | undefined {
  return useLiveQuery(() => searchCases(search), [search.name, search.dateOfBirth]);
}

export function useRecord(kind: RecordKind, id: string | undefined): StoredRecord | null | undefined {
  return useLiveQuery(async () => (id ? ((await getRecord(kind, id)) ?? null) : null), [kind, id]);
}

export function useCaseRecords(caseId: string | undefined, kind: RecordKind): StoredRecord[] | undefined {
  return useLiveQuery(async () => (caseId ? listCaseRecords(caseId, kind) : []), [caseId, kind]);
}

export function usePendingChangeCount(): number | undefined {
  return useOutboxSummary()?.count;
}

export function useSession(): Session | null | undefined {
  return useLiveQuery(
    async () => rememberSession((await readSetting<Session>(database(), SETTING.session)) ?? null),
    [],
    cachedSession(),
  );
}

/** Whether this device can check `practitionerId`'s password offline (it signed in since verifiers were kept). */
export function useHasPasswordVerifier(practitionerId: string | undefined): boolean | undefined {
  return useLiveQuery(
    async () => (practitionerId ? (await readPasswordVerifier(practitionerId)) !== undefined : false),
    [practitionerId],
  );
}

/** Every live record of a case, grouped by kind: one read for the whole case page. */
export function useCaseRecordsByKind(caseId: string | undefined): Partial<Record<string, StoredRecord[]>> | undefined {
  return useLiveQuery(async () => {
    if (!caseId) return {};
    const records = await database().records.where('caseId').equals(caseId).toArray();
    const grouped: Partial<Record<string, StoredRecord[]>> = {};
    for (const record of records) {
      if (record.deleted === 1) continue;
      (grouped[record.kind] ??= []).push(record);
    }
    return grouped;
  }, [caseId]);
}

import type { StoredRecord } from '../../db';
import { deriveConsentState } from '../../domain/consentScope';
import type { ConsentEvent } from '../../domain/records/consent';
import type { TaskStatus } from '../../ui/TaskList';

/** The consent task: done while written consent is in force; in progress after verbal consent or a withdrawal. */
export function consentSectionStatus(events: readonly StoredRecord[] | undefined): TaskStatus {
  const state = deriveConsentState(
    (events ?? []).map((record) => ({ id: record.id, data: record.data as ConsentEvent })),
  );
  if (state.status === 'given' && !state.withdrawal) return 'completed';
  return state.status === 'none' ? 'notStarted' : 'inProgress';
}

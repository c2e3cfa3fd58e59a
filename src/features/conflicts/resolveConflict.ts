import type { StoredRecord, WriteOperation } from '../../db';
import { unionOfIdLists } from '../../domain/conflictValues';
import { todayIso } from '../../domain/dateInput';
import type { RecordKind } from '../../domain/records/registry';
import { settleRoleHistory, type RoleHistoryRow } from '../team/teamChanges';

export type ConflictChoice =
  | { kind: 'keep'; candidateIndex: number }
  | { kind: 'merge'; text: string }
  /** Everyone in either list: for lists of ids (src/domain/conflictValues.ts unionOfIdLists). */
  | { kind: 'union' };

/**
 * The writes that resolve a conflict: the chosen or merged value becomes the field's value, and
 * the conflict is marked resolved, both as ordinary synced changes in one transaction. A conflict
 * over who is on the team also brings the case's role history in line with who stays
 * (`roleHistory`: the case's role assignments, oldest first).
 */
export function resolutionWrites(
  conflict: StoredRecord,
  choice: ConflictChoice,
  practitionerId: string,
  now: Date,
  roleHistory: readonly RoleHistoryRow[] = [],
): WriteOperation[] {
  const data = conflict.data as {
    recordKind: RecordKind;
    recordId: string;
    field: string;
    candidates: Array<{ value: unknown }>;
  };
  const value =
    choice.kind === 'keep'
      ? data.candidates[choice.candidateIndex]?.value
      : choice.kind === 'merge'
        ? choice.text
        : unionOfIdLists(data.candidates.map((candidate) => candidate.value));
  const historyWrites =
    data.recordKind === 'episode'
      ? settleRoleHistory({
          caseId: conflict.caseId,
          field: data.field,
          sides: data.candidates.map((candidate) => candidate.value),
          settled: value,
          history: roleHistory,
          decidedBy: practitionerId,
          today: todayIso(now),
        })
      : [];
  return [
    { op: 'update', kind: data.recordKind, id: data.recordId, fields: { [data.field]: value ?? null } },
    {
      op: 'update',
      kind: 'conflict',
      id: conflict.id,
      fields: {
        status: 'resolved',
        resolution: choice.kind === 'keep' ? 'kept' : 'merged',
        resolvedBy: practitionerId,
        resolvedAt: now.toISOString(),
      },
    },
    ...historyWrites,
  ];
}

import type { StoredRecord, WriteOperation } from '../../db';
import { unionOfIdLists } from '../../domain/conflictValues';
import type { RecordKind } from '../../domain/records/registry';

export type ConflictChoice =
  | { kind: 'keep'; candidateIndex: number }
  | { kind: 'merge'; text: string }
  /** Everyone in either list: for lists of ids (src/domain/conflictValues.ts unionOfIdLists). */
  | { kind: 'union' };

/**
 * The writes that resolve a conflict: the chosen or merged value becomes the field's value, and
 * the conflict is marked resolved, both as ordinary synced changes in one transaction.
 */
export function resolutionWrites(
  conflict: StoredRecord,
  choice: ConflictChoice,
  practitionerId: string,
  now: Date,
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
  ];
}

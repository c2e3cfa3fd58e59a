import type { StoredRecord, WriteOperation } from '../../db';
import { newId } from '../../domain/ids';

/**
 * The writes that give an episode a household when it has none yet: one household record shared by
 * every child, so family members and the family section are entered once for siblings (WCAG 3.3.7).
 * Returns the household id and the operations to prepend to the same atomic batch.
 */
export function ensureHousehold(
  episode: StoredRecord,
  children: readonly StoredRecord[],
): { householdId: string; operations: WriteOperation[] } {
  const existing = episode.data['householdId'];
  if (typeof existing === 'string' && existing) {
    const operations: WriteOperation[] = children
      .filter((child) => child.data['householdId'] !== existing)
      .map((child) => ({ op: 'update', kind: 'child', id: child.id, fields: { householdId: existing } }));
    return { householdId: existing, operations };
  }
  const householdId = newId();
  const first = children[0];
  return {
    householdId,
    operations: [
      {
        op: 'create',
        kind: 'household',
        caseId: episode.id,
        id: householdId,
        data: { address: first?.data['address'], postcode: first?.data['postcode'] },
      },
      { op: 'update', kind: 'episode', id: episode.id, fields: { householdId } },
      ...children.map((child): WriteOperation => ({
        op: 'update',
        kind: 'child',
        id: child.id,
        fields: { householdId },
      })),
    ],
  };
}

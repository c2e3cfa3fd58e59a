import type { StoredRecord, WriteOperation } from '../../db';
import { newId } from '../../domain/ids';
import { readChildIdentity, type ChildIdentityAnswers } from '../../domain/childIdentityForm';
import type { ErrorItem } from '../../ui/ErrorSummary';

export type AddChildForm = ChildIdentityAnswers;

const ORDER = ['firstName', 'lastName', 'dateOfBirth', 'expectedDateOfDelivery'];

export type AddChildResult =
  { ok: true; childId: string; operations: WriteOperation[] } | { ok: false; errors: ErrorItem[] };

/**
 * "Add another child" for a family CAF: the sibling joins the same episode and household, and the
 * episode lists them, all in one atomic batch so no device ever sees a child outside its episode.
 */
export function buildAddChild(form: AddChildForm, episode: StoredRecord, today: string): AddChildResult {
  const householdId = typeof episode.data['householdId'] === 'string' ? episode.data['householdId'] : undefined;
  const { child, errors } = readChildIdentity(form, today, householdId ? { householdId } : {});
  if (errors.size > 0)
    return {
      ok: false,
      errors: [...errors.entries()]
        .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
        .map(([href, message]) => ({ href, message })),
    };
  const childId = newId();
  const childIds = Array.isArray(episode.data['childIds']) ? (episode.data['childIds'] as string[]) : [];
  return {
    ok: true,
    childId,
    operations: [
      { op: 'create', kind: 'child', caseId: episode.id, id: childId, data: child },
      { op: 'update', kind: 'episode', id: episode.id, fields: { childIds: [...childIds, childId] } },
    ],
  };
}

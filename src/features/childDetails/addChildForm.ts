import type { StoredRecord, WriteOperation } from '../../db';
import { parseDateParts, type DateParts } from '../../domain/dateInput';
import { newId } from '../../domain/ids';
import { childSchema } from '../../domain/records/family';
import type { ErrorItem } from '../../ui/ErrorSummary';

export interface AddChildForm {
  firstName: string;
  lastName: string;
  unborn: boolean;
  dateOfBirth: DateParts;
  expectedDateOfDelivery: DateParts;
}

const ORDER = ['firstName', 'lastName', 'dateOfBirth', 'expectedDateOfDelivery'];

export type AddChildResult =
  { ok: true; childId: string; operations: WriteOperation[] } | { ok: false; errors: ErrorItem[] };

/**
 * "Add another child" for a family CAF: the sibling joins the same episode and household, and the
 * episode lists them, all in one atomic batch so no device ever sees a child outside its episode.
 */
export function buildAddChild(form: AddChildForm, episode: StoredRecord, today: string): AddChildResult {
  const errors = new Map<string, string>();
  const dob = parseDateParts(form.dateOfBirth, 'Date of birth');
  const edd = parseDateParts(form.expectedDateOfDelivery, 'Expected date of delivery');
  if (!form.unborn && !dob.ok) errors.set('dateOfBirth', dob.message);
  if (form.unborn && !edd.ok) errors.set('expectedDateOfDelivery', edd.message);
  if (!form.unborn && dob.ok && dob.value && dob.value > today)
    errors.set('dateOfBirth', 'Date of birth must be today or in the past');
  const householdId = typeof episode.data['householdId'] === 'string' ? episode.data['householdId'] : undefined;
  const child = {
    firstName: form.firstName.trim() || undefined,
    lastName: form.lastName.trim(),
    unborn: form.unborn,
    dateOfBirth: !form.unborn && dob.ok ? dob.value : undefined,
    expectedDateOfDelivery: form.unborn && edd.ok ? edd.value : undefined,
    householdId,
  };
  const parsed = childSchema.safeParse(child);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if (!errors.has(field)) errors.set(field, issue.message);
    }
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

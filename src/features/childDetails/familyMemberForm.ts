import type { StoredRecord, WriteOperation } from '../../db';
import { parseDateParts, type DateParts } from '../../domain/dateInput';
import { newId } from '../../domain/ids';
import { familyMemberSchema } from '../../domain/records/family';
import type { ErrorItem } from '../../ui/ErrorSummary';
import { ensureHousehold } from './familyWrites';

export const PARENTAL_RESPONSIBILITY_TEXT: Record<string, string> = {
  yes: 'Yes',
  no: 'No',
  dontKnow: 'Don’t know',
};

export interface FamilyMemberForm {
  name: string;
  relationship: string;
  parentalResponsibility: string;
  livesWithChild: string;
  dateOfBirth: DateParts;
  phone: string;
  address: string;
}

const ORDER = ['name', 'relationship', 'parentalResponsibility', 'livesWithChild', 'dateOfBirth', 'phone', 'address'];

export type FamilyMemberResult = { ok: true; operations: WriteOperation[] } | { ok: false; errors: ErrorItem[] };

/**
 * Save a parent, carer or other household member. The first one gives the episode its household,
 * in the same batch, so siblings share one list of family members.
 */
export function buildFamilyMember(
  form: FamilyMemberForm,
  episode: StoredRecord,
  children: readonly StoredRecord[],
  existing: StoredRecord | undefined,
  today: string,
): FamilyMemberResult {
  const errors = new Map<string, string>();
  const dob = parseDateParts(form.dateOfBirth, 'Date of birth');
  if (!dob.ok) errors.set('dateOfBirth', dob.message);
  else if (dob.value && dob.value > today) errors.set('dateOfBirth', 'Date of birth must be today or in the past');
  if (!form.parentalResponsibility)
    errors.set('parentalResponsibility', 'Select whether they have parental responsibility');
  const household = existing
    ? { householdId: String(existing.data['householdId']), operations: [] as WriteOperation[] }
    : ensureHousehold(episode, children);
  const data = {
    householdId: household.householdId,
    name: form.name.trim(),
    relationship: form.relationship.trim(),
    parentalResponsibility: form.parentalResponsibility || undefined,
    livesWithChild: form.livesWithChild === '' ? undefined : form.livesWithChild === 'yes',
    dateOfBirth: dob.ok ? dob.value : undefined,
    phone: form.phone.trim() || undefined,
    address: form.address.trim() || undefined,
  };
  const parsed = familyMemberSchema.safeParse(data);
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
  if (existing)
    return { ok: true, operations: [{ op: 'update', kind: 'familyMember', id: existing.id, fields: data }] };
  return {
    ok: true,
    operations: [
      ...household.operations,
      { op: 'create', kind: 'familyMember', caseId: episode.id, id: newId(), data },
    ],
  };
}

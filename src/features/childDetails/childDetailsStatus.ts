import type { StoredRecord } from '../../db';

type Records = Partial<Record<string, StoredRecord[]>>;

/** The identifying details a child's record needs before the CAF can be shared (caf-domain.md step 5). */
const CORE_DETAILS = ['gender', 'address', 'firstLanguage', 'ethnicity'] as const;

function hasValue(value: unknown): boolean {
  return typeof value === 'string' ? value.trim().length > 0 : value !== undefined && value !== null;
}

export function missingCoreDetails(child: Pick<StoredRecord, 'data'>): string[] {
  return CORE_DETAILS.filter((field) => !hasValue(child.data[field]));
}

/**
 * The case-page status of "Child's details": complete when every child has their core details and
 * someone with parental responsibility is recorded, because consent needs that person.
 */
export function childDetailsStatus(records: Records): 'notStarted' | 'inProgress' | 'completed' {
  const children = records['child'] ?? [];
  if (children.length === 0) return 'notStarted';
  const withResponsibility = (records['familyMember'] ?? []).some(
    (member) => member.data['parentalResponsibility'] === 'yes',
  );
  const allDetails = children.every((child) => missingCoreDetails(child).length === 0);
  return allDetails && withResponsibility ? 'completed' : 'inProgress';
}

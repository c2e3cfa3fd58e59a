import { parseDateParts, type DateParts } from './dateInput';
import { childSchema, type Child } from './records/family';

/** The four answers that identify a child on "Start a new case" and "Add another child". */
export interface ChildIdentityAnswers {
  firstName: string;
  lastName: string;
  unborn: boolean;
  dateOfBirth: DateParts;
  expectedDateOfDelivery: DateParts;
}

/**
 * Reads the child's identifying answers into a child record, with the GOV.UK message per field
 * (date-box messages first, then the child schema's). One definition for every form that adds a child.
 */
export function readChildIdentity(
  answers: ChildIdentityAnswers,
  today: string,
  extra: Partial<Child> = {},
): { child: Child; errors: Map<string, string> } {
  const errors = new Map<string, string>();
  const dob = parseDateParts(answers.dateOfBirth, 'Date of birth');
  const edd = parseDateParts(answers.expectedDateOfDelivery, 'Expected date of delivery');
  if (!answers.unborn && !dob.ok) errors.set('dateOfBirth', dob.message);
  if (answers.unborn && !edd.ok) errors.set('expectedDateOfDelivery', edd.message);
  if (!answers.unborn && dob.ok && dob.value && dob.value > today)
    errors.set('dateOfBirth', 'Date of birth must be today or in the past');
  const child: Child = {
    firstName: answers.firstName.trim() || undefined,
    lastName: answers.lastName.trim(),
    unborn: answers.unborn,
    dateOfBirth: !answers.unborn && dob.ok ? dob.value : undefined,
    expectedDateOfDelivery: answers.unborn && edd.ok ? edd.value : undefined,
    ...extra,
  };
  const parsed = childSchema.safeParse(child);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if (!errors.has(field)) errors.set(field, issue.message);
    }
  return { child, errors };
}

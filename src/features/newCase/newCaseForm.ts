import { parseDateParts, type DateParts } from '../../domain/dateInput';
import { newId } from '../../domain/ids';
import { readChildIdentity, type ChildIdentityAnswers } from '../../domain/childIdentityForm';
import { episodeSchema } from '../../domain/records/episode';
import type { WriteOperation } from '../../db';
import type { ErrorItem } from '../../ui/ErrorSummary';

export interface NewCaseForm extends ChildIdentityAnswers {
  enquiryDate: DateParts;
  reasonForEnquiry: string;
}

/** Which input each schema field is typed into, so the error summary links to the right box. */
const INPUT_ID: Record<string, string> = {
  firstName: 'firstName',
  lastName: 'lastName',
  dateOfBirth: 'dateOfBirth',
  expectedDateOfDelivery: 'expectedDateOfDelivery',
  enquiryDate: 'enquiryDate',
  reasonForEnquiry: 'reasonForEnquiry',
};
const ORDER = Object.keys(INPUT_ID);

export type NewCaseResult =
  { ok: true; caseId: string; operations: WriteOperation[] } | { ok: false; errors: ErrorItem[] };

/**
 * Turn the "Start a new case" form into the writes that open a CAF episode at the enquiry stage
 * with its first child, or the GOV.UK error list. Starting the episode starts the 4-week clock.
 */
export function buildNewCase(form: NewCaseForm, assessorId: string, today: string): NewCaseResult {
  const { child, errors } = readChildIdentity(form, today);
  const enquiry = parseDateParts(form.enquiryDate, 'Date of enquiry');
  if (!enquiry.ok) errors.set('enquiryDate', enquiry.message);
  if (enquiry.ok && enquiry.value && enquiry.value > today)
    errors.set('enquiryDate', 'Date of enquiry must be today or in the past');
  if (enquiry.ok && !enquiry.value && !errors.has('enquiryDate'))
    errors.set('enquiryDate', 'Enter the date of enquiry');

  const caseId = newId();
  const childId = newId();
  const episode = {
    status: 'enquiry' as const,
    childIds: [childId],
    enquiryDate: enquiry.ok ? (enquiry.value ?? '') : '',
    reasonForEnquiry: form.reasonForEnquiry.trim() || undefined,
    assessorId,
    tacMemberIds: [],
  };
  const episodeResult = episodeSchema.safeParse(episode);
  if (!episodeResult.success)
    for (const issue of episodeResult.error.issues) {
      const field = String(issue.path[0]);
      if (INPUT_ID[field] && !errors.has(field)) errors.set(field, issue.message);
    }

  if (errors.size > 0) {
    const list = [...errors.entries()]
      .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
      .map(([field, message]) => ({ href: INPUT_ID[field] ?? field, message }));
    return { ok: false, errors: list };
  }
  return {
    ok: true,
    caseId,
    operations: [
      { op: 'create', kind: 'episode', caseId, id: caseId, data: episode },
      { op: 'create', kind: 'child', caseId, id: childId, data: child },
    ],
  };
}

import { z } from 'zod';

/**
 * Field builders that give GOV.UK-style messages ("Enter the date of the meeting") whether the
 * value is missing or malformed, instead of zod's technical defaults.
 */
export function requiredText(message: string, max = 4000) {
  return z.string({ error: message }).trim().min(1, message).max(max, `Must be ${max} characters or fewer`);
}

export function optionalText(max = 4000) {
  return z.string().trim().max(max, `Must be ${max} characters or fewer`).optional();
}

export function requiredDate(missingMessage: string, invalidMessage = 'Enter a real date') {
  return z.iso.date({ error: (issue) => (issue.input === undefined ? missingMessage : invalidMessage) });
}

export function optionalDate(invalidMessage = 'Enter a real date') {
  return z.iso.date({ error: invalidMessage }).optional();
}

export function requiredDateTime(missingMessage: string) {
  return z.iso.datetime({ offset: true, error: missingMessage });
}

/**
 * A reference to another record by id. Not held to the UUIDv7 pattern: directory entries seeded
 * from configuration may use stable keys, and a bad reference is caught where it is resolved.
 */
export function recordRef(missingMessage: string) {
  return z.string({ error: missingMessage }).min(1, missingMessage).max(100);
}

/**
 * Runs a cross-field rule even when other fields already failed, so the GOV.UK error summary lists
 * every problem at once instead of revealing them one submit at a time. Zod then hands the rule
 * unvalidated input, so each rule must check the types of the values it reads.
 */
export const evenWithOtherErrors = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/**
 * A kind's rules across its fields, given to zod's superRefine and also named in the registry, so a
 * change to a few fields can be checked against them without validating every field again
 * (src/domain/records/editValidation.ts).
 */
export type CrossFieldRules<T> = (record: T, ctx: z.RefinementCtx<T>) => void;

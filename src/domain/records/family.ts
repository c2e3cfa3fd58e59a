import { z } from 'zod';
import { evenWithOtherErrors, type CrossFieldRules } from './fieldSchemas';
import { isoDateSchema } from '../recordMeta';

const optionalText = (max: number) => z.string().trim().max(max, `Must be ${max} characters or fewer`).optional();

/** The unique pupil number: a check letter then 12 digits (DfE format). */
const upnSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]\d{11}[0-9A-Z]$/, 'Enter a UPN of 13 characters, like A123456789012');

export const genderSchema = z.enum(['female', 'male', 'other', 'notKnown', 'preferNotToSay']);

/**
 * A child or young person, or an unborn baby (then the expected date of delivery stands in for the
 * date of birth): every identifying detail the CAF form asks for.
 */
const childFields = z.object({
  firstName: z.string().trim().max(100).optional(),
  lastName: z.string({ error: 'Enter the child’s last name' }).trim().min(1, 'Enter the child’s last name').max(100),
  alternativeNames: optionalText(200),
  unborn: z.boolean(),
  dateOfBirth: isoDateSchema.optional(),
  expectedDateOfDelivery: isoDateSchema.optional(),
  gender: genderSchema.optional(),
  address: optionalText(400),
  postcode: optionalText(10),
  firstLanguage: optionalText(100),
  interpreterNeeded: z.boolean().optional(),
  ethnicity: optionalText(100),
  religion: optionalText(100),
  upn: upnSchema.optional(),
  disability: optionalText(1000),
  communicationNeeds: optionalText(1000),
  householdId: z.string().optional(),
});

/** The rules across fields of a child (a change to any field is checked against them too). */
export const childRules: CrossFieldRules<z.infer<typeof childFields>> = (child, ctx) => {
  if (child.unborn) {
    if (!child.expectedDateOfDelivery)
      ctx.addIssue({
        code: 'custom',
        path: ['expectedDateOfDelivery'],
        message: 'Enter the expected date of delivery',
      });
  } else {
    if (!child.firstName)
      ctx.addIssue({ code: 'custom', path: ['firstName'], message: 'Enter the child’s first name' });
    if (!child.dateOfBirth)
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Enter the child’s date of birth' });
  }
};

export const childSchema = childFields.superRefine(childRules, evenWithOtherErrors);
export type Child = z.infer<typeof childSchema>;

export const parentalResponsibilitySchema = z.enum(['yes', 'no', 'dontKnow']);

/** The household a family CAF shares: its family and environment section is entered once. */
export const householdSchema = z.object({
  address: optionalText(400),
  postcode: optionalText(10),
  phone: optionalText(40),
  homeLanguage: optionalText(100),
  notes: optionalText(4000),
});
export type Household = z.infer<typeof householdSchema>;

export const familyMemberSchema = z.object({
  householdId: z.string(),
  name: z.string().trim().min(1, 'Enter the person’s name').max(200),
  relationship: z.string().trim().min(1, 'Enter how they are related to the child').max(100),
  parentalResponsibility: parentalResponsibilitySchema,
  livesWithChild: z.boolean().optional(),
  dateOfBirth: isoDateSchema.optional(),
  phone: optionalText(40),
  address: optionalText(400),
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

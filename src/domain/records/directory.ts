import { z } from 'zod';

/**
 * Directory records (practitioners, agencies) are reference data every practitioner receives.
 * They live in one fixed scope instead of a case.
 */
export const DIRECTORY_CASE_ID = '00000000-0000-7000-8000-000000000000';

export const agencyTypeSchema = z.enum([
  'health',
  'camhs',
  'school',
  'earlyYears',
  'childrensCentre',
  'housing',
  'police',
  'voluntary',
  'adultServices',
  'childrensSocialCare',
  'youthOffending',
  'other',
]);

export const agencySchema = z.object({
  name: z.string().trim().min(1, 'Enter the agency name').max(200),
  type: agencyTypeSchema,
});
export type Agency = z.infer<typeof agencySchema>;

export const practitionerRoleSchema = z.enum([
  'healthVisitor',
  'schoolNurse',
  'familySupportWorker',
  'teacher',
  'socialWorker',
  'youthWorker',
  'coordinator',
  'other',
]);

export const practitionerSchema = z.object({
  name: z.string().trim().min(1, 'Enter the practitioner’s name').max(200),
  role: practitionerRoleSchema,
  agencyId: z.string(),
  email: z.email('Enter an email address in the correct format, like name@example.org').optional(),
  phone: z.string().max(40).optional(),
});
export type Practitioner = z.infer<typeof practitionerSchema>;

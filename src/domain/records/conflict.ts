import { z } from 'zod';
import { evenWithOtherErrors, type CrossFieldRules } from './fieldSchemas';
import { deviceIdSchema } from '../ids';
import { hlcSchema, isoDateTimeSchema } from '../recordMeta';

/** One side of a conflict: a value someone typed, and who, where and when. */
export const conflictCandidateSchema = z.object({
  value: z.unknown(),
  author: z.string().min(1),
  deviceId: deviceIdSchema,
  hlc: hlcSchema,
  at: isoDateTimeSchema,
});
export type ConflictCandidate = z.infer<typeof conflictCandidateSchema>;

/**
 * A field two practitioners changed concurrently where neither edit can be kept silently (long
 * narrative text). Both values are kept here until a person chooses or merges them.
 * `recordKind` is a plain string so this module does not import the registry that lists it.
 */
const conflictFields = z.object({
  recordKind: z.string().min(1),
  recordId: z.string().min(1),
  field: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/, 'Must be a field name'),
  // At least one: a follow-up edit can replace a side (merge.ts), so the count is not fixed at two.
  candidates: z.array(conflictCandidateSchema).min(1, 'A conflict needs a value'),
  status: z.enum(['open', 'resolved']),
  resolvedBy: z.string().optional(),
  resolvedAt: isoDateTimeSchema.optional(),
  resolution: z.enum(['kept', 'merged'], { error: 'Select whether you kept one version or merged them' }).optional(),
});

/** The rules across fields of a conflict (a change to any field is checked against them too). */
export const conflictRules: CrossFieldRules<z.infer<typeof conflictFields>> = (conflict, ctx) => {
  if (conflict.status !== 'resolved') return;
  if (!conflict.resolution)
    ctx.addIssue({
      code: 'custom',
      path: ['resolution'],
      message: 'Select whether you kept one version or merged them',
    });
  if (!conflict.resolvedBy)
    ctx.addIssue({ code: 'custom', path: ['resolvedBy'], message: 'Enter who resolved the conflict' });
  if (!conflict.resolvedAt)
    ctx.addIssue({ code: 'custom', path: ['resolvedAt'], message: 'Enter when the conflict was resolved' });
};

export const conflictSchema = conflictFields.superRefine(conflictRules, evenWithOtherErrors);
export type Conflict = z.infer<typeof conflictSchema>;

import { z } from 'zod';
import { CLOSURE_REASON_IDS, STEP_UP_DESTINATION_IDS } from '../config/closureReasons';
import { recordRef, requiredDate, requiredText, evenWithOtherErrors, type CrossFieldRules } from './fieldSchemas';

/**
 * Closing an episode. Reason and summary are both mandatory (caf-domain.md), and a step up
 * records where the child went, so closure-reason reports can count steps up per service.
 */
const closureFields = z.object({
  reason: z.enum(CLOSURE_REASON_IDS, { error: 'Select a reason for closing the CAF' }),
  summary: requiredText('Enter a closing summary', 10_000),
  steppedUpTo: z.enum(STEP_UP_DESTINATION_IDS, { error: 'Select where the case was stepped up to' }).optional(),
  closedDate: requiredDate('Enter the date the CAF was closed'),
  closedBy: recordRef('Enter who closed the CAF'),
});

/** The rules across fields of a closure (a change to any field is checked against them too). */
export const closureRules: CrossFieldRules<z.infer<typeof closureFields>> = (closure, ctx) => {
  if (closure.reason === 'steppedUp' && !closure.steppedUpTo)
    ctx.addIssue({ code: 'custom', path: ['steppedUpTo'], message: 'Select where the case was stepped up to' });
};

export const closureSchema = closureFields.superRefine(closureRules, evenWithOtherErrors);
export type Closure = z.infer<typeof closureSchema>;

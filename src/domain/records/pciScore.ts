import { z } from 'zod';
import { findPciScale, scaleDirectionSchema } from '../config/pciScale';
import { optionalText, recordRef, requiredDate, evenWithOtherErrors } from './fieldSchemas';

export const PCI_RATERS = ['parent', 'child', 'practitioner'] as const;

/**
 * One Parent and Child Indicator score (seed 001), append-only: two people scoring the same need
 * offline keep both scores. A rater who could not score records why instead of a value. The
 * scale and its direction travel with the score so reports never mix scales.
 */
export const pciScoreSchema = z
  .object({
    needId: recordRef('Select the need being scored'),
    rater: z.enum(PCI_RATERS, { error: 'Select who gave the score' }),
    raterName: optionalText(200),
    familyMemberId: z.string().optional(),
    value: z.number({ error: 'Select a score' }).int('Select a whole number').optional(),
    notScoredReason: optionalText(1000),
    scaleId: recordRef('Select the scale'),
    direction: scaleDirectionSchema,
    date: requiredDate('Enter the date of the score'),
    reviewId: z.string().optional(),
    baseline: z.boolean().optional(),
  })
  .superRefine((score, ctx) => {
    if (score.value === undefined) {
      if (!score.notScoredReason)
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'Select a score, or enter why it was not given' });
    } else if (typeof score.value === 'number') {
      const scale = findPciScale(score.scaleId);
      if (scale && (score.value < scale.min || score.value > scale.max))
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `Select a score from ${scale.min} to ${scale.max}`,
        });
      if (scale && scale.direction !== score.direction)
        ctx.addIssue({ code: 'custom', path: ['direction'], message: 'The direction does not match the scale' });
    }
    if (!score.baseline && !score.reviewId)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewId'],
        message: 'Select the review this score belongs to, or mark it as the baseline',
      });
  }, evenWithOtherErrors);
export type PciScore = z.infer<typeof pciScoreSchema>;

import { z } from 'zod';
import { actionStatusSchema } from './plan';
import {
  optionalDate,
  optionalText,
  recordRef,
  requiredDate,
  evenWithOtherErrors,
  type CrossFieldRules,
} from './fieldSchemas';

export const actionProgressSchema = z.object({
  actionId: recordRef('Select the action'),
  summary: optionalText(4000),
  status: actionStatusSchema.optional(),
});

/** A review of the TAC plan, at least every three months, chaired by the lead professional. */
const reviewFields = z.object({
  date: requiredDate('Enter the date of the review'),
  status: z.enum(['planned', 'held'], { error: 'Select whether the review is planned or held' }),
  chairId: z.string().optional(),
  meetingId: z.string().optional(),
  actionProgress: z.array(actionProgressSchema).max(200).optional(),
  actionsNotAchieved: optionalText(10_000),
  newConcerns: optionalText(10_000),
  agenciesToAdd: z.array(z.string()).max(50).optional(),
  newLeadProfessionalId: z.string().optional(),
  leadProfessionalChangeReason: optionalText(2000),
  nextReviewDate: optionalDate('The next review date must be a real date'),
  notes: optionalText(10_000),
});

/** The rules across fields of a review (a change to any field is checked against them too). */
export const reviewRules: CrossFieldRules<z.infer<typeof reviewFields>> = (review, ctx) => {
  if (
    typeof review.nextReviewDate === 'string' &&
    typeof review.date === 'string' &&
    review.nextReviewDate <= review.date
  )
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewDate'],
      message: 'The next review date must be after the date of this review',
    });
  if (review.newLeadProfessionalId && !review.leadProfessionalChangeReason)
    ctx.addIssue({
      code: 'custom',
      path: ['leadProfessionalChangeReason'],
      message: 'Enter the reason for changing the lead professional',
    });
};

export const reviewSchema = reviewFields.superRefine(reviewRules, evenWithOtherErrors);
export type Review = z.infer<typeof reviewSchema>;

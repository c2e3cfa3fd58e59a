import { z } from 'zod';
import { ASSESSMENT_ELEMENT_IDS, type AssessmentElementId } from './assessmentElements';
import { optionalDate, optionalText, recordRef, requiredText } from './fieldSchemas';
import { SUPPORTING_FAMILIES_OUTCOME_IDS } from '../config/supportingFamiliesOutcomes';

/** A need's category is the assessment element it came from, or `other`. */
export type NeedCategory = AssessmentElementId | 'other';
export const NEED_CATEGORIES: readonly NeedCategory[] = [...ASSESSMENT_ELEMENT_IDS, 'other'];
export const needCategorySchema = z.enum(NEED_CATEGORIES, { error: 'Select the area of need' });

export const NEED_TIMESCALES = ['short', 'medium', 'long'] as const;
export const NEED_STATUSES = ['open', 'met', 'noServiceAvailable'] as const;

/**
 * A need or worry identified for one child. PCI scores and actions point at it. `noServiceAvailable`
 * is the unmet need seed 002 §5.5 asks authorities to count.
 */
export const needSchema = z.object({
  childId: recordRef('Select the child this need is about'),
  description: requiredText('Enter a description of the need', 2000),
  category: needCategorySchema,
  timescale: z.enum(NEED_TIMESCALES, { error: 'Select whether this is a short, medium or longer term need' }),
  outcomeTag: z.enum(SUPPORTING_FAMILIES_OUTCOME_IDS, { error: 'Select a Supporting Families outcome' }).optional(),
  identifiedDate: optionalDate(),
  /** Set when the need was added at a review rather than at the assessment. */
  identifiedAtReviewId: z.string().optional(),
  status: z.enum(NEED_STATUSES).optional(),
  unmetNeedNote: optionalText(2000),
});
export type Need = z.infer<typeof needSchema>;

export const ACTION_STATUSES = ['notStarted', 'inProgress', 'achieved', 'notAchieved'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES, { error: 'Select the status of the action' });

/**
 * A SMART action in the TAC plan. Owner and due date are optional on purpose: issue 5 asks for an
 * action without them to be flagged in the plan, not refused while the meeting is still typing.
 */
export const actionSchema = z.object({
  needId: recordRef('Select the need this action meets'),
  what: requiredText('Enter what will be done', 2000),
  ownerName: optionalText(200),
  ownerPractitionerId: z.string().optional(),
  ownerAgencyId: z.string().optional(),
  dueDate: optionalDate('The due date must be a real date'),
  status: actionStatusSchema,
  meetingId: z.string().optional(),
  progressNote: optionalText(4000),
});
export type Action = z.infer<typeof actionSchema>;

import { z } from 'zod';
import { optionalText, evenWithOtherErrors, type CrossFieldRules } from './fieldSchemas';

/**
 * The optional tick-box pre-assessment (Barnet and Birmingham, seeds 001 and 004): are the needs
 * broader than one agency can meet? Each question is its own boolean field so two practitioners
 * ticking different boxes offline merge cleanly.
 */
export const PRE_ASSESSMENT_QUESTIONS = [
  { id: 'needsInMoreThanOneArea', text: 'The child has needs in more than one area of their life' },
  { id: 'needsBeyondOneAgency', text: 'The needs are more than one agency can meet on its own' },
  { id: 'currentSupportNotWorking', text: 'Support already in place is not meeting the needs' },
  { id: 'developmentNotOnTrack', text: 'The child’s health or development is not on track' },
  { id: 'learningOrAttendanceConcern', text: 'There are concerns about learning, attendance or behaviour' },
  { id: 'parentingUnderStrain', text: 'Parents or carers are finding it hard to meet the child’s needs' },
  { id: 'familyCircumstancesConcern', text: 'Housing, money or family circumstances are affecting the child' },
  { id: 'familyWantsSupport', text: 'The family wants extra support and agrees to a CAF' },
  { id: 'riskOfSignificantHarm', text: 'The child may be at risk of significant harm' },
] as const;
export type PreAssessmentQuestionId = (typeof PRE_ASSESSMENT_QUESTIONS)[number]['id'];

export const PRE_ASSESSMENT_OUTCOMES = [
  'noCafUniversal',
  'noCafSingleAgency',
  'cafRecommended',
  'referToSocialCare',
] as const;
export const preAssessmentOutcomeSchema = z.enum(PRE_ASSESSMENT_OUTCOMES, {
  error: 'Select the outcome of the pre-assessment',
});
export type PreAssessmentOutcome = z.infer<typeof preAssessmentOutcomeSchema>;

type QuestionShape = { [K in PreAssessmentQuestionId]: z.ZodOptional<z.ZodBoolean> };
const questionShape = Object.fromEntries(
  PRE_ASSESSMENT_QUESTIONS.map((question) => [question.id, z.boolean().optional()]),
) as QuestionShape;

const preAssessmentFields = z.object({
  ...questionShape,
  childId: z.string().optional(),
  notes: optionalText(4000),
  outcome: preAssessmentOutcomeSchema.optional(),
  completedAt: z.iso.datetime({ offset: true }).optional(),
  completedBy: z.string().optional(),
});

/** The rules across fields of a preAssessment (a change to any field is checked against them too). */
export const preAssessmentRules: CrossFieldRules<z.infer<typeof preAssessmentFields>> = (form, ctx) => {
  if (form.completedAt && !form.outcome)
    ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'Select the outcome of the pre-assessment' });
  // A tick for possible significant harm must not end in "no CAF needed": it goes to social care.
  if (form.riskOfSignificantHarm && form.outcome && form.outcome !== 'referToSocialCare')
    ctx.addIssue({
      code: 'custom',
      path: ['outcome'],
      message: 'Select refer to children’s social care, as the child may be at risk of significant harm',
    });
};

export const preAssessmentSchema = preAssessmentFields.superRefine(preAssessmentRules, evenWithOtherErrors);
export type PreAssessment = z.infer<typeof preAssessmentSchema>;

import { z } from 'zod';
import { ASSESSMENT_ELEMENTS, type AssessmentElementId } from './assessmentElements';
import { optionalText, recordRef, evenWithOtherErrors, type CrossFieldRules } from './fieldSchemas';

const NARRATIVE_MAX = 10_000;

type ElementShape = {
  [K in AssessmentElementId as `${K}Strengths` | `${K}Needs`]: z.ZodOptional<z.ZodString>;
} & { [K in AssessmentElementId as `${K}NotApplicable`]: z.ZodOptional<z.ZodBoolean> };

/** Sync merges per top-level field, so each element's strengths, needs and N/A are separate fields. */
const elementShape = Object.fromEntries(
  ASSESSMENT_ELEMENTS.flatMap((element) => [
    [`${element.id}Strengths`, optionalText(NARRATIVE_MAX)],
    [`${element.id}Needs`, optionalText(NARRATIVE_MAX)],
    [`${element.id}NotApplicable`, z.boolean().optional()],
  ]),
) as ElementShape;

/** A service working with the child: name of the person or setting, organisation, phone. */
export const serviceContactSchema = z.object({
  name: optionalText(200),
  organisation: optionalText(200),
  phone: optionalText(40),
  address: optionalText(400),
});
export type ServiceContact = z.infer<typeof serviceContactSchema>;

export const otherServiceSchema = serviceContactSchema.extend({
  service: z.string({ error: 'Enter the name of the service' }).trim().min(1, 'Enter the name of the service').max(200),
});

/**
 * One row of the agencies grid (seed 002, appendix 3): only 37% of paper CAFs recorded who was
 * contacted, contributed, consented to and was invited to the TAC.
 */
export const assessmentAgencyRowSchema = z.object({
  agencyId: recordRef('Select the agency'),
  contacted: z.boolean(),
  contributed: z.boolean(),
  consentedToShare: z.boolean(),
  invitedToTac: z.boolean(),
});
export type AssessmentAgencyRow = z.infer<typeof assessmentAgencyRowSchema>;

/**
 * A CAF assessment: one record per child per episode, done with the family. In a family CAF a
 * sibling's assessment may point at the one whose family and environment section it shares
 * (`familySectionFromAssessmentId`), so nobody enters it twice.
 */
const assessmentFields = z.object({
  childId: recordRef('Select the child this assessment is about'),
  assessorId: z.string().optional(),
  assessmentDate: z.iso.date({ error: 'Enter a real date' }).optional(),
  familySectionFromAssessmentId: z.string().optional(),
  ...elementShape,
  childViews: optionalText(NARRATIVE_MAX),
  childViewsNotObtainedReason: optionalText(2000),
  parentViews: optionalText(NARRATIVE_MAX),
  universalSchool: serviceContactSchema.optional(),
  universalGp: serviceContactSchema.optional(),
  universalHealthVisitorOrSchoolNurse: serviceContactSchema.optional(),
  otherServices: z.array(otherServiceSchema).max(50).optional(),
  agencies: z
    .array(assessmentAgencyRowSchema)
    .max(100)
    .optional()
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows?.forEach((row, index) => {
        if (seen.has(row.agencyId))
          ctx.addIssue({ code: 'custom', path: [index, 'agencyId'], message: 'Each agency can only be listed once' });
        seen.add(row.agencyId);
      });
    }),
  conclusionsStrengthsResources: optionalText(NARRATIVE_MAX),
  conclusionsNeedsShortTerm: optionalText(NARRATIVE_MAX),
  conclusionsNeedsMediumTerm: optionalText(NARRATIVE_MAX),
  conclusionsNeedsLongerTerm: optionalText(NARRATIVE_MAX),
  desiredOutcomes: optionalText(NARRATIVE_MAX),
  completedAt: z.iso.datetime({ offset: true }).optional(),
  completedBy: z.string().optional(),
});

/** The rules across fields of an assessment (a change to any field is checked against them too). */
export const assessmentRules: CrossFieldRules<z.infer<typeof assessmentFields>> = (assessment, ctx) => {
  // Seed 002 found the child's views in only 22% of CAFs: completion asks for them or for why not.
  if (assessment.completedAt && !assessment.childViews && !assessment.childViewsNotObtainedReason)
    ctx.addIssue({
      code: 'custom',
      path: ['childViews'],
      message: 'Enter the child’s views, or the reason they could not be obtained',
    });
};

export const assessmentSchema = assessmentFields.superRefine(assessmentRules, evenWithOtherErrors);
export type Assessment = z.infer<typeof assessmentSchema>;

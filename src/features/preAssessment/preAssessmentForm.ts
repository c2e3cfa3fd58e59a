import type { WriteOperation } from '../../db';
import { newId } from '../../domain/ids';
import {
  PRE_ASSESSMENT_QUESTIONS,
  preAssessmentSchema,
  type PreAssessmentOutcome,
  type PreAssessmentQuestionId,
} from '../../domain/records/preAssessment';
import type { ErrorItem } from '../../ui/ErrorSummary';

export const OUTCOME_OPTIONS: { value: PreAssessmentOutcome; label: string; hint: string }[] = [
  {
    value: 'noCafUniversal',
    label: 'No CAF needed: universal services can meet the needs',
    hint: 'For example, the school or health visitor carries on as usual.',
  },
  {
    value: 'noCafSingleAgency',
    label: 'No CAF needed: one agency can meet the needs',
    hint: 'Record what that agency will do in the notes.',
  },
  { value: 'cafRecommended', label: 'CAF recommended', hint: 'The needs are more than one agency can meet.' },
  {
    value: 'referToSocialCare',
    label: 'Refer to children’s social care',
    hint: 'The child may be at risk of significant harm or needs a statutory service.',
  },
];

export interface PreAssessmentForm {
  ticked: PreAssessmentQuestionId[];
  outcome: string;
  notes: string;
}

/**
 * What the ticks suggest, as Barnet's checklist reads (seed 001): any sign of significant harm goes
 * to social care; needs in more than one area or beyond one agency suggest a CAF; otherwise one
 * agency or universal services. A suggestion only: the practitioner chooses the outcome.
 */
export function suggestedOutcome(ticked: readonly PreAssessmentQuestionId[]): PreAssessmentOutcome | undefined {
  if (ticked.length === 0) return undefined;
  if (ticked.includes('riskOfSignificantHarm')) return 'referToSocialCare';
  if (ticked.includes('needsBeyondOneAgency') || ticked.includes('needsInMoreThanOneArea')) return 'cafRecommended';
  if (ticked.length >= 3) return 'cafRecommended';
  return 'noCafSingleAgency';
}

/** Every question as an explicit true/false, so unticking a box on one device merges with another device's ticks. */
function answers(ticked: readonly PreAssessmentQuestionId[]): Record<PreAssessmentQuestionId, boolean> {
  return Object.fromEntries(
    PRE_ASSESSMENT_QUESTIONS.map((question) => [question.id, ticked.includes(question.id)]),
  ) as Record<PreAssessmentQuestionId, boolean>;
}

export type PreAssessmentResult =
  | { ok: true; operations: WriteOperation[]; recordId: string; signalsSafeguarding: boolean }
  | { ok: false; errors: ErrorItem[] };

/** Checks and completes the checklist: one create (first time) or update of the episode's pre-assessment. */
export function buildPreAssessment(
  form: PreAssessmentForm,
  context: { episodeId: string; existingId?: string; completedBy: string; now: string },
): PreAssessmentResult {
  const data = {
    ...answers(form.ticked),
    outcome: form.outcome || undefined,
    notes: form.notes.trim() || undefined,
    completedAt: context.now,
    completedBy: context.completedBy,
  };
  const parsed = preAssessmentSchema.safeParse(data);
  if (!parsed.success) {
    const seen = new Set<string>();
    const errors: ErrorItem[] = [];
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if (seen.has(field)) continue;
      seen.add(field);
      errors.push({ href: field, message: issue.message });
    }
    return { ok: false, errors };
  }
  const recordId = context.existingId ?? newId();
  const operation: WriteOperation = context.existingId
    ? { op: 'update', kind: 'preAssessment', id: recordId, fields: { ...data, notes: data.notes ?? null } }
    : { op: 'create', kind: 'preAssessment', caseId: context.episodeId, id: recordId, data };
  return {
    ok: true,
    operations: [operation],
    recordId,
    signalsSafeguarding: form.ticked.includes('riskOfSignificantHarm'),
  };
}

/** The append-only evidence that the interrupt was shown and acknowledged after the checklist flagged harm. */
export function preAssessmentStepUpAudit(episodeId: string, recordId: string, at: string): WriteOperation {
  return {
    op: 'create',
    kind: 'auditEvent',
    caseId: episodeId,
    data: {
      action: 'safeguardingStepUp',
      subjectKind: 'preAssessment',
      subjectId: recordId,
      at,
      detail: 'Risk of significant harm ticked in the pre-assessment checklist',
    },
  };
}

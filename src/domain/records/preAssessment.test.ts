import { describe, expect, it } from 'vitest';
import { PRE_ASSESSMENT_QUESTIONS, preAssessmentSchema } from './preAssessment';
import { messagesOf } from './schemaTestSupport';

describe('pre-assessment checklist', () => {
  it('has one boolean field per question', () => {
    const ticks = Object.fromEntries(PRE_ASSESSMENT_QUESTIONS.map((question) => [question.id, true]));
    const parsed = preAssessmentSchema.parse({ ...ticks, outcome: 'referToSocialCare' });
    for (const question of PRE_ASSESSMENT_QUESTIONS) expect(parsed[question.id]).toBe(true);
  });

  it('lets a draft be saved without an outcome', () => {
    expect(preAssessmentSchema.safeParse({ needsBeyondOneAgency: true }).success).toBe(true);
  });

  it('asks for the outcome once the checklist is completed', () => {
    expect(messagesOf(preAssessmentSchema, { completedAt: '2026-04-01T10:00:00Z' })).toEqual({
      outcome: 'Select the outcome of the pre-assessment',
    });
  });

  it('refuses an unknown outcome', () => {
    expect(messagesOf(preAssessmentSchema, { outcome: 'maybe' })).toEqual({
      outcome: 'Select the outcome of the pre-assessment',
    });
  });

  it('sends a possible risk of significant harm to social care, not to no CAF', () => {
    expect(messagesOf(preAssessmentSchema, { riskOfSignificantHarm: true, outcome: 'noCafUniversal' })).toEqual({
      outcome: 'Select refer to children’s social care, as the child may be at risk of significant harm',
    });
  });
});

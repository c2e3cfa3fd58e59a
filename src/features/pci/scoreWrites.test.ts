import { describe, expect, it } from 'vitest';
import { DEFAULT_PCI_SCALE } from '../../domain/config/pciScale';
import { BASELINE_POINT, type ScoreRecord } from '../../domain/pciScoring';
import { buildScoreSheet, currentAnswer, NOT_SCORING } from './scoreWrites';

const NEEDS = [
  { id: 'n1', description: 'Late for school' },
  { id: 'n2', description: 'Damp bedroom' },
];
const existing = (id: string, value: number, createdAt: string): ScoreRecord => ({
  id,
  createdAt,
  data: {
    needId: 'n1',
    rater: 'parent',
    value,
    scaleId: 'pci-1-5',
    direction: 'higherIsMoreConcern',
    date: '2027-01-10',
    reviewId: 'r1',
  },
});
const context = (scores: ScoreRecord[] = [], point = 'r1') => ({
  caseId: 'case-1',
  point,
  needs: NEEDS,
  scores,
  scale: DEFAULT_PCI_SCALE,
  today: '2027-01-12',
});

describe('the practitioner’s score sheet', () => {
  it('writes one append-only score per answer, on the scale, for the review', () => {
    const result = buildScoreSheet(
      {
        n1: { parent: { choice: '4', reason: '' }, child: { choice: NOT_SCORING, reason: ' Aged 2 ' } },
        n2: { practitioner: { choice: '2', reason: '' }, parent: { choice: '', reason: '' } },
      },
      context(),
    );
    expect(result).toEqual({
      ok: true,
      operations: [
        {
          op: 'create',
          kind: 'pciScore',
          caseId: 'case-1',
          data: {
            needId: 'n1',
            rater: 'parent',
            value: 4,
            scaleId: 'pci-1-5',
            direction: 'higherIsMoreConcern',
            date: '2027-01-12',
            reviewId: 'r1',
          },
        },
        {
          op: 'create',
          kind: 'pciScore',
          caseId: 'case-1',
          data: {
            needId: 'n1',
            rater: 'child',
            notScoredReason: 'Aged 2',
            scaleId: 'pci-1-5',
            direction: 'higherIsMoreConcern',
            date: '2027-01-12',
            reviewId: 'r1',
          },
        },
        {
          op: 'create',
          kind: 'pciScore',
          caseId: 'case-1',
          data: {
            needId: 'n2',
            rater: 'practitioner',
            value: 2,
            scaleId: 'pci-1-5',
            direction: 'higherIsMoreConcern',
            date: '2027-01-12',
            reviewId: 'r1',
          },
        },
      ],
    });
  });

  it('marks baseline scores as the baseline', () => {
    const result = buildScoreSheet({ n1: { parent: { choice: '5', reason: '' } } }, context([], BASELINE_POINT));
    expect(result.ok && result.operations[0]).toMatchObject({ data: { baseline: true, value: 5 } });
    expect(
      result.ok && result.operations[0] && 'data' in result.operations[0] && result.operations[0].data,
    ).not.toHaveProperty('reviewId');
  });

  it('asks why a rater is not scoring, and writes nothing until told', () => {
    const result = buildScoreSheet(
      { n1: { parent: { choice: '3', reason: '' }, child: { choice: NOT_SCORING, reason: '  ' } } },
      context(),
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ href: 'score-n1-child-reason', message: 'Enter why the child did not score “Late for school”' }],
    });
  });

  it('writes nothing for an unchanged answer, and a correction when it changed', () => {
    const scores = [existing('s1', 5, '2027-01-10T09:00:00Z'), existing('s2', 4, '2027-01-10T10:00:00Z')];
    expect(currentAnswer(scores, 'n1', 'parent', 'r1')).toEqual({ choice: '4', reason: '' });
    expect(buildScoreSheet({ n1: { parent: { choice: '4', reason: '' } } }, context(scores))).toEqual({
      ok: true,
      operations: [],
    });
    const corrected = buildScoreSheet({ n1: { parent: { choice: '3', reason: '' } } }, context(scores));
    expect(corrected.ok && corrected.operations).toHaveLength(1);
  });
});

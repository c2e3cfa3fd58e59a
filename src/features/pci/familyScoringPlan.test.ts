import { describe, expect, it } from 'vitest';
import { BASELINE_POINT, type ScoreRecord } from '../../domain/pciScoring';
import { childTurnNames, familySteps, type FamilyStep } from './familyScoringPlan';
import type { PciChild, PciNeed } from './usePciCase';

const child = (id: string, firstName: string, unborn = false): PciChild => ({
  id,
  firstName,
  name: `${firstName} Testcase`,
  unborn,
});
const need = (id: string, childId: string, identifiedAtReviewId?: string): PciNeed => ({
  id,
  data: { identifiedAtReviewId },
  description: `Need ${id}`,
  childId,
  childName: '',
  childFirstName: '',
});
const notScoring = (needId: string, point: string): ScoreRecord => ({
  id: `x-${needId}`,
  createdAt: '2026-11-01T10:00:00Z',
  data: {
    needId,
    rater: 'child',
    notScoredReason: 'Aged 2',
    scaleId: 'pci-1-5',
    direction: 'higherIsMoreConcern',
    date: '2026-11-01',
    ...(point === BASELINE_POINT ? { baseline: true } : { reviewId: point }),
  },
});

const CHILDREN = [child('c1', 'Wren'), child('c2', 'Tansy'), child('c3', 'Baby', true)];
const NEEDS = [need('n1', 'c1'), need('n2', 'c1'), need('n3', 'c2'), need('n4', 'c3'), need('n5', 'c1', 'r1')];
const REVIEWS = [{ id: 'r1', data: { date: '2027-02-01', status: 'held' } }];

function describeSteps(steps: FamilyStep[]): string[] {
  return steps.map((step) => {
    if (step.kind === 'question') return `${step.rater} ${step.need.id} ${step.number}/${step.total}`;
    if (step.kind === 'childTurn') return `turn ${step.turn.firstName}`;
    return step.kind;
  });
}

describe('the family’s screens in hand-over', () => {
  it('asks the parent about every need, then each child about their own on their own screens', () => {
    const steps = familySteps({
      needs: NEEDS,
      children: CHILDREN,
      scores: [],
      reviews: REVIEWS,
      point: BASELINE_POINT,
    });
    expect(describeSteps(steps)).toEqual([
      'intro',
      'parent n1 1/4',
      'parent n2 2/4',
      'parent n3 3/4',
      'parent n4 4/4',
      'turn Wren',
      'child n1 1/2',
      'child n2 2/2',
      'turn Tansy',
      'child n3 1/1',
      'done',
    ]);
    expect(childTurnNames(steps)).toBe('Wren and Tansy');
  });

  it('includes a need added at a review from that review on', () => {
    const steps = familySteps({ needs: NEEDS, children: CHILDREN, scores: [], reviews: REVIEWS, point: 'r1' });
    expect(describeSteps(steps).filter((step) => step.startsWith('child'))).toEqual([
      'child n1 1/3',
      'child n2 2/3',
      'child n5 3/3',
      'child n3 1/1',
    ]);
  });

  it('skips a child whose reason for not scoring was recorded before hand-over, at this point only', () => {
    const scores = [notScoring('n3', BASELINE_POINT)];
    const baseline = familySteps({ needs: NEEDS, children: CHILDREN, scores, reviews: REVIEWS, point: BASELINE_POINT });
    expect(childTurnNames(baseline)).toBe('Wren');
    const review = familySteps({ needs: NEEDS, children: CHILDREN, scores, reviews: REVIEWS, point: 'r1' });
    expect(childTurnNames(review)).toBe('Wren and Tansy');
  });
});

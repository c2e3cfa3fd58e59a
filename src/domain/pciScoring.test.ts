import { describe, expect, it } from 'vitest';
import {
  aggregateDistanceTravelled,
  averageChangeInWords,
  baselineScore,
  BASELINE_POINT,
  changeInWords,
  firstVersusLatest,
  firstVersusLatestFor,
  heldReviewsInOrder,
  latestScore,
  missingRaters,
  needsAtPoint,
  needSeries,
  raterScoresFor,
  scoreChange,
  scoredNeedsWithoutAction,
  type CaseScores,
  type NeedRecord,
  type PciRater,
  type ReviewRecord,
  type ScoreFields,
  type ScoreRecord,
} from './pciScoring';

// A fixed synthetic caseload. Every expected figure below was worked out by hand from these lines.
const PCI = { scaleId: 'pci-1-5', direction: 'higherIsMoreConcern' } as const;

let sequence = 0;
/** One score; `at` is 'baseline' or a review id; `recorded` orders scores given at the same point. */
function score(
  needId: string,
  rater: PciRater,
  at: string,
  value: number | string,
  recorded = `2026-01-01T00:00:${String(sequence).padStart(2, '0')}Z`,
  extra: Partial<ScoreFields> = {},
): ScoreRecord {
  sequence++;
  return {
    id: `s${String(sequence).padStart(3, '0')}`,
    createdAt: recorded,
    data: {
      needId,
      rater,
      ...(typeof value === 'number' ? { value } : { notScoredReason: value }),
      ...PCI,
      date: '2026-01-10',
      ...(at === BASELINE_POINT ? { baseline: true } : { reviewId: at }),
      ...extra,
    },
  };
}

const review = (id: string, date: string, status = 'held'): ReviewRecord => ({ id, data: { date, status } });
const need = (id: string, category: string, outcomeTag?: string, identifiedAtReviewId?: string): NeedRecord => ({
  id,
  data: { category, outcomeTag, identifiedAtReviewId },
});

// Case A: two held reviews and one planned; a need added at the first review; a child too young to score.
const A_REVIEWS = [review('rA2', '2026-06-01'), review('rA1', '2026-03-01'), review('rAp', '2026-09-01', 'planned')];
const A_NEEDS = [
  need('A1', 'learningParticipation', 'goodEducation'),
  need('A2', 'housingEmploymentFinance', 'secureHousing'),
  need('A3', 'familyHistoryFunctioning', 'improvedFamilyRelationships', 'rA1'),
  need('A4', 'widerFamily'),
];
const A_SCORES: ScoreRecord[] = [
  score('A1', 'parent', BASELINE_POINT, 4, '2026-01-10T10:00:00Z'),
  // Recorded before the first review's score (a device that synced late): the review order still wins.
  score('A1', 'parent', 'rA2', 2, '2026-01-11T09:00:00Z'),
  score('A1', 'parent', 'rA1', 3, '2026-03-01T10:00:00Z'),
  score('A1', 'child', BASELINE_POINT, 3, '2026-01-10T10:05:00Z'),
  score('A1', 'child', 'rA1', 3, '2026-03-01T10:05:00Z'),
  score('A1', 'child', 'rA2', 4, '2026-06-01T10:05:00Z'),
  // Two baseline scores from the practitioner: the one recorded last counts, both are kept.
  score('A1', 'practitioner', BASELINE_POINT, 5, '2026-01-10T10:10:00Z'),
  score('A1', 'practitioner', BASELINE_POINT, 4, '2026-01-10T11:00:00Z'),
  score('A1', 'practitioner', 'rA2', 3, '2026-06-01T10:10:00Z'),
  score('A2', 'parent', BASELINE_POINT, 5, '2026-01-10T10:15:00Z'),
  score('A2', 'parent', 'rA1', 5, '2026-03-01T10:15:00Z'),
  score('A2', 'child', BASELINE_POINT, 'Aged 3: too young to score', '2026-01-10T10:20:00Z'),
  score('A2', 'child', 'rA1', 'Aged 3: too young to score', '2026-03-01T10:20:00Z'),
  score('A3', 'parent', 'rA1', 4, '2026-03-01T10:25:00Z'),
  score('A3', 'parent', 'rA2', 3, '2026-06-01T10:25:00Z'),
  score('A3', 'child', 'rA2', 2, '2026-06-01T10:30:00Z'),
  score('A4', 'child', BASELINE_POINT, 'Aged 3: too young to score', '2026-01-10T10:35:00Z'),
];
const CASE_A: CaseScores = { caseId: 'A', needs: A_NEEDS, scores: A_SCORES, reviews: A_REVIEWS };

// Case B: one held review; a need never re-scored; a need re-scored on another scale.
const CASE_B: CaseScores = {
  caseId: 'B',
  reviews: [review('rB1', '2026-04-01')],
  needs: [
    need('B1', 'learningParticipation', 'goodEducation'),
    need('B2', 'generalHealth'),
    need('B3', 'generalHealth', 'improvedHealth'),
    need('B4', 'learningParticipation'),
  ],
  scores: [
    score('B1', 'parent', BASELINE_POINT, 3),
    score('B1', 'parent', 'rB1', 1),
    score('B1', 'child', BASELINE_POINT, 2),
    score('B1', 'child', 'rB1', 2),
    score('B2', 'parent', BASELINE_POINT, 2),
    score('B2', 'parent', 'rB1', 3),
    score('B3', 'parent', BASELINE_POINT, 4),
    score('B4', 'parent', BASELINE_POINT, 3),
    score('B4', 'parent', 'rB1', 7, undefined, { scaleId: 'wellbeing-0-10', direction: 'higherIsLessConcern' }),
  ],
};

// Case C: no review held yet, so it shows no distance travelled, however its scores moved.
const CASE_C: CaseScores = {
  caseId: 'C',
  reviews: [review('rC1', '2026-05-01', 'planned')],
  needs: [need('C1', 'generalHealth', 'improvedHealth')],
  scores: [score('C1', 'parent', BASELINE_POINT, 5), score('C1', 'parent', 'rC1', 1)],
};

const CASELOAD = [CASE_A, CASE_B, CASE_C];
const needA = (id: string) => A_NEEDS.find((candidate) => candidate.id === id) as NeedRecord;
const valueOf = (record: ScoreRecord | undefined) => record?.data.value;

describe('baseline', () => {
  it('is the score marked as the baseline', () => {
    expect(valueOf(baselineScore(needA('A1'), raterScoresFor(A_SCORES, 'A1', 'parent'), A_REVIEWS))).toBe(4);
  });

  it('is the one recorded last when the baseline was scored twice', () => {
    const baseline = baselineScore(needA('A1'), raterScoresFor(A_SCORES, 'A1', 'practitioner'), A_REVIEWS);
    expect(baseline?.createdAt).toBe('2026-01-10T11:00:00Z');
    expect(valueOf(baseline)).toBe(4);
  });

  it('is the first score given for a need added at a review', () => {
    expect(valueOf(baselineScore(needA('A3'), raterScoresFor(A_SCORES, 'A3', 'parent'), A_REVIEWS))).toBe(4);
    expect(valueOf(baselineScore(needA('A3'), raterScoresFor(A_SCORES, 'A3', 'child'), A_REVIEWS))).toBe(2);
  });

  it('is missing for an assessment need scored only at reviews, which then compares from its first score', () => {
    const late = need('A9', 'widerFamily');
    const scores = [score('A9', 'parent', 'rA1', 5), score('A9', 'parent', 'rA2', 2)];
    expect(baselineScore(late, scores, A_REVIEWS)).toBeUndefined();
    expect(firstVersusLatestFor(late, scores, 'parent', A_REVIEWS).change).toEqual({
      from: 5,
      to: 2,
      improvement: 3,
      meaning: 'improved',
    });
  });

  it('is not a "not scored" entry', () => {
    expect(baselineScore(needA('A2'), raterScoresFor(A_SCORES, 'A2', 'child'), A_REVIEWS)).toBeUndefined();
  });
});

describe('latest score', () => {
  it('follows the reviews’ dates, not the order the scores reached the device', () => {
    expect(valueOf(latestScore(raterScoresFor(A_SCORES, 'A1', 'parent'), A_REVIEWS))).toBe(2);
  });

  it('is the last point scored when a later review was not scored', () => {
    const latest = latestScore(raterScoresFor(A_SCORES, 'A2', 'parent'), A_REVIEWS);
    expect(latest?.data.reviewId).toBe('rA1');
    expect(valueOf(latest)).toBe(5);
  });
});

describe('change', () => {
  const at = (value: number, direction: ScoreFields['direction'] = 'higherIsMoreConcern', scaleId = 'pci-1-5') =>
    ({ needId: 'n', rater: 'parent', value, scaleId, direction, date: '2026-01-01' }) as const;

  it('reads a fall as an improvement when higher means more concern', () => {
    expect(scoreChange(at(4), at(2))).toEqual({ from: 4, to: 2, improvement: 2, meaning: 'improved' });
    expect(scoreChange(at(2), at(4))).toEqual({ from: 2, to: 4, improvement: -2, meaning: 'worse' });
    expect(scoreChange(at(3), at(3))).toEqual({ from: 3, to: 3, improvement: 0, meaning: 'same' });
  });

  it('reads a rise as an improvement when higher means less concern', () => {
    expect(scoreChange(at(2, 'higherIsLessConcern', 'x'), at(4, 'higherIsLessConcern', 'x'))).toEqual({
      from: 2,
      to: 4,
      improvement: 2,
      meaning: 'improved',
    });
  });

  it('never compares scores from two scales or two directions', () => {
    expect(scoreChange(at(3), at(7, 'higherIsLessConcern', 'wellbeing-0-10'))).toBeUndefined();
    expect(scoreChange(at(3), at(2, 'higherIsMoreConcern', 'other'))).toBeUndefined();
  });

  it('says the change in words', () => {
    expect(changeInWords({ from: 4, to: 2, improvement: 2, meaning: 'improved' })).toBe(
      'Improved by 2 points (from 4 to 2)',
    );
    expect(changeInWords({ from: 3, to: 4, improvement: -1, meaning: 'worse' })).toBe('Worse by 1 point (from 3 to 4)');
    expect(changeInWords({ from: 3, to: 3, improvement: 0, meaning: 'same' })).toBe('No change (3 both times)');
    expect(changeInWords(undefined)).toBe('Not re-scored yet');
  });
});

describe('missing raters', () => {
  it('names the parent or child with neither a score nor a reason', () => {
    expect(missingRaters(A_SCORES, 'A1', 'rA1')).toEqual([]);
    expect(missingRaters(A_SCORES, 'A3', 'rA1')).toEqual(['child']);
    expect(missingRaters(A_SCORES, 'A1', 'rAp')).toEqual(['parent', 'child']);
  });

  it('counts a reason for not scoring as an answer, and never asks for the practitioner', () => {
    expect(missingRaters(A_SCORES, 'A2', BASELINE_POINT)).toEqual([]);
    expect(missingRaters(A_SCORES, 'A4', BASELINE_POINT)).toEqual(['parent']);
  });
});

describe('points and series', () => {
  it('orders held reviews by date and leaves planned ones out', () => {
    expect(heldReviewsInOrder(A_REVIEWS).map((r) => r.id)).toEqual(['rA1', 'rA2']);
  });

  it('asks about a need from the point it existed', () => {
    expect(needsAtPoint(A_NEEDS, BASELINE_POINT, A_REVIEWS).map((n) => n.id)).toEqual(['A1', 'A2', 'A4']);
    expect(needsAtPoint(A_NEEDS, 'rA1', A_REVIEWS).map((n) => n.id)).toEqual(['A1', 'A2', 'A3', 'A4']);
  });

  it('gives each rater’s score at the baseline and each review', () => {
    const series = needSeries(needA('A1'), A_SCORES, A_REVIEWS);
    expect(series.map((point) => point.label)).toEqual([
      'Baseline',
      'Review 1 (1 March 2026)',
      'Review 2 (1 June 2026)',
    ]);
    expect(series.map((point) => point.shortLabel)).toEqual(['Baseline', 'Review 1', 'Review 2']);
    expect(series.map((point) => point.byRater.parent?.value)).toEqual([4, 3, 2]);
    expect(series.map((point) => point.byRater.child?.value)).toEqual([3, 3, 4]);
    expect(series.map((point) => point.byRater.practitioner?.value)).toEqual([4, undefined, 3]);
    expect(series[0]?.byRater.practitioner?.alsoRecorded).toBe(1);
  });

  it('starts a need added at a review at that review, and keeps reasons for not scoring', () => {
    expect(needSeries(needA('A3'), A_SCORES, A_REVIEWS).map((point) => point.point)).toEqual(['rA1', 'rA2']);
    expect(needSeries(needA('A2'), A_SCORES, A_REVIEWS)[0]?.byRater.child).toEqual({
      value: undefined,
      notScoredReason: 'Aged 3: too young to score',
      alsoRecorded: 0,
    });
  });

  it('keeps a score given at a review that is not held yet', () => {
    const [c1] = CASE_C.needs;
    expect(needSeries(c1 as NeedRecord, CASE_C.scores, CASE_C.reviews).map((point) => point.label)).toEqual([
      'Baseline',
      'Review (1 May 2026)',
    ]);
  });
});

describe('first against latest', () => {
  it('compares every need for the parent and the child, and the practitioner where they scored', () => {
    const rows = firstVersusLatest(A_NEEDS, A_SCORES, A_REVIEWS).map((row) => [
      row.needId,
      row.rater,
      valueOf(row.first),
      valueOf(row.latest),
      row.change?.improvement,
    ]);
    expect(rows).toEqual([
      ['A1', 'parent', 4, 2, 2],
      ['A1', 'child', 3, 4, -1],
      ['A1', 'practitioner', 4, 3, 1],
      ['A2', 'parent', 5, 5, 0],
      ['A2', 'child', undefined, undefined, undefined],
      ['A3', 'parent', 4, 3, 1],
      ['A3', 'child', 2, 2, undefined],
      ['A4', 'parent', undefined, undefined, undefined],
      ['A4', 'child', undefined, undefined, undefined],
    ]);
  });
});

describe('scored needs with no action', () => {
  it('flags needs the family scored that no action in the plan meets', () => {
    const actions = [{ id: 'x1', data: { needId: 'A1' } }];
    expect(scoredNeedsWithoutAction(A_NEEDS, A_SCORES, actions)).toEqual(['A2', 'A3']);
  });
});

describe('caseload and authority figures', () => {
  it('averages the parents’ change per category and outcome over episodes with a review', () => {
    const figures = aggregateDistanceTravelled(CASELOAD);
    // Compared: A1 +2, A2 0, A3 +1, B1 +2, B2 -1. B3 was scored once; B4 moved to another scale; C has no review.
    expect(figures.episodesCounted).toBe(2);
    expect(figures.notRescored).toBe(1);
    expect(figures.otherScale).toBe(1);
    expect(figures.overall).toEqual({
      key: 'all',
      needsCompared: 5,
      averageImprovement: 0.8,
      improved: 3,
      same: 1,
      worse: 1,
      shareImproved: 0.6,
    });
    expect(
      figures.byCategory.map((row) => [row.key, row.needsCompared, row.averageImprovement, row.shareImproved]),
    ).toEqual([
      ['generalHealth', 1, -1, 0],
      ['learningParticipation', 2, 2, 1],
      ['familyHistoryFunctioning', 1, 1, 1],
      ['housingEmploymentFinance', 1, 0, 0],
    ]);
    expect(
      figures.byOutcome.map((row) => [row.key, row.needsCompared, row.averageImprovement, row.shareImproved]),
    ).toEqual([
      ['goodEducation', 2, 2, 1],
      ['improvedFamilyRelationships', 1, 1, 1],
      ['secureHousing', 1, 0, 0],
    ]);
  });

  it('counts the children’s and the practitioners’ scores separately', () => {
    const children = aggregateDistanceTravelled(CASELOAD, { rater: 'child' });
    // A1 3 -> 4 (worse), B1 2 -> 2 (same); A3 was scored once.
    expect(children.overall).toMatchObject({
      needsCompared: 2,
      averageImprovement: -0.5,
      improved: 0,
      shareImproved: 0,
    });
    expect(children.notRescored).toBe(1);
    const practitioners = aggregateDistanceTravelled(CASELOAD, { rater: 'practitioner' });
    expect(practitioners.overall).toMatchObject({ needsCompared: 1, averageImprovement: 1, shareImproved: 1 });
  });

  it('reports nothing for a caseload with no review held', () => {
    const figures = aggregateDistanceTravelled([CASE_C]);
    expect(figures.episodesCounted).toBe(0);
    expect(figures.overall).toEqual({
      key: 'all',
      needsCompared: 0,
      averageImprovement: undefined,
      improved: 0,
      same: 0,
      worse: 0,
      shareImproved: undefined,
    });
    expect(figures.byCategory).toEqual([]);
  });
});

describe('average change in words', () => {
  it('rounds to one decimal place and names the direction', () => {
    expect(averageChangeInWords(0.8)).toBe('Improved by 0.8 points on average');
    expect(averageChangeInWords(-0.5)).toBe('Worse by 0.5 points on average');
    expect(averageChangeInWords(1)).toBe('Improved by 1.0 point on average');
    expect(averageChangeInWords(2 / 3)).toBe('Improved by 0.7 points on average');
    expect(averageChangeInWords(0.04)).toBe('No change on average');
    expect(averageChangeInWords(undefined)).toBe('No needs re-scored yet');
  });
});

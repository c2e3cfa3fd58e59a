import { describe, expect, it } from 'vitest';
import { distanceTravelledReport } from './distanceTravelledReport';
import type { CaseScores, PciRater, ScoreRecord } from './pciScoring';
import type { RaterFigures } from './reportProtocol';

// Fixed synthetic episodes; every expected figure below was worked out by hand from these lines.
interface NeedLine {
  category: string;
  outcome?: string;
  /** The parent's baseline and, if re-scored, their score at the review. */
  first: number;
  latest?: number;
  rater?: PciRater;
}

function episode(caseId: string, lines: readonly NeedLine[], { reviewed = true } = {}): CaseScores {
  const reviewId = `${caseId}-review`;
  const scores: ScoreRecord[] = [];
  const needs = lines.map((line, index) => {
    const needId = `${caseId}-need${index}`;
    const base = {
      needId,
      rater: line.rater ?? 'parent',
      scaleId: 'pci-1-5',
      direction: 'higherIsMoreConcern',
      date: '2026-10-01',
    } as const;
    scores.push({
      id: `${needId}-a`,
      createdAt: '2026-10-01T10:00:00Z',
      data: { ...base, value: line.first, baseline: true },
    });
    if (line.latest !== undefined)
      scores.push({
        id: `${needId}-b`,
        createdAt: '2026-12-01T10:00:00Z',
        data: { ...base, value: line.latest, date: '2026-12-01', reviewId },
      });
    return { id: needId, data: { category: line.category, outcomeTag: line.outcome } };
  });
  return {
    caseId,
    needs,
    scores,
    reviews: [{ id: reviewId, data: { date: '2026-12-01', status: reviewed ? 'held' : 'planned' } }],
  };
}

const GENERATED_AT = '2027-01-05T09:00:00.000Z';
const parentOf = (report: ReturnType<typeof distanceTravelledReport>): RaterFigures =>
  report.raters.find((figures) => figures.rater === 'parent') as RaterFigures;

/** Two re-scored health needs per episode: +1 and 0. */
const twoHealthNeeds = (caseId: string) =>
  episode(caseId, [
    { category: 'generalHealth', first: 4, latest: 3 },
    { category: 'generalHealth', first: 2, latest: 2 },
  ]);

describe('distance travelled across the authority, with small numbers withheld', () => {
  it('shows a figure from at least 5 needs in at least 3 episodes, and withholds one from fewer', () => {
    const four = ['A', 'B', 'C', 'D'].map(twoHealthNeeds);
    const shown = parentOf(distanceTravelledReport(four, { ownCaseIds: new Set(), generatedAt: GENERATED_AT }));
    // 8 needs from 4 episodes: +1, 0 each time, so 4 of 8 improved, 0.5 points on average.
    expect(shown.overall).toEqual({
      key: 'all',
      withheld: false,
      needsCompared: 8,
      averageImprovement: 0.5,
      improved: 4,
      same: 4,
      worse: 0,
      shareImproved: 0.5,
    });
    expect(shown.byCategory).toEqual([{ ...shown.overall, key: 'generalHealth' }]);

    // 4 needs from 2 episodes: too few needs, and too few families.
    const two = parentOf(
      distanceTravelledReport(four.slice(0, 2), { ownCaseIds: new Set(), generatedAt: GENERATED_AT }),
    );
    expect(two.overall).toEqual({ key: 'all', withheld: true });
    // Nor are the areas of need of so few families listed.
    expect(two.byCategory).toEqual([]);
    expect(two.byOutcome).toEqual([]);

    // 6 needs, but all from 2 episodes: still withheld.
    const manyNeedsFewFamilies = ['A', 'B'].map((caseId) =>
      episode(caseId, [
        { category: 'generalHealth', first: 4, latest: 3 },
        { category: 'generalHealth', first: 4, latest: 3 },
        { category: 'generalHealth', first: 4, latest: 3 },
      ]),
    );
    const report = distanceTravelledReport(manyNeedsFewFamilies, { ownCaseIds: new Set(), generatedAt: GENERATED_AT });
    expect(parentOf(report).overall.withheld).toBe(true);
    expect(report.episodesCounted).toEqual({ withheld: true });
  });

  it('withholds what the asker could work out by taking their own cases away from the total', () => {
    const four = ['A', 'B', 'C', 'D'].map(twoHealthNeeds);
    const overallFor = (own: string[]) =>
      parentOf(distanceTravelledReport(four, { ownCaseIds: new Set(own), generatedAt: GENERATED_AT })).overall.withheld;
    // Others: 8 needs from 4 episodes; then 6 from 3; then 4 from 2 and 2 from 1 (a family named by subtraction).
    expect(overallFor([])).toBe(false);
    expect(overallFor(['A'])).toBe(false);
    expect(overallFor(['A', 'B'])).toBe(true);
    expect(overallFor(['A', 'B', 'C'])).toBe(true);
    // Every case is the asker's own: the total tells them nothing they do not hold already.
    expect(overallFor(['A', 'B', 'C', 'D'])).toBe(false);

    const episodes = (own: string[]) =>
      distanceTravelledReport(four.slice(0, 3), { ownCaseIds: new Set(own), generatedAt: GENERATED_AT })
        .episodesCounted;
    expect(episodes([])).toEqual({ withheld: false, value: 3 });
    expect(episodes(['A'])).toEqual({ withheld: true });
    expect(episodes(['A', 'B', 'C'])).toEqual({ withheld: false, value: 3 });
  });

  it('withholds the next smallest row when the withheld rows could be worked out from the total', () => {
    const cases = [
      // Health +1 everywhere; education +2, 0, then +1 and 0 in C to E; housing in two episodes only.
      episode('A', [
        { category: 'generalHealth', outcome: 'improvedHealth', first: 4, latest: 3 },
        { category: 'learningParticipation', outcome: 'goodEducation', first: 5, latest: 3 },
        { category: 'housingEmploymentFinance', outcome: 'secureHousing', first: 5, latest: 4 },
      ]),
      episode('B', [
        { category: 'generalHealth', outcome: 'improvedHealth', first: 3, latest: 2 },
        { category: 'learningParticipation', outcome: 'goodEducation', first: 4, latest: 4 },
        { category: 'housingEmploymentFinance', first: 3, latest: 1 },
      ]),
      ...['C', 'D', 'E'].map((caseId) =>
        episode(caseId, [
          { category: 'generalHealth', outcome: 'improvedHealth', first: 2, latest: 1 },
          { category: 'learningParticipation', outcome: 'goodEducation', first: 4, latest: 3 },
          { category: 'learningParticipation', first: 3, latest: 3 },
        ]),
      ),
      // Not reviewed yet: none of its scores count.
      episode('F', [{ category: 'generalHealth', first: 5, latest: 1 }], { reviewed: false }),
    ];
    const parent = parentOf(distanceTravelledReport(cases, { ownCaseIds: new Set(), generatedAt: GENERATED_AT }));
    // 15 needs: health 5 (+1 each), education 8 (+2, 0, +1 +0 three times), housing 2 (+1, +2).
    expect(parent.overall).toMatchObject({ withheld: false, needsCompared: 15, improved: 11, same: 4, worse: 0 });
    expect(parent.overall.withheld === false && parent.overall.averageImprovement).toBeCloseTo(13 / 15, 10);
    // Housing (2 needs) is withheld; the total less the rest would give it, so health (the smallest shown) goes too.
    expect(parent.byCategory).toEqual([
      { key: 'generalHealth', withheld: true },
      {
        key: 'learningParticipation',
        withheld: false,
        needsCompared: 8,
        averageImprovement: 5 / 8,
        improved: 4,
        same: 4,
        worse: 0,
        shareImproved: 0.5,
      },
      { key: 'housingEmploymentFinance', withheld: true },
    ]);
    // Outcomes: education 5 and health 5 shown; housing 1 withheld, with 4 untagged needs (B's housing, C-E's
    // second learning need) hidden beside it: 5 needs from 5 episodes together, so nothing more is withheld.
    expect(parent.byOutcome.map((row) => [row.key, row.withheld])).toEqual([
      ['goodEducation', false],
      ['improvedHealth', false],
      ['secureHousing', true],
    ]);
    expect(parent.notRescored).toEqual({ withheld: false, value: 0 });
  });

  it('counts needs scored once, withheld when few, and reports nothing compared as no average', () => {
    const cases = ['A', 'B', 'C'].map((caseId) =>
      episode(caseId, [
        { category: 'generalHealth', first: 4 },
        { category: 'generalHealth', first: 4, latest: 2, rater: 'child' },
      ]),
    );
    const report = distanceTravelledReport(cases, { ownCaseIds: new Set(), generatedAt: GENERATED_AT });
    expect(report).toMatchObject({ generatedAt: GENERATED_AT, suppression: { minNeeds: 5, minEpisodes: 3 } });
    const parent = parentOf(report);
    expect(parent.overall).toEqual({
      key: 'all',
      withheld: false,
      needsCompared: 0,
      averageImprovement: undefined,
      improved: 0,
      same: 0,
      worse: 0,
      shareImproved: undefined,
    });
    expect(parent.notRescored).toEqual({ withheld: true });
    const child = report.raters.find((figures) => figures.rater === 'child');
    expect(child?.overall).toEqual({ key: 'all', withheld: true });
    expect(child?.notRescored).toEqual({ withheld: false, value: 0 });
  });
});

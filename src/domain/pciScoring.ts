/**
 * Scoring rules of the Parent and Child Indicators, Barnet's "distance travelled" measure (seed 001):
 * for each need the family says how worried they are at the assessment (the baseline) and again at
 * every review, so everyone can see whether the plan is working.
 *
 * Scores are append-only events (two practitioners scoring the same need offline both keep theirs),
 * so a need, a rater and a point in time (the baseline or one review) can hold several scores. The
 * rule here: every score is kept and shown, and the one recorded last at that point counts, because a
 * second score for the same point is either a correction or a second device catching up.
 */
import { DEFAULT_PCI_SCALE, type ScaleDirection } from './config/pciScale';
import { SUPPORTING_FAMILIES_OUTCOME_IDS } from './config/supportingFamiliesOutcomes';
import { formatDate } from './dateInput';
import { PCI_RATERS } from './records/pciScore';
import { NEED_CATEGORIES } from './records/plan';

export type PciRater = (typeof PCI_RATERS)[number];

/** The fields of a PCI score these rules read; stored records are read as their schema wrote them. */
export interface ScoreFields {
  needId: string;
  rater: PciRater;
  value?: number;
  notScoredReason?: string;
  scaleId: string;
  direction: ScaleDirection;
  date: string;
  reviewId?: string;
  baseline?: boolean;
}

export interface ScoreRecord {
  id: string;
  /** When it was recorded (ISO date-time): orders scores given at the same point. */
  createdAt: string;
  data: ScoreFields;
}

export interface NeedRecord {
  id: string;
  data: {
    category?: string;
    outcomeTag?: string;
    /** Set when the need was first identified at a review: its baseline is then its first score. */
    identifiedAtReviewId?: string;
    status?: string;
  };
}

export interface ReviewRecord {
  id: string;
  data: { date: string; status: string };
}

export interface ActionRecord {
  id: string;
  data: { needId?: unknown };
}

/** A point in time scores belong to: the baseline at the assessment, or one review. */
export const BASELINE_POINT = 'baseline';

/** Parents and children are always asked; the practitioner's own score is optional (issue 7). */
export const EXPECTED_RATERS: readonly PciRater[] = ['parent', 'child'];

export function pointOf(score: ScoreFields): string {
  return score.baseline ? BASELINE_POINT : (score.reviewId ?? BASELINE_POINT);
}

const byRecorded = (a: ScoreRecord, b: ScoreRecord) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Held reviews, oldest first: the order points follow, and "Review 1", "Review 2" count. */
export function heldReviewsInOrder(reviews: readonly ReviewRecord[]): ReviewRecord[] {
  return reviews
    .filter((review) => review.data.status === 'held')
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
}

/**
 * Sort key of a point: the baseline first, then reviews by their date. A score naming a review this
 * device does not hold (not synced yet) sorts by the score's own date.
 */
function pointRank(score: ScoreFields, reviewDates: ReadonlyMap<string, string>): string {
  const point = pointOf(score);
  if (point === BASELINE_POINT) return '0';
  return `1${reviewDates.get(point) ?? score.date}`;
}

function reviewDateMap(reviews: readonly ReviewRecord[]): Map<string, string> {
  return new Map(reviews.map((review) => [review.id, review.data.date]));
}

export interface PointScores {
  point: string;
  /** The score that counts at this point: the one recorded last. */
  current: ScoreRecord;
  /** Every score at this point, oldest recorded first (append-only: none is ever dropped). */
  all: ScoreRecord[];
}

/**
 * One rater's scores for one need, grouped by point, earliest point first. Only scores with a value
 * take part unless `includeNotScored`: a "not scored" entry says why a rater is missing, it is not a score.
 */
export function scoresByPoint(
  raterScores: readonly ScoreRecord[],
  reviews: readonly ReviewRecord[],
  { includeNotScored = false }: { includeNotScored?: boolean } = {},
): PointScores[] {
  const dates = reviewDateMap(reviews);
  const groups = new Map<string, { rank: string; all: ScoreRecord[] }>();
  for (const score of raterScores) {
    if (!includeNotScored && typeof score.data.value !== 'number') continue;
    const point = pointOf(score.data);
    const group = groups.get(point) ?? { rank: pointRank(score.data, dates), all: [] };
    group.all.push(score);
    groups.set(point, group);
  }
  return [...groups.entries()]
    .sort(([pointA, a], [pointB, b]) => a.rank.localeCompare(b.rank) || pointA.localeCompare(pointB))
    .map(([point, group]) => {
      const all = group.all.sort(byRecorded);
      return { point, all, current: all[all.length - 1] as ScoreRecord };
    });
}

export function raterScoresFor(scores: readonly ScoreRecord[], needId: string, rater: PciRater): ScoreRecord[] {
  return scores.filter((score) => score.data.needId === needId && score.data.rater === rater);
}

/**
 * The baseline of one rater for one need: the score marked as the baseline (the last recorded, if
 * corrected); for a need first identified at a review, which had no assessment to score it at, the
 * first score given. Otherwise there is no baseline yet.
 */
export function baselineScore(
  need: NeedRecord,
  raterScores: readonly ScoreRecord[],
  reviews: readonly ReviewRecord[],
): ScoreRecord | undefined {
  const points = scoresByPoint(raterScores, reviews);
  const marked = points.find((point) => point.point === BASELINE_POINT);
  if (marked) return marked.current;
  if (need.data.identifiedAtReviewId) return points[0]?.current;
  return undefined;
}

/** The latest score of one rater for one need: the one that counts at the latest point scored. */
export function latestScore(
  raterScores: readonly ScoreRecord[],
  reviews: readonly ReviewRecord[],
): ScoreRecord | undefined {
  return scoresByPoint(raterScores, reviews).at(-1)?.current;
}

export type ChangeMeaning = 'improved' | 'same' | 'worse';

export interface ScoreChange {
  from: number;
  to: number;
  /** Points of improvement: positive means less concern, whichever way the scale runs. */
  improvement: number;
  meaning: ChangeMeaning;
}

/**
 * The change from one score to another, read the way the scale runs. Scores on different scales or
 * directions are not compared (reports never mix scales), nor are missing values.
 */
export function scoreChange(first: ScoreFields, latest: ScoreFields): ScoreChange | undefined {
  if (typeof first.value !== 'number' || typeof latest.value !== 'number') return undefined;
  if (first.scaleId !== latest.scaleId || first.direction !== latest.direction) return undefined;
  const improvement =
    first.direction === 'higherIsMoreConcern' ? first.value - latest.value : latest.value - first.value;
  return {
    from: first.value,
    to: latest.value,
    improvement,
    meaning: improvement > 0 ? 'improved' : improvement < 0 ? 'worse' : 'same',
  };
}

const points = (count: number) => `${count} ${count === 1 ? 'point' : 'points'}`;

/** The change in words for practitioners, so a chart is never the only way to read it. */
export function changeInWords(change: ScoreChange | undefined): string {
  if (!change) return 'Not re-scored yet';
  if (change.meaning === 'same') return `No change (${change.from} both times)`;
  const size = points(Math.abs(change.improvement));
  return change.meaning === 'improved'
    ? `Improved by ${size} (from ${change.from} to ${change.to})`
    : `Worse by ${size} (from ${change.from} to ${change.to})`;
}

/**
 * Raters expected at a point who have neither a score nor a reason for not scoring. A "not scored"
 * entry (a child too young, say) answers for the rater, so it is not missing.
 */
export function missingRaters(scores: readonly ScoreRecord[], needId: string, point: string): PciRater[] {
  const present = new Set(
    scores
      .filter((score) => score.data.needId === needId && pointOf(score.data) === point)
      .filter((score) => typeof score.data.value === 'number' || !!score.data.notScoredReason)
      .map((score) => score.data.rater),
  );
  return EXPECTED_RATERS.filter((rater) => !present.has(rater));
}

export interface SeriesEntry {
  value?: number;
  notScoredReason?: string;
  /** Other scores recorded for this point (kept, not counted). */
  alsoRecorded: number;
}

export interface SeriesPoint {
  point: string;
  label: string;
  /** "Baseline" or "Review 2": short enough for a chart's axis at tablet width. */
  shortLabel: string;
  /** The review's date; none for the baseline. */
  date?: string;
  byRater: Partial<Record<PciRater, SeriesEntry>>;
}

/** The label of a point: "Baseline", or "Review 2 (3 Feb 2027)" numbered among the case's held reviews. */
export function pointLabel(point: string, reviews: readonly ReviewRecord[]): string {
  if (point === BASELINE_POINT) return 'Baseline';
  const held = heldReviewsInOrder(reviews);
  const index = held.findIndex((review) => review.id === point);
  const review = reviews.find((candidate) => candidate.id === point);
  if (!review) return 'A review not on this device';
  return index >= 0
    ? `Review ${index + 1} (${formatDate(review.data.date)})`
    : `Review (${formatDate(review.data.date)})`;
}

/**
 * The points a need can be scored at: the baseline (unless the need was first identified at a review),
 * then every held review from the one it was identified at on.
 */
export function pointsForNeed(need: NeedRecord, reviews: readonly ReviewRecord[]): string[] {
  const held = heldReviewsInOrder(reviews);
  const addedAt = need.data.identifiedAtReviewId
    ? reviews.find((review) => review.id === need.data.identifiedAtReviewId)
    : undefined;
  if (need.data.identifiedAtReviewId)
    return held.filter((review) => !addedAt || review.data.date >= addedAt.data.date).map((review) => review.id);
  return [BASELINE_POINT, ...held.map((review) => review.id)];
}

/** The needs a family is asked about at a point: every need that existed by then. */
export function needsAtPoint<N extends NeedRecord>(
  needs: readonly N[],
  point: string,
  reviews: readonly ReviewRecord[],
): N[] {
  return needs.filter((need) => pointsForNeed(need, reviews).includes(point));
}

/**
 * One need's scores over time, per rater: baseline, then each review, as the chart and its table show
 * them. Points where a rater scored outside the need's usual points (a planned review, a baseline
 * given late) are kept too, in order.
 */
export function needSeries(
  need: NeedRecord,
  scores: readonly ScoreRecord[],
  reviews: readonly ReviewRecord[],
): SeriesPoint[] {
  const needScores = scores.filter((score) => score.data.needId === need.id);
  const dates = reviewDateMap(reviews);
  const rankOf = (point: string) =>
    point === BASELINE_POINT
      ? '0'
      : `1${dates.get(point) ?? needScores.find((s) => s.data.reviewId === point)?.data.date ?? ''}`;
  const allPoints = new Set([...pointsForNeed(need, reviews), ...needScores.map((score) => pointOf(score.data))]);
  return [...allPoints]
    .sort((a, b) => rankOf(a).localeCompare(rankOf(b)) || a.localeCompare(b))
    .map((point) => {
      const byRater: SeriesPoint['byRater'] = {};
      for (const rater of PCI_RATERS) {
        const atPoint = needScores
          .filter((score) => score.data.rater === rater && pointOf(score.data) === point)
          .sort(byRecorded);
        // The last recorded counts, a "not scored" entry too: it may be the correction of a mistaken score.
        const current = atPoint.at(-1);
        if (current)
          byRater[rater] = {
            value: current.data.value,
            notScoredReason: current.data.value === undefined ? current.data.notScoredReason : undefined,
            alsoRecorded: atPoint.length - 1,
          };
      }
      return {
        point,
        label: pointLabel(point, reviews),
        shortLabel: pointLabel(point, reviews).replace(/ \(.*\)$/, ''),
        date: point === BASELINE_POINT ? undefined : dates.get(point),
        byRater,
      };
    });
}

export interface FirstVersusLatest {
  needId: string;
  rater: PciRater;
  first?: ScoreRecord;
  latest?: ScoreRecord;
  /** Only when the latest score is at a later point than the first. */
  change?: ScoreChange;
}

/** The first score (the baseline if there is one) against the latest, for one need and one rater. */
export function firstVersusLatestFor(
  need: NeedRecord,
  scores: readonly ScoreRecord[],
  rater: PciRater,
  reviews: readonly ReviewRecord[],
): FirstVersusLatest {
  const raterScores = raterScoresFor(scores, need.id, rater);
  const byPoint = scoresByPoint(raterScores, reviews);
  const first = baselineScore(need, raterScores, reviews) ?? byPoint[0]?.current;
  const latest = byPoint.at(-1)?.current;
  const change =
    first && latest && pointOf(first.data) !== pointOf(latest.data) ? scoreChange(first.data, latest.data) : undefined;
  return { needId: need.id, rater, first, latest, change };
}

/**
 * "Distance travelled" across a case: first against latest for every need, for the parent, the
 * child, and the practitioner where they scored at all.
 */
export function firstVersusLatest(
  needs: readonly NeedRecord[],
  scores: readonly ScoreRecord[],
  reviews: readonly ReviewRecord[],
): FirstVersusLatest[] {
  return needs.flatMap((need) =>
    PCI_RATERS.filter(
      (rater) => EXPECTED_RATERS.includes(rater) || raterScoresFor(scores, need.id, rater).length > 0,
    ).map((rater) => firstVersusLatestFor(need, scores, rater, reviews)),
  );
}

/** Needs the family scored that have no action in the plan: a plan that may be ignoring their worries. */
export function scoredNeedsWithoutAction(
  needs: readonly NeedRecord[],
  scores: readonly ScoreRecord[],
  actions: readonly ActionRecord[],
): string[] {
  const scored = new Set(
    scores.filter((score) => typeof score.data.value === 'number').map((score) => score.data.needId),
  );
  const withAction = new Set(actions.map((action) => action.data.needId));
  return needs.filter((need) => scored.has(need.id) && !withAction.has(need.id)).map((need) => need.id);
}

// ---------------------------------------------------------------------------------------------------------------
// Caseload and authority views

export interface CaseScores {
  caseId: string;
  needs: readonly NeedRecord[];
  scores: readonly ScoreRecord[];
  reviews: readonly ReviewRecord[];
}

export interface AggregateRow {
  /** A need category, a Supporting Families outcome id, or "all". */
  key: string;
  /** Needs with a first and a later score on the same scale. */
  needsCompared: number;
  /** Mean points of improvement (positive = less concern); undefined when nothing was compared. */
  averageImprovement?: number;
  improved: number;
  same: number;
  worse: number;
  /** improved / needsCompared, 0 to 1. */
  shareImproved?: number;
}

export interface DistanceTravelledAggregates {
  rater: PciRater;
  scaleId: string;
  /** Episodes with at least one held review: only they can show distance travelled. */
  episodesCounted: number;
  overall: AggregateRow;
  byCategory: AggregateRow[];
  byOutcome: AggregateRow[];
  /** Needs in those episodes this rater scored only once so far. */
  notRescored: number;
  /** Needs whose first and latest scores are on another scale than `scaleId`, or on two scales. */
  otherScale: number;
}

function aggregateRow(key: string, changes: readonly ScoreChange[]): AggregateRow {
  const improved = changes.filter((change) => change.meaning === 'improved').length;
  const same = changes.filter((change) => change.meaning === 'same').length;
  const worse = changes.length - improved - same;
  const total = changes.reduce((sum, change) => sum + change.improvement, 0);
  return {
    key,
    needsCompared: changes.length,
    averageImprovement: changes.length > 0 ? total / changes.length : undefined,
    improved,
    same,
    worse,
    shareImproved: changes.length > 0 ? improved / changes.length : undefined,
  };
}

function groupRows(
  order: readonly string[],
  entries: readonly { key: string | undefined; change: ScoreChange }[],
): AggregateRow[] {
  const groups = new Map<string, ScoreChange[]>();
  for (const entry of entries) {
    if (!entry.key) continue;
    groups.set(entry.key, [...(groups.get(entry.key) ?? []), entry.change]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([key, changes]) => aggregateRow(key, changes));
}

/**
 * Average change per need category and per Supporting Families outcome, and the share of needs
 * improved, for one rater over every episode with at least one held review. Only changes on
 * `scaleId` are averaged, so points from different scales are never added together.
 */
export function aggregateDistanceTravelled(
  cases: readonly CaseScores[],
  { rater = 'parent', scaleId = DEFAULT_PCI_SCALE.id }: { rater?: PciRater; scaleId?: string } = {},
): DistanceTravelledAggregates {
  const reviewed = cases.filter((episode) => heldReviewsInOrder(episode.reviews).length > 0);
  const entries: { need: NeedRecord; change: ScoreChange }[] = [];
  let notRescored = 0;
  let otherScale = 0;
  for (const episode of reviewed)
    for (const need of episode.needs) {
      const { first, latest, change } = firstVersusLatestFor(need, episode.scores, rater, episode.reviews);
      if (!first || !latest) continue;
      if (pointOf(first.data) === pointOf(latest.data)) notRescored++;
      else if (!change || first.data.scaleId !== scaleId) otherScale++;
      else entries.push({ need, change });
    }
  return {
    rater,
    scaleId,
    episodesCounted: reviewed.length,
    overall: aggregateRow(
      'all',
      entries.map((entry) => entry.change),
    ),
    byCategory: groupRows(
      NEED_CATEGORIES,
      entries.map((entry) => ({ key: entry.need.data.category, change: entry.change })),
    ),
    byOutcome: groupRows(
      SUPPORTING_FAMILIES_OUTCOME_IDS,
      entries.map((entry) => ({ key: entry.need.data.outcomeTag, change: entry.change })),
    ),
    notRescored,
    otherScale,
  };
}

/** An average change in words, to one decimal place: "Improved by 0.8 points on average". */
export function averageChangeInWords(average: number | undefined): string {
  if (average === undefined) return 'No needs re-scored yet';
  const rounded = Math.round(Math.abs(average) * 10) / 10;
  if (rounded === 0) return 'No change on average';
  const size = `${rounded.toFixed(1)} ${rounded === 1 ? 'point' : 'points'}`;
  return average > 0 ? `Improved by ${size} on average` : `Worse by ${size} on average`;
}

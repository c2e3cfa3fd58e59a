import { DEFAULT_TIMESCALES, type TimescaleSettings } from './config/timescaleDefaults';
import type { EpisodeStatus } from './records/episode';
import { addDays } from './timescales';

/**
 * The clocks caf-domain.md asks the product to watch, as plain functions of dates (YYYY-MM-DD,
 * compared as strings, which sort as dates). `today` is always passed in, so tests fix the clock.
 */

/** How far ahead "due soon" looks: two weeks gives time to book a visit or a meeting room. */
export const DUE_SOON_DAYS = 14;

/** Calendar months later, clamped to the month's end: 31 January plus one month is 28 (or 29) February. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(day, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type DueState = 'notDueYet' | 'dueSoon' | 'dueToday' | 'overdue';

/**
 * Where a deadline stands today. Due today is not yet overdue: it becomes overdue the day after,
 * which is how practitioners read "within 4 weeks".
 */
export function dueState(dueOn: string, today: string, soonDays: number = DUE_SOON_DAYS): DueState {
  if (today > dueOn) return 'overdue';
  if (today === dueOn) return 'dueToday';
  return daysBetween(today, dueOn) <= soonDays ? 'dueSoon' : 'notDueYet';
}

/** Calderdale: the assessment is completed within 4 weeks of the enquiry (seed 002). */
export function assessmentDueOn(enquiryDate: string, settings: TimescaleSettings = DEFAULT_TIMESCALES): string {
  return addDays(enquiryDate, settings.assessmentDueWeeks * 7);
}

/** Until a plan is agreed the episode is still in its assessment stage and the 4-week clock runs. */
export function isAssessmentStage(status: EpisodeStatus): boolean {
  return status === 'enquiry' || status === 'preAssessment' || status === 'assessment';
}

/**
 * The date the episode's assessment was completed: every child of a family CAF needs their own
 * completed assessment, so it is the latest child's completion, or undefined while any is missing.
 */
export function assessmentCompletedOn(
  childIds: readonly string[],
  assessments: readonly { childId?: unknown; completedAt?: unknown }[],
): string | undefined {
  if (childIds.length === 0) return undefined;
  let latest = '';
  for (const childId of childIds) {
    const completed = assessments
      .filter((assessment) => assessment.childId === childId && typeof assessment.completedAt === 'string')
      .map((assessment) => (assessment.completedAt as string).slice(0, 10))
      .sort()
      .at(0);
    if (!completed) return undefined;
    if (completed > latest) latest = completed;
  }
  return latest;
}

/** The episode's own interval if set (Calderdale allows 3 to 6 months), else the authority default. */
export function reviewIntervalFor(
  episodeIntervalMonths: number | undefined,
  settings: TimescaleSettings = DEFAULT_TIMESCALES,
): number {
  return episodeIntervalMonths ?? settings.reviewIntervalMonths;
}

export interface ReviewClockInput {
  intervalMonths: number;
  /** Dates of the TAC meetings that were held: the first one starts the plan and the review clock. */
  heldMeetingDates: readonly string[];
  heldReviews: readonly { date: string; nextReviewDate?: string }[];
}

/**
 * When the next review is due: the date the last review set, else that review plus the interval,
 * else the first TAC meeting plus the interval. Undefined before any plan exists. A booked (planned)
 * review does not move the deadline: a review booked late is still late.
 */
export function nextReviewDueOn(input: ReviewClockInput): string | undefined {
  const lastReview = [...input.heldReviews].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (lastReview) return lastReview.nextReviewDate ?? addMonths(lastReview.date, input.intervalMonths);
  const planStarted = [...input.heldMeetingDates].sort().at(0);
  return planStarted ? addMonths(planStarted, input.intervalMonths) : undefined;
}

/** The day after which an open episode counts as drifting (Barnet: open more than 12 months). */
export function driftsAfter(enquiryDate: string, settings: TimescaleSettings = DEFAULT_TIMESCALES): string {
  return addMonths(enquiryDate, settings.driftMonths);
}

/** Open more than the drift period: exactly 12 months is not yet "more than 12 months". */
export function isDrifting(
  enquiryDate: string,
  today: string,
  settings: TimescaleSettings = DEFAULT_TIMESCALES,
): boolean {
  return today > driftsAfter(enquiryDate, settings);
}

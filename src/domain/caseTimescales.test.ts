import { describe, expect, it } from 'vitest';
import {
  addMonths,
  assessmentCompletedOn,
  assessmentDueOn,
  daysBetween,
  driftsAfter,
  dueState,
  isAssessmentStage,
  isDrifting,
  nextReviewDueOn,
  reviewIntervalFor,
} from './caseTimescales';
import { DEFAULT_TIMESCALES } from './config/timescaleDefaults';

describe('calendar arithmetic', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-23', 3)).toBe('2027-02-23');
    expect(addMonths('2026-05-15', 12)).toBe('2027-05-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
  it('counts days across a clock change and a year end', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-01-02', '2026-01-01')).toBe(-1);
  });
});

describe('due, due soon and overdue', () => {
  it('is due today on the day, overdue from the day after', () => {
    expect(dueState('2026-11-23', '2026-11-23')).toBe('dueToday');
    expect(dueState('2026-11-23', '2026-11-24')).toBe('overdue');
    expect(dueState('2026-11-23', '2026-11-22')).toBe('dueSoon');
  });
  it('is due soon up to 14 days ahead, not due yet at 15', () => {
    expect(dueState('2026-12-07', '2026-11-23')).toBe('dueSoon');
    expect(dueState('2026-12-08', '2026-11-23')).toBe('notDueYet');
  });
});

describe('assessment within 4 weeks of the enquiry', () => {
  it('is due 28 days after the enquiry', () => {
    expect(assessmentDueOn('2026-11-02')).toBe('2026-11-30');
    expect(dueState(assessmentDueOn('2026-10-26'), '2026-11-23')).toBe('dueToday');
    expect(dueState(assessmentDueOn('2026-10-25'), '2026-11-23')).toBe('overdue');
  });
  it('follows an authority that sets a different number of weeks', () => {
    expect(assessmentDueOn('2026-11-02', { ...DEFAULT_TIMESCALES, assessmentDueWeeks: 6 })).toBe('2026-12-14');
  });
  it('runs until a plan is agreed', () => {
    expect(
      ['enquiry', 'preAssessment', 'assessment', 'plan', 'review', 'closed'].map((s) => isAssessmentStage(s as never)),
    ).toEqual([true, true, true, false, false, false]);
  });
  it('is complete only when every child of a family CAF has a completed assessment', () => {
    const first = { childId: 'a', completedAt: '2026-11-10T15:00:00.000Z' };
    const secondDraft = { childId: 'b' };
    const second = { childId: 'b', completedAt: '2026-11-12T09:00:00.000Z' };
    expect(assessmentCompletedOn(['a', 'b'], [first, secondDraft])).toBeUndefined();
    expect(assessmentCompletedOn(['a', 'b'], [first, second])).toBe('2026-11-12');
    expect(assessmentCompletedOn([], [first])).toBeUndefined();
  });
});

describe('reviews every 3 months', () => {
  it('uses the episode’s own interval over the default', () => {
    expect(reviewIntervalFor(undefined)).toBe(3);
    expect(reviewIntervalFor(6)).toBe(6);
  });
  it('is not due before a plan exists', () => {
    expect(nextReviewDueOn({ intervalMonths: 3, heldMeetingDates: [], heldReviews: [] })).toBeUndefined();
  });
  it('runs from the first TAC meeting until the first review', () => {
    expect(
      nextReviewDueOn({ intervalMonths: 3, heldMeetingDates: ['2026-06-10', '2026-05-01'], heldReviews: [] }),
    ).toBe('2026-08-01');
  });
  it('then from the latest review, honouring the next review date it set', () => {
    expect(
      nextReviewDueOn({
        intervalMonths: 3,
        heldMeetingDates: ['2026-01-01'],
        heldReviews: [{ date: '2026-04-01' }, { date: '2026-07-03' }],
      }),
    ).toBe('2026-10-03');
    expect(
      nextReviewDueOn({
        intervalMonths: 3,
        heldMeetingDates: ['2026-01-01'],
        heldReviews: [{ date: '2026-07-03', nextReviewDate: '2026-09-01' }],
      }),
    ).toBe('2026-09-01');
  });
});

describe('drift: open more than 12 months', () => {
  it('flags the day after the anniversary, not the anniversary itself', () => {
    expect(driftsAfter('2025-11-23')).toBe('2026-11-23');
    expect(isDrifting('2025-11-23', '2026-11-23')).toBe(false);
    expect(isDrifting('2025-11-22', '2026-11-23')).toBe(true);
  });
  it('handles an enquiry on 29 February', () => {
    expect(isDrifting('2028-02-29', '2029-02-28')).toBe(false);
    expect(isDrifting('2028-02-29', '2029-03-01')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  caseClocksFor,
  dashboardFromClocks,
  deriveCaseloadDashboard,
  type CaseClocks,
  type CaseloadInput,
} from './caseloadDashboard';
import { addDays } from './timescales';
import type { EpisodeStatus } from './records/episode';

/** A fixed clock: every expectation below is written against this day. */
const TODAY = '2026-11-23';

function episode(
  id: string,
  status: EpisodeStatus,
  enquiryDate: string,
  extra: { childIds?: string[]; reviewIntervalMonths?: number } = {},
) {
  return {
    id,
    caseId: id,
    data: {
      status,
      enquiryDate,
      childIds: extra.childIds ?? [`${id}-child`],
      reviewIntervalMonths: extra.reviewIntervalMonths,
    },
  };
}
let sequence = 0;
const rec = <T>(caseId: string, data: T) => ({ id: `${caseId}-r${++sequence}`, caseId, data });

/** A synthetic caseload where every case sits on a known boundary. */
function syntheticCaseload(): CaseloadInput {
  return {
    episodes: [
      episode('a-due-today', 'assessment', '2026-10-26'),
      episode('b-one-day-over', 'enquiry', '2026-10-25'),
      episode('c-due-in-14', 'preAssessment', '2026-11-09'),
      episode('d-due-in-15', 'assessment', '2026-11-10'),
      episode('e-family-half-done', 'assessment', '2026-10-01', { childIds: ['e1', 'e2'] }),
      episode('f-waiting-meeting', 'assessment', '2026-10-20', { childIds: ['f1'] }),
      episode('g-review-one-day-over', 'plan', '2026-07-01'),
      episode('h-review-due-today', 'review', '2026-05-01'),
      episode('i-review-set-date', 'review', '2026-05-01'),
      episode('j-six-monthly', 'review', '2026-05-01', { reviewIntervalMonths: 6 }),
      episode('k-exactly-12-months', 'review', '2025-11-23'),
      episode('l-12-months-and-a-day', 'review', '2025-11-22'),
      episode('m-closed', 'closed', '2024-01-01'),
    ],
    assessments: [
      rec('e-family-half-done', { childId: 'e1', completedAt: '2026-10-20T10:00:00.000Z' }),
      rec('e-family-half-done', { childId: 'e2' }),
      rec('f-waiting-meeting', { childId: 'f1', completedAt: '2026-11-02T16:00:00.000Z' }),
    ],
    meetings: [
      rec('g-review-one-day-over', { date: '2026-08-22', status: 'held' }),
      rec('h-review-due-today', { date: '2026-06-01', status: 'held' }),
      rec('i-review-set-date', { date: '2026-06-01', status: 'held' }),
      rec('i-review-set-date', { date: '2026-11-20', status: 'planned' }),
      rec('i-review-set-date', { date: '2026-11-30', status: 'planned' }),
      rec('j-six-monthly', { date: '2026-06-01', status: 'held' }),
      rec('k-exactly-12-months', { date: '2026-01-10', status: 'held' }),
      rec('l-12-months-and-a-day', { date: '2026-01-10', status: 'held' }),
      rec('m-closed', { date: '2024-02-01', status: 'planned' }),
    ],
    reviews: [
      rec('h-review-due-today', { date: '2026-08-23', status: 'held' }),
      rec('i-review-set-date', { date: '2026-09-01', status: 'held', nextReviewDate: '2026-12-01' }),
      rec('i-review-set-date', { date: '2026-11-28', status: 'planned' }),
      rec('k-exactly-12-months', { date: '2026-11-01', status: 'held', nextReviewDate: '2027-02-01' }),
      rec('l-12-months-and-a-day', { date: '2026-11-01', status: 'held', nextReviewDate: '2027-02-01' }),
    ],
    actions: [
      {
        id: 'past-by-one',
        caseId: 'g-review-one-day-over',
        data: { what: 'Book dentist', dueDate: '2026-11-22', status: 'notStarted' },
      },
      {
        id: 'due-today',
        caseId: 'g-review-one-day-over',
        data: { what: 'Parenting course', dueDate: '2026-11-23', status: 'inProgress' },
      },
      {
        id: 'long-past',
        caseId: 'h-review-due-today',
        data: { what: 'Housing letter', dueDate: '2026-09-30', status: 'inProgress' },
      },
      {
        id: 'achieved',
        caseId: 'h-review-due-today',
        data: { what: 'Done', dueDate: '2026-09-01', status: 'achieved' },
      },
      {
        id: 'not-achieved',
        caseId: 'h-review-due-today',
        data: { what: 'Gave up', dueDate: '2026-09-01', status: 'notAchieved' },
      },
      { id: 'no-date', caseId: 'h-review-due-today', data: { what: 'Someday', status: 'notStarted' } },
      { id: 'closed-case', caseId: 'm-closed', data: { what: 'Old', dueDate: '2024-03-01', status: 'notStarted' } },
    ],
  };
}

describe('my caseload dashboard on a synthetic caseload with known dates', () => {
  const dashboard = deriveCaseloadDashboard(syntheticCaseload(), TODAY);

  it('counts open cases only', () => {
    expect(dashboard.openCases).toBe(12);
  });

  it('lists assessments overdue from the day after the 4 weeks, longest overdue first, a half-finished family CAF included', () => {
    expect(dashboard.assessmentsOverdue).toEqual([
      { caseId: 'e-family-half-done', dueOn: '2026-10-29', state: 'overdue', days: 25 },
      { caseId: 'b-one-day-over', dueOn: '2026-11-22', state: 'overdue', days: 1 },
    ]);
  });

  it('lists assessments due today and within two weeks, not at 15 days', () => {
    expect(dashboard.assessmentsDue).toEqual([
      { caseId: 'a-due-today', dueOn: '2026-11-23', state: 'dueToday', days: 0 },
      { caseId: 'c-due-in-14', dueOn: '2026-12-07', state: 'dueSoon', days: 14 },
    ]);
  });

  it('counts reviews from the first TAC meeting, the last review, or the date a review set, with the episode’s interval', () => {
    expect(dashboard.reviewsOverdue).toEqual([
      { caseId: 'g-review-one-day-over', dueOn: '2026-11-22', state: 'overdue', days: 1 },
    ]);
    expect(dashboard.reviewsDue).toEqual([
      { caseId: 'h-review-due-today', dueOn: '2026-11-23', state: 'dueToday', days: 0 },
      { caseId: 'i-review-set-date', dueOn: '2026-12-01', state: 'dueSoon', days: 8 },
      { caseId: 'j-six-monthly', dueOn: '2026-12-01', state: 'dueSoon', days: 8 },
    ]);
  });

  it('lists open actions whose date has passed, not those due today, settled or undated, nor closed cases’', () => {
    expect(dashboard.actionsPastDate).toEqual([
      {
        caseId: 'h-review-due-today',
        actionId: 'long-past',
        what: 'Housing letter',
        dueOn: '2026-09-30',
        daysOverdue: 54,
      },
      {
        caseId: 'g-review-one-day-over',
        actionId: 'past-by-one',
        what: 'Book dentist',
        dueOn: '2026-11-22',
        daysOverdue: 1,
      },
    ]);
  });

  it('shows meetings waiting and since when: none booked after a complete assessment, or a booked day passed without a record', () => {
    expect(dashboard.meetingsWaiting).toEqual([
      { caseId: 'f-waiting-meeting', reason: 'notBooked', since: '2026-11-02', daysWaiting: 21 },
      {
        caseId: 'i-review-set-date',
        reason: 'notRecorded',
        meetingId: expect.any(String),
        since: '2026-11-20',
        daysWaiting: 3,
      },
    ]);
  });

  it('flags episodes open more than 12 months, not on the anniversary itself', () => {
    expect(dashboard.drifting.map((item) => item.caseId)).toEqual(['l-12-months-and-a-day']);
    expect(dashboard.drifting[0]).toMatchObject({
      enquiryDate: '2025-11-22',
      driftingAfter: '2026-11-22',
      daysOpen: 366,
    });
  });
});

describe('dashboard rules one at a time', () => {
  const empty: CaseloadInput = { episodes: [], assessments: [], meetings: [], reviews: [], actions: [] };

  it('is empty for an empty device', () => {
    expect(deriveCaseloadDashboard(empty, TODAY)).toEqual({
      openCases: 0,
      assessmentsOverdue: [],
      assessmentsDue: [],
      reviewsOverdue: [],
      reviewsDue: [],
      actionsPastDate: [],
      meetingsWaiting: [],
      drifting: [],
    });
  });

  it('stops the assessment clock once every child’s assessment is complete', () => {
    const dashboard = deriveCaseloadDashboard(
      {
        ...empty,
        episodes: [episode('x', 'assessment', '2026-09-01', { childIds: ['x1'] })],
        assessments: [rec('x', { childId: 'x1', completedAt: '2026-09-20T12:00:00.000Z' })],
        meetings: [rec('x', { date: '2026-12-01', status: 'planned' })],
      },
      TODAY,
    );
    expect(dashboard.assessmentsOverdue).toEqual([]);
    expect(dashboard.meetingsWaiting).toEqual([]);
  });

  it('uses the authority’s settings for the assessment and drift clocks', () => {
    const settings = { assessmentDueWeeks: 6, reviewIntervalMonths: 3, driftMonths: 6 };
    const dashboard = deriveCaseloadDashboard(
      { ...empty, episodes: [episode('y', 'assessment', '2026-05-20')] },
      TODAY,
      settings,
    );
    expect(dashboard.assessmentsOverdue[0]?.dueOn).toBe('2026-07-01');
    expect(dashboard.drifting.map((item) => item.caseId)).toEqual(['y']);
  });

  it('does not ask for a review before any plan meeting is held', () => {
    const dashboard = deriveCaseloadDashboard({ ...empty, episodes: [episode('z', 'plan', '2026-01-01')] }, TODAY);
    expect(dashboard.reviewsOverdue).toEqual([]);
    expect(dashboard.reviewsDue).toEqual([]);
  });
});

describe('per-case deadlines, for a store that keeps them beside each case', () => {
  const input = syntheticCaseload();
  const byCase = <T extends { caseId: string }>(records: readonly T[], caseId: string) =>
    records.filter((record) => record.caseId === caseId);
  const clocks = input.episodes
    .map((episode) =>
      caseClocksFor({
        episode,
        assessments: byCase(input.assessments, episode.id),
        meetings: byCase(input.meetings, episode.id),
        reviews: byCase(input.reviews, episode.id),
        actions: byCase(input.actions, episode.id),
      }),
    )
    .filter((value): value is CaseClocks => value !== undefined);

  it('keeps nothing for a closed case', () => {
    expect(clocks.map((c) => c.caseId)).not.toContain('m-closed');
  });

  it('dates the first day a case shows: two weeks before a deadline, the day after a missed date', () => {
    const find = (id: string) => clocks.find((c) => c.caseId === id);
    expect(find('c-due-in-14')?.listedFrom).toBe('2026-11-23');
    expect(find('d-due-in-15')?.listedFrom).toBe('2026-11-24');
    expect(find('g-review-one-day-over')?.listedFrom).toBe('2026-11-08');
    expect(find('f-waiting-meeting')?.listedFrom).toBe('2026-11-02');
  });

  it('gives the same dashboard from only the cases listed by today, on every day for a year and a half', () => {
    for (let day = '2025-11-01'; day <= '2027-05-01'; day = addDays(day, 1)) {
      const listed = clocks.filter((c) => c.listedFrom <= day);
      expect(dashboardFromClocks(listed, day, clocks.length)).toEqual(deriveCaseloadDashboard(input, day));
    }
  });
});

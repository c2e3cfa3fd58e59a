import {
  assessmentCompletedOn,
  assessmentDueOn,
  daysBetween,
  driftsAfter,
  dueState,
  DUE_SOON_DAYS,
  isAssessmentStage,
  nextReviewDueOn,
  reviewIntervalFor,
  type DueState,
} from './caseTimescales';
import { DEFAULT_TIMESCALES, type TimescaleSettings } from './config/timescaleDefaults';
import { addDays } from './timescales';
import type { Episode } from './records/episode';

/** The few fields of each kind the dashboard reads; stored records carry more, typed loosely as they come from storage. */
export interface CaseRecordRef<T> {
  id: string;
  caseId: string;
  data: T;
}

export interface CaseloadInput {
  episodes: readonly CaseRecordRef<Pick<Episode, 'status' | 'childIds' | 'enquiryDate' | 'reviewIntervalMonths'>>[];
  /** Only needed for episodes still in their assessment stage. */
  assessments: readonly CaseRecordRef<{ childId?: unknown; completedAt?: unknown }>[];
  meetings: readonly CaseRecordRef<{ date?: unknown; status?: unknown }>[];
  reviews: readonly CaseRecordRef<{ date?: unknown; status?: unknown; nextReviewDate?: unknown }>[];
  actions: readonly CaseRecordRef<{ what?: unknown; dueDate?: unknown; status?: unknown }>[];
}

export interface DueItem {
  caseId: string;
  dueOn: string;
  state: DueState;
  /** Days overdue when overdue, days left otherwise (0 on the day). */
  days: number;
}

export interface ActionPastDate {
  caseId: string;
  actionId: string;
  what: string;
  dueOn: string;
  daysOverdue: number;
}

export interface MeetingWaiting {
  caseId: string;
  /** `notBooked`: the assessment is complete but no TAC meeting is booked; `notRecorded`: a booked meeting's day has passed. */
  reason: 'notBooked' | 'notRecorded';
  meetingId?: string;
  since: string;
  daysWaiting: number;
}

export interface DriftingCase {
  caseId: string;
  enquiryDate: string;
  /** The day after which it counted as drifting. */
  driftingAfter: string;
  daysOpen: number;
}

export interface CaseloadDashboard {
  openCases: number;
  assessmentsOverdue: DueItem[];
  assessmentsDue: DueItem[];
  reviewsOverdue: DueItem[];
  reviewsDue: DueItem[];
  actionsPastDate: ActionPastDate[];
  meetingsWaiting: MeetingWaiting[];
  drifting: DriftingCase[];
}

/** Actions still to do: achieved and not-achieved actions are settled, so their date no longer matters. */
const OPEN_ACTION_STATUSES = new Set(['notStarted', 'inProgress']);

const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * One open case's deadlines as dates, independent of today: what a device can work out when the
 * case's records change and keep beside it, so the dashboard need not re-read every record.
 * `listedFrom` is the first day the case has anything to show (due soon, overdue, waiting or drifting):
 * a store can index it and read only the cases where `listedFrom <= today`.
 */
export interface CaseClocks {
  caseId: string;
  enquiryDate: string;
  assessmentDueOn?: string;
  reviewDueOn?: string;
  driftsAfter: string;
  actions: { actionId: string; what: string; dueOn: string }[];
  meetingsWaiting: { reason: MeetingWaiting['reason']; meetingId?: string; since: string }[];
  listedFrom: string;
}

export interface CaseRecordsForClocks {
  episode: CaseloadInput['episodes'][number];
  assessments: readonly CaseloadInput['assessments'][number][];
  meetings: readonly CaseloadInput['meetings'][number][];
  reviews: readonly CaseloadInput['reviews'][number][];
  actions: readonly CaseloadInput['actions'][number][];
}

/** The deadlines of one case, or undefined for a closed case (nothing on a closed case is due). */
export function caseClocksFor(
  records: CaseRecordsForClocks,
  settings: TimescaleSettings = DEFAULT_TIMESCALES,
  soonDays: number = DUE_SOON_DAYS,
): CaseClocks | undefined {
  const { episode, meetings } = records;
  const { status, enquiryDate, childIds } = episode.data;
  if (status === 'closed') return undefined;
  const clocks: CaseClocks = {
    caseId: episode.id,
    enquiryDate,
    driftsAfter: driftsAfter(enquiryDate, settings),
    actions: [],
    meetingsWaiting: [],
    listedFrom: '',
  };
  const listedFrom = [addDays(clocks.driftsAfter, 1)];

  for (const meeting of meetings)
    if (meeting.data.status === 'planned' && isDate(meeting.data.date)) {
      clocks.meetingsWaiting.push({ reason: 'notRecorded', meetingId: meeting.id, since: meeting.data.date });
      listedFrom.push(addDays(meeting.data.date, 1));
    }

  if (isAssessmentStage(status)) {
    const completedOn = assessmentCompletedOn(
      childIds,
      records.assessments.map((assessment) => assessment.data),
    );
    if (!completedOn) {
      clocks.assessmentDueOn = assessmentDueOn(enquiryDate, settings);
      listedFrom.push(addDays(clocks.assessmentDueOn, -soonDays));
    } else if (!meetings.some((meeting) => meeting.data.status === 'planned' || meeting.data.status === 'held')) {
      // Calderdale: meetings slipped for weeks over the summer. Show how long the family has waited for one.
      clocks.meetingsWaiting.push({ reason: 'notBooked', since: completedOn });
      listedFrom.push(completedOn);
    }
  } else {
    clocks.reviewDueOn = nextReviewDueOn({
      intervalMonths: reviewIntervalFor(episode.data.reviewIntervalMonths, settings),
      heldMeetingDates: meetings
        .filter((meeting) => meeting.data.status === 'held' && isDate(meeting.data.date))
        .map((meeting) => meeting.data.date as string),
      heldReviews: records.reviews
        .filter((review) => review.data.status === 'held' && isDate(review.data.date))
        .map((review) => ({
          date: review.data.date as string,
          nextReviewDate: isDate(review.data.nextReviewDate) ? review.data.nextReviewDate : undefined,
        })),
    });
    if (clocks.reviewDueOn) listedFrom.push(addDays(clocks.reviewDueOn, -soonDays));
  }

  for (const action of records.actions) {
    if (!OPEN_ACTION_STATUSES.has(String(action.data.status)) || !isDate(action.data.dueDate)) continue;
    clocks.actions.push({
      actionId: action.id,
      what: typeof action.data.what === 'string' ? action.data.what : '',
      dueOn: action.data.dueDate,
    });
    listedFrom.push(addDays(action.data.dueDate, 1));
  }
  clocks.listedFrom = listedFrom.sort()[0] as string;
  return clocks;
}

function dueItem(caseId: string, dueOn: string, today: string, soonDays: number): DueItem | undefined {
  const state = dueState(dueOn, today, soonDays);
  if (state === 'notDueYet') return undefined;
  return { caseId, dueOn, state, days: state === 'overdue' ? daysBetween(dueOn, today) : daysBetween(today, dueOn) };
}

function emptyDashboard(openCases: number): CaseloadDashboard {
  return {
    openCases,
    assessmentsOverdue: [],
    assessmentsDue: [],
    reviewsOverdue: [],
    reviewsDue: [],
    actionsPastDate: [],
    meetingsWaiting: [],
    drifting: [],
  };
}

/**
 * Today's dashboard from the cases' deadlines. Pass every open case, or only those whose
 * `listedFrom` is on or before today: the result is the same, apart from `openCases`, which is the
 * number given. Overdue lists put the longest overdue first; due lists put the soonest first.
 */
export function dashboardFromClocks(
  cases: readonly CaseClocks[],
  today: string,
  openCases: number = cases.length,
  soonDays: number = DUE_SOON_DAYS,
): CaseloadDashboard {
  const dashboard = emptyDashboard(openCases);
  for (const clocks of cases) {
    const { caseId } = clocks;
    if (today > clocks.driftsAfter)
      dashboard.drifting.push({
        caseId,
        enquiryDate: clocks.enquiryDate,
        driftingAfter: clocks.driftsAfter,
        daysOpen: daysBetween(clocks.enquiryDate, today),
      });
    if (clocks.assessmentDueOn) {
      const item = dueItem(caseId, clocks.assessmentDueOn, today, soonDays);
      if (item) (item.state === 'overdue' ? dashboard.assessmentsOverdue : dashboard.assessmentsDue).push(item);
    }
    if (clocks.reviewDueOn) {
      const item = dueItem(caseId, clocks.reviewDueOn, today, soonDays);
      if (item) (item.state === 'overdue' ? dashboard.reviewsOverdue : dashboard.reviewsDue).push(item);
    }
    for (const action of clocks.actions)
      if (action.dueOn < today)
        dashboard.actionsPastDate.push({ caseId, ...action, daysOverdue: daysBetween(action.dueOn, today) });
    for (const waiting of clocks.meetingsWaiting)
      // Not booked: waiting from the day the assessment was completed. Not recorded: from the day after the meeting.
      if (waiting.reason === 'notBooked' ? waiting.since <= today : waiting.since < today)
        dashboard.meetingsWaiting.push({ caseId, ...waiting, daysWaiting: daysBetween(waiting.since, today) });
  }
  const byDue = (a: { dueOn: string; caseId: string }, b: { dueOn: string; caseId: string }) =>
    codeUnitOrder(a.dueOn, b.dueOn) || codeUnitOrder(a.caseId, b.caseId);
  dashboard.assessmentsOverdue.sort(byDue);
  dashboard.assessmentsDue.sort(byDue);
  dashboard.reviewsOverdue.sort(byDue);
  dashboard.reviewsDue.sort(byDue);
  dashboard.actionsPastDate.sort(byDue);
  dashboard.meetingsWaiting.sort((a, b) => codeUnitOrder(a.since, b.since) || codeUnitOrder(a.caseId, b.caseId));
  dashboard.drifting.sort((a, b) => codeUnitOrder(a.enquiryDate, b.enquiryDate) || codeUnitOrder(a.caseId, b.caseId));
  return dashboard;
}

/**
 * ISO dates and lower-case ids sort the same by code unit as by locale, without the locale
 * machinery: the dashboard sorts thousands of them on every load.
 */
function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupByCase<T extends { caseId: string }>(records: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const record of records) {
    const list = grouped.get(record.caseId);
    if (list) list.push(record);
    else grouped.set(record.caseId, [record]);
  }
  return grouped;
}

/**
 * What is due, overdue and waiting across the practitioner's open cases (caf-domain.md, Timescales):
 * assessments 4 weeks after the enquiry, reviews every few months, actions past their date, TAC
 * meetings not booked or not recorded, and episodes open more than 12 months. One pass over each
 * kind, grouped by case, so it stays linear in the records read.
 */
export function deriveCaseloadDashboard(
  input: CaseloadInput,
  today: string,
  settings: TimescaleSettings = DEFAULT_TIMESCALES,
  soonDays: number = DUE_SOON_DAYS,
): CaseloadDashboard {
  const assessments = groupByCase(input.assessments);
  const meetings = groupByCase(input.meetings);
  const reviews = groupByCase(input.reviews);
  const actions = groupByCase(input.actions);
  const clocks: CaseClocks[] = [];
  for (const episode of input.episodes) {
    const caseClocks = caseClocksFor(
      {
        episode,
        assessments: assessments.get(episode.id) ?? [],
        meetings: meetings.get(episode.id) ?? [],
        reviews: reviews.get(episode.id) ?? [],
        actions: actions.get(episode.id) ?? [],
      },
      settings,
      soonDays,
    );
    if (caseClocks) clocks.push(caseClocks);
  }
  return dashboardFromClocks(clocks, today, clocks.length, soonDays);
}

import {
  assessmentCompletedOn,
  assessmentDueOn,
  daysBetween,
  driftsAfter,
  dueState,
  DUE_SOON_DAYS,
  isAssessmentStage,
  isDrifting,
  nextReviewDueOn,
  reviewIntervalFor,
  type DueState,
} from './caseTimescales';
import { DEFAULT_TIMESCALES, type TimescaleSettings } from './config/timescaleDefaults';
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

function groupByCase<T extends { caseId: string }>(records: readonly T[], keep: Set<string>): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const record of records) {
    if (!keep.has(record.caseId)) continue;
    const list = grouped.get(record.caseId);
    if (list) list.push(record);
    else grouped.set(record.caseId, [record]);
  }
  return grouped;
}

const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function dueItem(caseId: string, dueOn: string, today: string, soonDays: number): DueItem | undefined {
  const state = dueState(dueOn, today, soonDays);
  if (state === 'notDueYet') return undefined;
  return { caseId, dueOn, state, days: state === 'overdue' ? daysBetween(dueOn, today) : daysBetween(today, dueOn) };
}

/**
 * What is due, overdue and waiting across the practitioner's open cases (caf-domain.md, Timescales):
 * assessments 4 weeks after the enquiry, reviews every few months, actions past their date, TAC
 * meetings not booked or not recorded, and episodes open more than 12 months. One pass over each
 * kind, grouped by case, so it stays linear in the records read. Overdue lists put the longest
 * overdue first; due lists put the soonest first.
 */
export function deriveCaseloadDashboard(
  input: CaseloadInput,
  today: string,
  settings: TimescaleSettings = DEFAULT_TIMESCALES,
  soonDays: number = DUE_SOON_DAYS,
): CaseloadDashboard {
  const open = input.episodes.filter((episode) => episode.data.status !== 'closed');
  const openIds = new Set(open.map((episode) => episode.id));
  const assessmentsByCase = groupByCase(input.assessments, openIds);
  const meetingsByCase = groupByCase(input.meetings, openIds);
  const reviewsByCase = groupByCase(input.reviews, openIds);

  const dashboard: CaseloadDashboard = {
    openCases: open.length,
    assessmentsOverdue: [],
    assessmentsDue: [],
    reviewsOverdue: [],
    reviewsDue: [],
    actionsPastDate: [],
    meetingsWaiting: [],
    drifting: [],
  };

  for (const episode of open) {
    const { status, enquiryDate, childIds } = episode.data;
    const meetings = meetingsByCase.get(episode.id) ?? [];
    if (isDrifting(enquiryDate, today, settings))
      dashboard.drifting.push({
        caseId: episode.id,
        enquiryDate,
        driftingAfter: driftsAfter(enquiryDate, settings),
        daysOpen: daysBetween(enquiryDate, today),
      });

    for (const meeting of meetings)
      if (meeting.data.status === 'planned' && isDate(meeting.data.date) && meeting.data.date < today)
        dashboard.meetingsWaiting.push({
          caseId: episode.id,
          reason: 'notRecorded',
          meetingId: meeting.id,
          since: meeting.data.date,
          daysWaiting: daysBetween(meeting.data.date, today),
        });

    if (isAssessmentStage(status)) {
      const completedOn = assessmentCompletedOn(
        childIds,
        (assessmentsByCase.get(episode.id) ?? []).map((assessment) => assessment.data),
      );
      if (!completedOn) {
        const item = dueItem(episode.id, assessmentDueOn(enquiryDate, settings), today, soonDays);
        if (item) (item.state === 'overdue' ? dashboard.assessmentsOverdue : dashboard.assessmentsDue).push(item);
      } else if (!meetings.some((meeting) => meeting.data.status === 'planned' || meeting.data.status === 'held')) {
        // Calderdale: meetings slipped for weeks over the summer. Show how long the family has waited for one.
        dashboard.meetingsWaiting.push({
          caseId: episode.id,
          reason: 'notBooked',
          since: completedOn,
          daysWaiting: Math.max(0, daysBetween(completedOn, today)),
        });
      }
      continue;
    }

    const dueOn = nextReviewDueOn({
      intervalMonths: reviewIntervalFor(episode.data.reviewIntervalMonths, settings),
      heldMeetingDates: meetings
        .filter((meeting) => meeting.data.status === 'held' && isDate(meeting.data.date))
        .map((meeting) => meeting.data.date as string),
      heldReviews: (reviewsByCase.get(episode.id) ?? [])
        .filter((review) => review.data.status === 'held' && isDate(review.data.date))
        .map((review) => ({
          date: review.data.date as string,
          nextReviewDate: isDate(review.data.nextReviewDate) ? review.data.nextReviewDate : undefined,
        })),
    });
    if (dueOn) {
      const item = dueItem(episode.id, dueOn, today, soonDays);
      if (item) (item.state === 'overdue' ? dashboard.reviewsOverdue : dashboard.reviewsDue).push(item);
    }
  }

  for (const action of input.actions) {
    if (!openIds.has(action.caseId) || !OPEN_ACTION_STATUSES.has(String(action.data.status))) continue;
    if (!isDate(action.data.dueDate) || action.data.dueDate >= today) continue;
    dashboard.actionsPastDate.push({
      caseId: action.caseId,
      actionId: action.id,
      what: typeof action.data.what === 'string' ? action.data.what : '',
      dueOn: action.data.dueDate,
      daysOverdue: daysBetween(action.data.dueDate, today),
    });
  }

  const byDue = (a: { dueOn: string; caseId: string }, b: { dueOn: string; caseId: string }) =>
    a.dueOn.localeCompare(b.dueOn) || a.caseId.localeCompare(b.caseId);
  dashboard.assessmentsOverdue.sort(byDue);
  dashboard.assessmentsDue.sort(byDue);
  dashboard.reviewsOverdue.sort(byDue);
  dashboard.reviewsDue.sort(byDue);
  dashboard.actionsPastDate.sort(byDue);
  dashboard.meetingsWaiting.sort((a, b) => a.since.localeCompare(b.since) || a.caseId.localeCompare(b.caseId));
  dashboard.drifting.sort((a, b) => a.enquiryDate.localeCompare(b.enquiryDate) || a.caseId.localeCompare(b.caseId));
  return dashboard;
}

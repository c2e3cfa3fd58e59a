import { parseDateParts, type DateParts } from '../../domain/dateInput';
import { actionSchema, needSchema } from '../../domain/records/plan';
import { meetingAttendanceSchema, tacMeetingSchema } from '../../domain/records/meetings';
import type { ErrorItem } from '../../ui/ErrorSummary';
import type { z } from 'zod';

export type FormResult = { ok: true; data: Record<string, unknown> } | { ok: false; errors: ErrorItem[] };

/**
 * Validates with the record's own schema, so the form and storage can never disagree, and lists
 * every problem in field order with the input each one links to.
 */
function check(
  schema: z.ZodType,
  data: Record<string, unknown>,
  order: readonly string[],
  early: Map<string, string>,
): FormResult {
  const errors = new Map(early);
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if (!errors.has(field)) errors.set(field, issue.message);
    }
  if (errors.size > 0)
    return {
      ok: false,
      errors: [...errors.entries()]
        .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
        .map(([href, message]) => ({ href, message })),
    };
  return { ok: true, data };
}

const blank = (value: string) => value.trim() || undefined;

export interface NeedForm {
  childId: string;
  description: string;
  category: string;
  timescale: string;
  outcomeTag: string;
  status: string;
}

export function buildNeed(form: NeedForm): FormResult {
  const data = {
    childId: form.childId,
    description: form.description.trim(),
    category: form.category || undefined,
    timescale: form.timescale || undefined,
    outcomeTag: form.outcomeTag || undefined,
    status: form.status || 'open',
  };
  return check(needSchema, data, ['childId', 'description', 'category', 'timescale', 'outcomeTag'], new Map());
}

export interface ActionForm {
  needId: string;
  what: string;
  ownerPractitionerId: string;
  ownerName: string;
  ownerAgencyId: string;
  dueDate: DateParts;
  status: string;
  meetingId: string;
  progressNote: string;
}

/** Owner and date may be left out (the plan flags the action); a half-typed date may not. */
export function buildAction(form: ActionForm): FormResult {
  const early = new Map<string, string>();
  const due = parseDateParts(form.dueDate, 'Date to be done by');
  if (!due.ok) early.set('dueDate', due.message);
  const data = {
    needId: form.needId || undefined,
    what: form.what.trim(),
    ownerPractitionerId: form.ownerPractitionerId || undefined,
    ownerName: blank(form.ownerName),
    ownerAgencyId: form.ownerAgencyId || undefined,
    dueDate: due.ok ? due.value : undefined,
    status: form.status || undefined,
    meetingId: form.meetingId || undefined,
    progressNote: blank(form.progressNote),
  };
  return check(
    actionSchema,
    data,
    ['needId', 'what', 'ownerPractitionerId', 'ownerName', 'ownerAgencyId', 'dueDate', 'status'],
    early,
  );
}

export interface MeetingForm {
  date: DateParts;
  time: string;
  location: string;
  status: string;
  cancelledReason: string;
}

export function buildMeeting(form: MeetingForm): FormResult {
  const early = new Map<string, string>();
  const date = parseDateParts(form.date, 'Date of the meeting');
  if (!date.ok) early.set('date', date.message);
  if (form.status === 'cancelled' && !form.cancelledReason.trim())
    early.set('cancelledReason', 'Enter why the meeting was cancelled');
  const data = {
    date: date.ok ? date.value : undefined,
    time: blank(form.time),
    location: blank(form.location),
    status: form.status || undefined,
    cancelledReason: form.status === 'cancelled' ? blank(form.cancelledReason) : undefined,
  };
  return check(tacMeetingSchema, data, ['date', 'time', 'location', 'status', 'cancelledReason'], early);
}

export interface AttendeeForm {
  attendeeType: string;
  practitionerId: string;
  familyMemberId: string;
  childId: string;
  personName: string;
  agencyId: string;
  attendance: string;
}

/** An attendee: a professional with their agency, a family member, or the child. */
export function buildAttendee(form: AttendeeForm, meetingId: string): FormResult {
  const data = {
    meetingId,
    attendeeType: form.attendeeType || undefined,
    personName: form.personName.trim(),
    practitionerId: form.attendeeType === 'professional' ? form.practitionerId || undefined : undefined,
    agencyId: form.attendeeType === 'professional' ? form.agencyId || undefined : undefined,
    familyMemberId: form.attendeeType === 'familyMember' ? form.familyMemberId || undefined : undefined,
    childId: form.attendeeType === 'child' ? form.childId || undefined : undefined,
    attendance: form.attendance || undefined,
  };
  return check(meetingAttendanceSchema, data, ['attendeeType', 'personName', 'agencyId', 'attendance'], new Map());
}

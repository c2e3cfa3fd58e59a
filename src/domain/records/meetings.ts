import { z } from 'zod';
import { optionalText, recordRef, requiredDate, requiredText, evenWithOtherErrors } from './fieldSchemas';

export const TAC_MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;

/** A Team Around the Child / Integrated Support Plan meeting. Minutes autosave as one field. */
export const tacMeetingSchema = z.object({
  date: requiredDate('Enter the date of the meeting'),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time, like 09:30 or 14:15')
    .optional(),
  location: optionalText(400),
  chairId: z.string().optional(),
  minutes: optionalText(20_000),
  status: z.enum(TAC_MEETING_STATUSES, { error: 'Select whether the meeting is planned, held or cancelled' }),
  cancelledReason: optionalText(1000),
});
export type TacMeeting = z.infer<typeof tacMeetingSchema>;

export const ATTENDEE_TYPES = ['professional', 'familyMember', 'child'] as const;

/**
 * Who was at a meeting, append-only: adding someone on one device and someone else on another
 * never conflicts. A professional is recorded with their agency, a family member with their record.
 */
export const meetingAttendanceSchema = z
  .object({
    meetingId: recordRef('Select the meeting'),
    personName: requiredText('Enter the name of the person', 200),
    attendeeType: z.enum(ATTENDEE_TYPES, { error: 'Select who the person is' }),
    practitionerId: z.string().optional(),
    agencyId: z.string().optional(),
    familyMemberId: z.string().optional(),
    childId: z.string().optional(),
    attendance: z.enum(['present', 'apologies'], { error: 'Select present or sent apologies' }),
  })
  .superRefine((row, ctx) => {
    if (row.attendeeType === 'professional' && !row.agencyId)
      ctx.addIssue({ code: 'custom', path: ['agencyId'], message: 'Select the person’s agency' });
  }, evenWithOtherErrors);
export type MeetingAttendance = z.infer<typeof meetingAttendanceSchema>;

export const CASE_ROLES = ['leadProfessional', 'tacMember'] as const;

/**
 * A change of role on a case, append-only, so "who was lead professional when" is always
 * answerable: the current holder is the latest `assigned` entry without a later `removed`.
 */
export const roleAssignmentSchema = z.object({
  role: z.enum(CASE_ROLES, { error: 'Select the role' }),
  practitionerId: recordRef('Select the practitioner'),
  change: z.enum(['assigned', 'removed']),
  fromDate: requiredDate('Enter the date the change takes effect'),
  reason: optionalText(2000),
  decidedBy: z.string().optional(),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

/** Convenience for callers that record a required reason (e.g. changing the lead professional). */
export const roleChangeReasonSchema = requiredText('Enter the reason for the change', 2000);

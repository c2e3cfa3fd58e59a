import { describe, expect, it } from 'vitest';
import { meetingAttendanceSchema, roleAssignmentSchema, tacMeetingSchema } from './meetings';
import { messagesOf } from './schemaTestSupport';

describe('TAC meeting', () => {
  it('accepts a planned meeting', () => {
    const meeting = { date: '2026-07-14', time: '09:30', location: 'Children’s centre', status: 'planned' };
    expect(tacMeetingSchema.parse(meeting)).toEqual(meeting);
  });

  it('asks for the date and status, and a real time', () => {
    expect(messagesOf(tacMeetingSchema, { time: '25:00' })).toEqual({
      date: 'Enter the date of the meeting',
      time: 'Enter a time, like 09:30 or 14:15',
      status: 'Select whether the meeting is planned, held or cancelled',
    });
  });
});

describe('meeting attendance', () => {
  const row = { meetingId: 'm1', personName: 'Orla Pennywhistle', attendeeType: 'familyMember', attendance: 'present' };

  it('accepts a family member who attended', () => {
    expect(meetingAttendanceSchema.safeParse(row).success).toBe(true);
  });

  it('asks for a professional’s agency', () => {
    expect(messagesOf(meetingAttendanceSchema, { ...row, attendeeType: 'professional' })).toEqual({
      agencyId: 'Select the person’s agency',
    });
  });

  it('asks for the name and for present or apologies', () => {
    expect(messagesOf(meetingAttendanceSchema, { ...row, personName: ' ', attendance: 'late' })).toEqual({
      personName: 'Enter the name of the person',
      attendance: 'Select present or sent apologies',
    });
  });
});

describe('role assignment', () => {
  it('accepts a lead professional taking over', () => {
    const change = {
      role: 'leadProfessional',
      practitionerId: 'p1',
      change: 'assigned',
      fromDate: '2026-02-01',
      reason: 'Child started at the school',
    };
    expect(roleAssignmentSchema.parse(change)).toEqual(change);
  });

  it('asks for the role, practitioner and date', () => {
    expect(messagesOf(roleAssignmentSchema, { change: 'assigned' })).toEqual({
      role: 'Select the role',
      practitionerId: 'Select the practitioner',
      fromDate: 'Enter the date the change takes effect',
    });
  });
});

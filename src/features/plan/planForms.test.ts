import { describe, expect, it } from 'vitest';
import { EMPTY_DATE } from '../../domain/dateInput';
import { buildAction, buildAttendee, buildMeeting } from './planForms';

const hrefs = (result: ReturnType<typeof buildMeeting>) => (result.ok ? [] : result.errors.map((error) => error.href));

describe('plan forms', () => {
  it('asks why a cancelled meeting was cancelled, and forgets a reason once it is not cancelled', () => {
    const base = { date: { day: '12', month: '1', year: '2027' }, time: '', location: '', cancelledReason: '' };
    expect(hrefs(buildMeeting({ ...base, status: 'cancelled' }))).toEqual(['cancelledReason']);
    const held = buildMeeting({ ...base, status: 'held', cancelledReason: 'Snow' });
    expect(held.ok && held.data).toMatchObject({ date: '2027-01-12', status: 'held', cancelledReason: undefined });
    expect(hrefs(buildMeeting({ ...base, date: EMPTY_DATE, status: 'held', time: '9.30' }))).toEqual(['date', 'time']);
  });

  it('saves an action with no owner or date, but not with a half-typed date', () => {
    const form = {
      needId: 'n1',
      what: 'Morning routine chart',
      ownerPractitionerId: '',
      ownerName: '',
      ownerAgencyId: '',
      dueDate: EMPTY_DATE,
      status: 'notStarted',
      meetingId: '',
      progressNote: '',
    };
    expect(buildAction(form).ok).toBe(true);
    const half = buildAction({ ...form, dueDate: { day: '3', month: '', year: '2027' } });
    expect(half.ok ? [] : half.errors).toEqual([
      { href: 'dueDate', message: 'Date to be done by must include a month' },
    ]);
  });

  it('needs a professional’s agency, but not a family member’s', () => {
    const form = {
      attendeeType: 'professional',
      practitionerId: '',
      familyMemberId: '',
      childId: '',
      personName: 'Sam Example',
      agencyId: '',
      attendance: 'present',
    };
    expect(hrefs(buildAttendee(form, 'm1'))).toEqual(['agencyId']);
    const family = buildAttendee({ ...form, attendeeType: 'familyMember', agencyId: 'a1' }, 'm1');
    expect(family.ok && family.data).toMatchObject({ attendeeType: 'familyMember', agencyId: undefined });
  });
});

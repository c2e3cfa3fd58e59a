import { describe, expect, it } from 'vitest';
import { deriveCaseloadDashboard } from '../caseloadDashboard';
import { recordMetaSchema } from '../recordMeta';
import { recordDefinitions } from '../records/registry';
import { addMonths, daysBetween } from './calendarDates';
import { generateDemoCaseload, generateDemoRecords, type DemoCase } from './caseloadGenerator';
import type { DemoRecord } from './demoRecord';
import { directoryColleagues, generateDemoDirectory } from './directoryGenerator';

/**
 * People named in the seed reports (officers, witnesses, report authors, and the children whose
 * deaths the reports cite). Demo data must never contain any of them.
 */
const SEED_REPORT_PEOPLE = [
  'Sheena Doyle',
  'Jonathan Potter',
  'Julie Karmy',
  'Ann Ward',
  'Jon Needham',
  'Sue Butler',
  'Matt Sparling',
  'Rachel Easter',
  'Donna Bowes-Mcleggan',
  'Graham Wheeler',
  'Yvette Waide',
  'Sandra Douglas',
  'Chrissie Garrett',
  'Jenny Oslow',
  'Matthew Green',
  'John Hardy',
  'Benita Wishart',
  'Victoria Climbié',
  'Baby Peter',
  'Lord Laming',
];
const SEED_REPORT_NAME_PARTS = new Set(
  SEED_REPORT_PEOPLE.flatMap((name) => name.split(/[\s-]+/))
    .filter((part) => !['Baby', 'Lord'].includes(part))
    .map((part) => part.toLowerCase()),
);

const TODAY = '2026-11-23';
const directory = generateDemoDirectory({ seed: 'directory', today: TODAY });
const options = {
  seed: 2026,
  cases: 200,
  practitionerIds: directory.practitionerIds,
  agencyIds: directory.agencyIds,
  today: TODAY,
};
const caseload = generateDemoCaseload(options);
const allRecords = caseload.flatMap((demoCase) => demoCase.records);
const ofKind = <K extends DemoRecord['kind']>(records: readonly DemoRecord[], kind: K) =>
  records.filter((record): record is Extract<DemoRecord, { kind: K }> => record.kind === kind);

function personNames(records: readonly DemoRecord[]): string[] {
  const names: string[] = [];
  for (const record of records) {
    const data = record.data as Record<string, unknown>;
    for (const field of ['name', 'firstName', 'lastName', 'personName', 'ownerName', 'signerName'])
      if (typeof data[field] === 'string') names.push(data[field]);
  }
  return names;
}

/** "My caseload" worked out from these records, as the device does. */
function dashboardOf(records: readonly DemoRecord[]) {
  const ref = <R extends DemoRecord>(record: R): { id: string; caseId: string; data: R['data'] } => ({
    id: record.meta.id,
    caseId: record.meta.caseId,
    data: record.data,
  });
  return deriveCaseloadDashboard(
    {
      episodes: ofKind(records, 'episode').map(ref),
      assessments: ofKind(records, 'assessment').map(ref),
      meetings: ofKind(records, 'tacMeeting').map(ref),
      reviews: ofKind(records, 'review').map(ref),
      actions: ofKind(records, 'action').map(ref),
    },
    TODAY,
  );
}

describe('demo caseload generator', () => {
  it('gives the same caseload for the same seed', () => {
    expect(generateDemoCaseload(options)).toEqual(caseload);
  });

  it('gives a different caseload for another seed', () => {
    const other = generateDemoCaseload({ ...options, seed: 2027 });
    expect(other.map((c) => c.caseId)).not.toEqual(caseload.map((c) => c.caseId));
    expect(other.map((c) => c.childNames.join())).not.toEqual(caseload.map((c) => c.childNames.join()));
  });

  it('makes records that each parse against their kind’s schema and the record metadata', () => {
    for (const record of [...allRecords, ...directory.records]) {
      const parsed = recordDefinitions[record.kind].schema.safeParse(record.data);
      expect(parsed.error?.issues ?? [], `${record.kind} ${record.meta.id}`).toEqual([]);
      expect(recordMetaSchema.safeParse(record.meta).error?.issues ?? []).toEqual([]);
    }
  });

  it('gives every record a unique id and keeps each case’s records under its episode id', () => {
    expect(new Set(allRecords.map((record) => record.meta.id)).size).toBe(allRecords.length);
    for (const demoCase of caseload) {
      const episode = demoCase.records[0];
      expect(episode?.kind).toBe('episode');
      expect(episode?.meta.id).toBe(demoCase.caseId);
      for (const record of demoCase.records) expect(record.meta.caseId).toBe(demoCase.caseId);
    }
  });

  it('links records to records of the same case', () => {
    for (const demoCase of caseload) {
      const ids = new Set(demoCase.records.map((record) => record.meta.id));
      for (const episode of ofKind(demoCase.records, 'episode'))
        for (const childId of episode.data.childIds) expect(ids.has(childId)).toBe(true);
      for (const need of ofKind(demoCase.records, 'need')) expect(ids.has(need.data.childId)).toBe(true);
      for (const action of ofKind(demoCase.records, 'action')) expect(ids.has(action.data.needId)).toBe(true);
      for (const score of ofKind(demoCase.records, 'pciScore')) {
        expect(ids.has(score.data.needId)).toBe(true);
        if (score.data.reviewId) expect(ids.has(score.data.reviewId)).toBe(true);
      }
    }
  });

  it('uses only the practitioner and agency ids it was given', () => {
    const practitioners = new Set(directory.practitionerIds);
    const agencies = new Set(directory.agencyIds);
    for (const record of allRecords) expect(practitioners.has(record.meta.createdBy)).toBe(true);
    for (const action of ofKind(allRecords, 'action'))
      if (action.data.ownerAgencyId) expect(agencies.has(action.data.ownerAgencyId)).toBe(true);
  });

  it('uses no name of a person from the seed reports', () => {
    const names = [
      ...personNames(allRecords),
      ...personNames(directory.records),
      ...caseload.flatMap((c) => c.childNames),
    ];
    expect(names.length).toBeGreaterThan(500);
    for (const name of names) {
      for (const person of SEED_REPORT_PEOPLE) expect(name).not.toContain(person);
      for (const part of name.split(/[\s-]+/)) expect(SEED_REPORT_NAME_PARTS.has(part.toLowerCase()), name).toBe(false);
    }
  });

  it('gives professionals surnames no family has, so nobody reads a worker as a relative', () => {
    const surnameOf = (name: string) =>
      name
        .replace(/ \(demo\)$/, '')
        .split(' ')
        .at(-1)!;
    const families = new Set(ofKind(allRecords, 'child').map((child) => child.data.lastName));
    const professionals = [
      ...ofKind(directory.records, 'practitioner').map((p) => p.data.name),
      ...ofKind(allRecords, 'meetingAttendance')
        .filter((row) => row.data.attendeeType === 'professional')
        .map((row) => row.data.personName),
      ...ofKind(allRecords, 'action').flatMap((action) => (action.data.ownerName ? [action.data.ownerName] : [])),
    ];
    expect(professionals.length).toBeGreaterThan(100);
    for (const name of professionals) expect(families.has(surnameOf(name)), name).toBe(false);
  });

  it('makes a realistic mix: siblings, unborn babies, every status, stepped-down and drifting cases', () => {
    const statuses = new Set(caseload.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['assessment', 'closed', 'enquiry', 'plan', 'preAssessment', 'review']);
    const childCounts = caseload.map((c) => c.childNames.length);
    expect(childCounts.filter((n) => n === 1).length).toBeGreaterThan(100);
    expect(childCounts.filter((n) => n >= 2).length).toBeGreaterThan(20);
    expect(ofKind(allRecords, 'child').filter((child) => child.data.unborn).length).toBeGreaterThan(3);
    const drifting = ofKind(allRecords, 'episode').filter(
      (episode) => episode.data.status !== 'closed' && addMonths(episode.data.enquiryDate, 12) < TODAY,
    );
    expect(drifting.length).toBeGreaterThan(3);
  });

  it('has siblings born at least a year apart (or twins), all before the enquiry', () => {
    for (const demoCase of caseload) {
      const enquiry = ofKind(demoCase.records, 'episode')[0]!.data.enquiryDate;
      const births = ofKind(demoCase.records, 'child')
        .map((child) => child.data.dateOfBirth)
        .filter((date): date is string => date !== undefined)
        .sort();
      for (const birth of births) expect(birth < enquiry).toBe(true);
      for (let i = 1; i < births.length; i++) {
        const gap = daysBetween(births[i - 1]!, births[i]!);
        expect(gap === 0 || gap >= 365, `${births[i - 1]} then ${births[i]}`).toBe(true);
      }
    }
  });

  it('gives each case a reason for enquiry that fits its children', () => {
    for (const demoCase of caseload) {
      const reason = String(ofKind(demoCase.records, 'episode')[0]!.data.reasonForEnquiry);
      const children = ofKind(demoCase.records, 'child');
      const unborn = children.some((child) => child.data.unborn);
      const schoolAge = children.some(
        (child) => child.data.dateOfBirth && child.data.dateOfBirth <= addMonths(TODAY, -60),
      );
      if (/parent-to-be|before the birth/.test(reason)) expect(unborn, reason).toBe(true);
      if (/^School/.test(reason)) expect(schoolAge, reason).toBe(true);
    }
  });

  it('spreads dates so some assessments and reviews are overdue and some not yet due', () => {
    const assessmentOverdue = (c: DemoCase) =>
      c.status === 'assessment' && ofKind(c.records, 'episode')[0]!.data.enquiryDate < '2026-10-26';
    expect(caseload.filter(assessmentOverdue).length).toBeGreaterThan(2);
    const nextReviewDates = caseload
      .filter((c) => c.status === 'review')
      .map((c) => ofKind(c.records, 'review').at(-1)?.data.nextReviewDate)
      .filter((date): date is string => date !== undefined);
    expect(nextReviewDates.filter((date) => date < TODAY).length).toBeGreaterThan(2);
    expect(nextReviewDates.filter((date) => date >= TODAY).length).toBeGreaterThan(10);
    for (const record of allRecords) expect(record.meta.createdAt.slice(0, 10) <= TODAY).toBe(true);
  });

  it('has families waiting for a first TAC meeting: not booked, booked, and past its date but not written up', () => {
    const dashboard = dashboardOf(allRecords);
    const reasons = dashboard.meetingsWaiting.map((waiting) => waiting.reason);
    expect(reasons.filter((reason) => reason === 'notBooked').length).toBeGreaterThan(2);
    expect(reasons.filter((reason) => reason === 'notRecorded').length).toBeGreaterThan(2);
    const bookedAhead = ofKind(allRecords, 'tacMeeting').filter(
      (meeting) => meeting.data.status === 'planned' && meeting.data.date > TODAY,
    );
    expect(bookedAhead.length).toBeGreaterThan(2);
    // A case waiting for its first meeting is still at the assessment stage, with its assessment complete.
    for (const waiting of dashboard.meetingsWaiting) {
      const demoCase = caseload.find((c) => c.caseId === waiting.caseId)!;
      expect(demoCase.status).toBe('assessment');
      expect(ofKind(demoCase.records, 'assessment').every((a) => a.data.completedAt)).toBe(true);
    }
  });

  it('puts something on every list of "My caseload" even with 12 cases', () => {
    for (const seed of [2026, 'sync-server-demo', 7]) {
      const small = generateDemoCaseload({ ...options, seed, cases: 12 }).flatMap((c) => c.records);
      const dashboard = dashboardOf(small);
      const reasons = new Set(dashboard.meetingsWaiting.map((waiting) => waiting.reason));
      expect(
        {
          assessmentsOverdue: dashboard.assessmentsOverdue.length > 0,
          assessmentsDue: dashboard.assessmentsDue.length > 0,
          meetingsNotBooked: reasons.has('notBooked'),
          meetingsNotRecorded: reasons.has('notRecorded'),
          drifting: dashboard.drifting.length > 0,
        },
        String(seed),
      ).toEqual({
        assessmentsOverdue: true,
        assessmentsDue: true,
        meetingsNotBooked: true,
        meetingsNotRecorded: true,
        drifting: true,
      });
    }
  });

  it('scores needs at baseline and at each held review', () => {
    const withReviews = caseload.find(
      (c) => ofKind(c.records, 'review').length >= 2 && ofKind(c.records, 'need').length > 0,
    );
    expect(withReviews).toBeDefined();
    const scores = ofKind(withReviews!.records, 'pciScore');
    expect(scores.some((score) => score.data.baseline)).toBe(true);
    expect(scores.some((score) => score.data.reviewId)).toBe(true);
  });

  it('sends actions to an agency of the right type when given typed agencies', () => {
    const typed = [
      { id: 'agency-health', type: 'health' },
      { id: 'agency-school', type: 'school' },
    ];
    const cases = generateDemoCaseload({ ...options, cases: 40, agencyIds: typed });
    const owners = new Set(
      ofKind(
        cases.flatMap((c) => c.records),
        'action',
      ).map((a) => a.data.ownerAgencyId),
    );
    owners.delete(undefined);
    expect([...owners].sort()).toEqual(['agency-health', 'agency-school']);
    const bookSchool = ofKind(
      cases.flatMap((c) => c.records),
      'action',
    ).find((a) => a.data.what === 'Attendance plan with weekly check-in' && a.data.ownerAgencyId);
    expect(bookSchool?.data.ownerAgencyId).toBe('agency-school');
  });

  it('puts colleagues from partner agencies on each Team Around the Child, and at its first meeting', () => {
    const [login, ...rest] = directory.practitionerIds as [string, ...string[]];
    const colleagues = directoryColleagues(directory).filter((colleague) => colleague.id !== login);
    expect(colleagues).toHaveLength(rest.length);
    const cases = generateDemoCaseload({ ...options, cases: 40, practitionerIds: [login], colleagues });
    const names = new Map(colleagues.map((colleague) => [colleague.id, colleague.name]));
    const withMeeting = cases.filter((c) => ofKind(c.records, 'tacMeeting').some((m) => m.data.status === 'held'));
    expect(withMeeting.length).toBeGreaterThan(20);
    for (const demoCase of withMeeting) {
      const episode = ofKind(demoCase.records, 'episode')[0]!;
      const team = episode.data.tacMemberIds ?? [];
      expect(team.length, demoCase.caseId).toBeGreaterThan(0);
      const firstMeeting = ofKind(demoCase.records, 'tacMeeting').find((m) => m.data.status === 'held')!;
      const attending = ofKind(demoCase.records, 'meetingAttendance').filter(
        (row) => row.data.meetingId === firstMeeting.meta.id,
      );
      const started = ofKind(demoCase.records, 'roleAssignment').filter((row) => row.data.role === 'tacMember');
      for (const memberId of team) {
        expect(names.has(memberId)).toBe(true);
        expect(attending.find((row) => row.data.practitionerId === memberId)?.data.personName).toBe(
          names.get(memberId),
        );
        expect(started.some((row) => row.data.practitionerId === memberId && row.data.change === 'assigned')).toBe(
          true,
        );
      }
      // The role history says who decided each change, as the team screen's own changes do.
      for (const row of ofKind(demoCase.records, 'roleAssignment'))
        expect([login, ...names.keys()]).toContain(row.data.decidedBy);
    }
    // With one login and no colleagues, nobody else can be on a team.
    const alone = generateDemoCaseload({ ...options, cases: 40, practitionerIds: [login] });
    for (const episode of ofKind(
      alone.flatMap((c) => c.records),
      'episode',
    ))
      expect(episode.data.tacMemberIds ?? []).toEqual([]);
  });

  it('refers to agencies the store already holds instead of making a second of the same kind', () => {
    const existing = { health: 'existing-health-agency', school: 'existing-school-agency' };
    const withExisting = generateDemoDirectory({ seed: 'directory', today: TODAY, existingAgencyIds: existing });
    const agencies = ofKind(withExisting.records, 'agency');
    expect(agencies.map((agency) => agency.data.type)).not.toContain('health');
    expect(agencies.map((agency) => agency.data.type)).not.toContain('school');
    expect(agencies).toHaveLength(ofKind(directory.records, 'agency').length - 2);
    expect(withExisting.agencyIdsByKey).toMatchObject(existing);
    const known = new Set([...agencies.map((agency) => agency.meta.id), ...Object.values(existing)]);
    for (const practitioner of ofKind(withExisting.records, 'practitioner'))
      expect(known.has(practitioner.data.agencyId)).toBe(true);
  });

  it('yields an exact number of records quickly for benchmarks', () => {
    const started = performance.now();
    const records = generateDemoRecords({ ...options, count: 50_000 });
    const elapsed = performance.now() - started;
    expect(records).toHaveLength(50_000);
    expect(records[0]?.kind).toBe('episode');
    expect(new Set(records.map((record) => record.meta.id)).size).toBe(50_000);
    expect(elapsed).toBeLessThan(5_000);
    expect(generateDemoRecords({ ...options, count: 10_000 })).toEqual(records.slice(0, 10_000));
  });
});

import { DEFAULT_LEVEL_MODEL_ID } from '../config/levelsOfNeed';
import { DEFAULT_PARTNER_AGENCIES } from '../config/partnerAgencies';
import { DEFAULT_PCI_SCALE } from '../config/pciScale';
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from '../config/timescaleDefaults';
import type { EpisodeStatus } from '../records/episode';
import type { RecordData } from '../records/registry';
import { addDays, addMonths, daysBetween, minDate } from './calendarDates';
import { DEMO_DEVICE_ID, DemoRecordWriter, type DemoRecord } from './demoRecord';
import {
  CHILD_VIEWS,
  CLOSING_SUMMARIES,
  ENQUIRY_REASONS,
  NEED_TEMPLATES,
  PARENT_VIEWS,
  type NeedTemplate,
} from './demoPhrases';
import {
  ADULT_FIRST_NAMES,
  CHILD_FIRST_NAMES,
  FAMILY_SURNAMES,
  PROFESSIONAL_SURNAMES,
  HOME_LANGUAGES,
  NURSERY_NAMES,
  SCHOOL_NAMES,
  STREET_NAMES,
  SURGERY_NAMES,
  TOWN_NAMES,
  demoPhone,
  demoPostcode,
} from './fictionalNames';
import { createSeededRandom, type SeededRandom } from './seededRandom';

export interface DemoCaseloadOptions {
  seed: number | string;
  cases: number;
  /** UUIDv7 ids of practitioners; assessors are assigned to them in turn. */
  practitionerIds: readonly string[];
  /**
   * Agency records to refer to: keyed by partner agency key (config/partnerAgencies.ts); or a list
   * of `{ id, type }` (matched by agency type); or bare ids in the order of
   * DEFAULT_PARTNER_AGENCIES (as generateDemoDirectory returns them), reused in turn if fewer.
   */
  agencyIds: readonly DemoAgencyRef[] | Readonly<Record<string, string>>;
  /** The demo's "today" (YYYY-MM-DD): due and overdue items are spread around it. */
  today: string;
  deviceId?: string;
  /**
   * Directory practitioners who may sit on a Team Around the Child besides those in `practitionerIds`
   * (on the demo server, colleagues without a login). Some join each TAC and attend its first meeting;
   * without them a team can only be drawn from `practitionerIds`, and with one login it stays empty.
   */
  colleagues?: readonly DemoColleague[];
}

export interface DemoColleague {
  readonly id: string;
  readonly name: string;
  readonly agencyId: string;
}

export interface DemoCase {
  caseId: string;
  status: EpisodeStatus;
  /** Display names of the children, for "Loaded N cases" style messages; unborn babies as "Baby <surname>". */
  childNames: string[];
  records: DemoRecord[];
}

type Child = RecordData<'child'>;

interface ChildPlan {
  id: string;
  data: Child;
  /** Whole years at `today`; -1 for an unborn baby. */
  age: number;
  name: string;
}

/** Spread of statuses in a realistic caseload: most open cases are in plan or review. */
const STATUS_WEIGHTS: ReadonlyArray<[EpisodeStatus, number]> = [
  ['enquiry', 10],
  ['preAssessment', 5],
  ['assessment', 20],
  ['plan', 20],
  ['review', 35],
  ['closed', 10],
];

function pickStatus(random: SeededRandom): EpisodeStatus {
  let roll = random.int(1, 100);
  for (const [status, weight] of STATUS_WEIGHTS) {
    roll -= weight;
    if (roll <= 0) return status;
  }
  return 'review';
}

/** An agency the caseload may refer to: a bare id, or an id with its type so actions land at the right kind of agency. */
export type DemoAgencyRef = string | { id: string; type: string };

function agencyResolver(agencyIds: DemoCaseloadOptions['agencyIds']): (key: string) => string {
  if (Array.isArray(agencyIds)) {
    const list = agencyIds as readonly DemoAgencyRef[];
    if (list.length === 0) throw new Error('Give at least one agency id');
    const idOf = (ref: DemoAgencyRef) => (typeof ref === 'string' ? ref : ref.id);
    return (key) => {
      const partner = DEFAULT_PARTNER_AGENCIES.find((agency) => agency.key === key);
      const sameType = list.find((ref) => typeof ref !== 'string' && ref.type === partner?.type);
      if (sameType) return idOf(sameType);
      const index = DEFAULT_PARTNER_AGENCIES.findIndex((agency) => agency.key === key);
      return idOf(list[Math.max(0, index) % list.length] as DemoAgencyRef);
    };
  }
  const byKey = agencyIds as Readonly<Record<string, string>>;
  const fallback = Object.values(byKey)[0];
  if (!fallback) throw new Error('Give at least one agency id');
  return (key) => byKey[key] ?? fallback;
}

function ageInYears(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** When each stage of the episode happened, working back from its status. */
interface Timeline {
  enquiry: string;
  assessmentDone?: string;
  /** A TAC meeting booked but not yet held (or held and not yet written up, when its date has passed). */
  bookedMeeting?: string;
  meeting?: string;
  closed?: string;
}

type AssessmentSituation = 'overdue' | 'dueSoon' | MeetingWait;
type MeetingWait = 'notBooked' | 'booked' | 'notWrittenUp';

/**
 * Situations a caseload shows in its first cases of a stage, however few cases it has, so even the
 * 12-case demo has something on each list of "My caseload"; each is used once, then chance decides.
 */
interface Showcase {
  /** Stages of the first cases. Assessors take cases in turn, so with two practitioners each gets some. */
  statuses: EpisodeStatus[];
  assessments: AssessmentSituation[];
  drifting: number;
}

const newShowcase = (): Showcase => ({
  statuses: ['assessment', 'assessment', 'review', 'plan', 'assessment', 'assessment', 'review'],
  assessments: ['overdue', 'notBooked', 'notWrittenUp', 'dueSoon'],
  drifting: 1,
});

/** When the assessment started, finished and what its family waits for, by situation. */
function assessmentTimeline(random: SeededRandom, today: string, situation: AssessmentSituation | undefined): Timeline {
  if (situation === 'overdue') return { enquiry: addDays(today, -random.int(30, 75)) };
  if (situation === 'dueSoon') return { enquiry: addDays(today, -random.int(16, 26)) };
  if (situation === undefined) {
    // Most still assessing, some past the 4-week target, as in the Calderdale audit.
    const enquiry = addDays(today, -random.int(7, 75));
    if (daysBetween(enquiry, today) < 18 || !random.chance(0.4)) return { enquiry };
    return assessmentTimeline(random, today, random.pick(['notBooked', 'booked', 'notWrittenUp'] as const));
  }
  // Finished, the family waiting for its first TAC meeting (Calderdale: school holidays held up 10 of
  // 17): not booked yet, booked and not held yet, or its date passed and it is not written up.
  const enquiry = addDays(today, -random.int(25, 75));
  const assessmentDone = minDate(addDays(enquiry, random.int(14, 30)), addDays(today, -3));
  if (situation === 'notBooked') return { enquiry, assessmentDone };
  const bookedMeeting =
    situation === 'booked'
      ? addDays(today, random.int(3, 30))
      : minDate(addDays(assessmentDone, random.int(5, 20)), addDays(today, -1));
  return { enquiry, assessmentDone, bookedMeeting };
}

function planTimeline(random: SeededRandom, status: EpisodeStatus, today: string, showcase: Showcase): Timeline {
  switch (status) {
    case 'enquiry':
      return { enquiry: addDays(today, -random.int(0, 50)) };
    case 'preAssessment':
      return { enquiry: addDays(today, -random.int(3, 40)) };
    case 'assessment':
      return assessmentTimeline(random, today, showcase.assessments.shift());
    case 'plan': {
      const enquiry = addDays(today, -random.int(45, 130));
      const assessmentDone = minDate(addDays(enquiry, random.int(14, 45)), addDays(today, -14));
      const meeting = minDate(addDays(assessmentDone, random.int(7, 21)), addDays(today, -1));
      return { enquiry, assessmentDone, meeting };
    }
    default: {
      // Some open longer than 12 months: the drift Barnet warns about.
      const showcased = status === 'review' && showcase.drifting > 0;
      if (showcased) showcase.drifting -= 1;
      const drifting = random.chance(0.15) || showcased;
      const enquiry = addDays(today, -(drifting ? random.int(380, 560) : random.int(130, 360)));
      const assessmentDone = addDays(enquiry, random.int(14, 45));
      const meeting = addDays(assessmentDone, random.int(7, 21));
      return { enquiry, assessmentDone, meeting };
    }
  }
}

/** A reason a practitioner would give for these children: no school's concern about an unborn baby. */
function enquiryReasonFor(random: SeededRandom, children: readonly Pick<ChildPlan, 'age'>[]): string {
  const fitting = ENQUIRY_REASONS.filter((reason) => children.some((child) => reason.fits(child.age)));
  return random.pick(fitting.length > 0 ? fitting : ENQUIRY_REASONS).text;
}

/** A year or more after the last sibling and no later than `latest`; a twin when no year is left. */
function nextSiblingBirth(previous: string, monthsLater: number, latest: string): string {
  const planned = addMonths(previous, monthsLater);
  if (planned <= latest) return planned;
  return daysBetween(previous, latest) >= 365 ? latest : previous;
}

function childrenFor(random: SeededRandom, surname: string, status: EpisodeStatus, timeline: Timeline, today: string) {
  const count = random.chance(0.7) ? 1 : random.chance(0.66) ? 2 : 3;
  // An unborn baby only on a recent episode, so the baby is still unborn "today".
  const recent = daysBetween(timeline.enquiry, today) <= 120 && status !== 'closed';
  const unbornIndex = recent && random.chance(0.25) ? count - 1 : -1;
  const firstNames = random.sample(CHILD_FIRST_NAMES, count);
  const children: Array<Omit<ChildPlan, 'id'>> = [];
  // Siblings are born at least a year apart, youngest last, all before the enquiry (or twins at the limit).
  const latestBirth = addDays(timeline.enquiry, -30);
  let previousBirth = addDays(latestBirth, -(random.int(count > 1 ? 4 : 0, 16) * 365 + random.int(1, 360)));
  for (let i = 0; i < count; i++) {
    if (i === unbornIndex) {
      children.push({
        age: -1,
        name: `Baby ${surname}`,
        data: {
          lastName: surname,
          unborn: true,
          expectedDateOfDelivery: addDays(today, random.int(7, 140)),
        },
      });
      continue;
    }
    const dateOfBirth = i === 0 ? previousBirth : nextSiblingBirth(previousBirth, random.int(12, 48), latestBirth);
    previousBirth = dateOfBirth;
    const firstName = firstNames[i] as string;
    children.push({
      age: ageInYears(dateOfBirth, today),
      name: `${firstName} ${surname}`,
      data: {
        firstName,
        lastName: surname,
        unborn: false,
        dateOfBirth,
        gender: random.pick(['female', 'male', 'female', 'male', 'notKnown'] as const),
        firstLanguage: 'English',
      },
    });
  }
  return children;
}

function needTemplatesFor(random: SeededRandom, age: number, count: number): NeedTemplate[] {
  const fitting = NEED_TEMPLATES.filter((template) => age >= template.ages[0] && age <= template.ages[1]);
  return random.sample(fitting, count);
}

const MEETING_TIMES = ['09:30', '10:00', '13:30', '15:45'] as const;
const MEETING_PLACES = ['Children’s centre', 'School meeting room', 'Family home'] as const;

function professionalName(random: SeededRandom): string {
  return `${random.pick(ADULT_FIRST_NAMES)} ${random.pick(PROFESSIONAL_SURNAMES)}`;
}

function generateCase(random: SeededRandom, options: DemoCaseloadOptions, index: number, showcase: Showcase): DemoCase {
  const { today, practitionerIds } = options;
  const agencyId = agencyResolver(options.agencyIds);
  const deviceId = options.deviceId ?? DEMO_DEVICE_ID;
  // Drawn even when the showcase sets the stage, so every later case gets the same draws either way.
  const picked = pickStatus(random);
  const status = showcase.statuses.shift() ?? picked;
  const timeline = planTimeline(random, status, today, showcase);
  const assessorId = practitionerIds[index % practitionerIds.length] as string;
  const others = practitionerIds.filter((id) => id !== assessorId);

  // The episode's id is the case id every record of the case carries, so it is made first.
  const episodeKey = new DemoRecordWriter(random, '', deviceId).idOn(timeline.enquiry);
  const writer = new DemoRecordWriter(random, episodeKey.id, deviceId);
  const caseId = episodeKey.id;

  const surname = random.pick(FAMILY_SURNAMES);
  const town = random.pick(TOWN_NAMES);
  const address = `${random.int(1, 120)} ${random.pick(STREET_NAMES)}, ${town}`;
  const postcode = demoPostcode(
    random.int(0, 9),
    `${random.pick(['A', 'B', 'D', 'E', 'F'])}${random.pick(['G', 'H', 'J', 'L', 'N'])}`,
  );
  const householdId = writer.add(
    'household',
    { address, postcode, phone: demoPhone(random.int(0, 999)), homeLanguage: random.pick(HOME_LANGUAGES) },
    { on: timeline.enquiry, by: assessorId },
  );

  const children: ChildPlan[] = childrenFor(random, surname, status, timeline, today).map((child) => {
    const data: Child = { ...child.data, address, postcode, householdId };
    return { ...child, data, id: writer.add('child', data, { on: timeline.enquiry, by: assessorId }) };
  });

  const parentName = `${random.pick(ADULT_FIRST_NAMES)} ${surname}`;
  const parentId = writer.add(
    'familyMember',
    {
      householdId,
      name: parentName,
      relationship: random.pick(['Mother', 'Father']),
      parentalResponsibility: 'yes',
      livesWithChild: true,
      phone: demoPhone(random.int(0, 999)),
    },
    { on: timeline.enquiry, by: assessorId },
  );
  if (random.chance(0.5))
    writer.add(
      'familyMember',
      {
        householdId,
        name: `${random.pick(ADULT_FIRST_NAMES)} ${random.chance(0.5) ? surname : random.pick(FAMILY_SURNAMES)}`,
        relationship: random.pick(['Father', 'Step-parent', 'Partner', 'Grandparent']),
        parentalResponsibility: random.pick(['yes', 'no', 'dontKnow'] as const),
        livesWithChild: random.chance(0.6),
      },
      { on: timeline.enquiry, by: assessorId },
    );

  writer.add(
    'consentEvent',
    {
      stage: 'verbalEnquiries',
      signerName: parentName,
      capacity: 'parentWithPR',
      familyMemberId: parentId,
      childIds: children.map((child) => child.id),
      practitionerId: assessorId,
      deviceId,
      signedAt: `${timeline.enquiry}T10:00:00.000Z`,
    },
    { on: timeline.enquiry, by: assessorId },
  );

  const levelDate = minDate(addDays(timeline.enquiry, random.int(0, 10)), today);
  const levelId = random.pick(['2', '2', '2', '3a', '3a']);
  writer.add(
    'levelOfNeed',
    {
      modelId: DEFAULT_LEVEL_MODEL_ID,
      levelId,
      date: levelDate,
      reason:
        levelId === '2' ? 'Additional needs that a CAF can coordinate' : 'More complex needs across several agencies',
      decidedBy: assessorId,
    },
    { on: levelDate, by: assessorId },
  );

  const afterEnquiry = status !== 'enquiry';
  if (afterEnquiry && (status === 'preAssessment' || random.chance(0.5))) {
    const draft = status === 'preAssessment';
    const on = minDate(addDays(timeline.enquiry, random.int(1, 7)), today);
    writer.add(
      'preAssessment',
      {
        needsInMoreThanOneArea: true,
        needsBeyondOneAgency: !draft || random.chance(0.5),
        parentingUnderStrain: random.chance(0.5),
        familyCircumstancesConcern: random.chance(0.4),
        familyWantsSupport: true,
        ...(draft
          ? {}
          : { outcome: 'cafRecommended' as const, completedAt: `${on}T15:00:00.000Z`, completedBy: assessorId }),
      },
      { on, by: assessorId },
    );
  }

  const leadId = random.chance(0.7) || others.length === 0 ? assessorId : random.pick(others);
  // A TAC brings in the other practitioners working with the family: every other practitioner given
  // (the demo's other login, so both see the case) and one or two colleagues from partner agencies.
  const colleagues = (options.colleagues ?? []).filter((colleague) => !practitionerIds.includes(colleague.id));
  const joining = random.sample(colleagues, random.int(Math.min(1, colleagues.length), Math.min(2, colleagues.length)));
  const tacMemberIds = [...others.filter((id) => id !== leadId), ...joining.map((colleague) => colleague.id)];
  const episodeRecordDate = timeline.enquiry;
  const episode: RecordData<'episode'> = {
    status,
    childIds: children.map((child) => child.id),
    householdId,
    enquiryDate: timeline.enquiry,
    concernRaisedByAgencyId: agencyId(random.pick(['health', 'school', 'earlyYears', 'childrensCentre'])),
    reasonForEnquiry: enquiryReasonFor(random, children),
    assessorId,
    tacMemberIds: [],
    levelModelId: DEFAULT_LEVEL_MODEL_ID,
    reviewIntervalMonths: DEFAULT_REVIEW_INTERVAL_MONTHS,
  };

  let lastActivity = levelDate;
  const needsByChild = new Map<string, Array<{ id: string; template: NeedTemplate }>>();

  if (status !== 'enquiry' && status !== 'preAssessment') {
    const completed = timeline.assessmentDone !== undefined;
    const assessedOn = timeline.assessmentDone ?? minDate(addDays(timeline.enquiry, random.int(5, 20)), today);
    let firstAssessmentId: string | undefined;
    children.forEach((child, childIndex) => {
      const templates = needTemplatesFor(random, child.age, childIndex === 0 ? random.int(2, 3) : random.int(1, 2));
      const fields: Record<string, unknown> = {
        childId: child.id,
        assessorId,
        assessmentDate: assessedOn,
        parentViews: random.pick(PARENT_VIEWS),
      };
      for (const template of templates) {
        fields[`${template.category}Strengths`] = template.strengths;
        fields[`${template.category}Needs`] = template.description;
      }
      if (child.age < 4) {
        for (const element of ['learningParticipation', 'learningProgress', 'learningAspirations'])
          fields[`${element}NotApplicable`] = true;
        fields['childViewsNotObtainedReason'] =
          child.age < 0 ? 'Unborn baby' : 'Too young to give views; observed at home with a parent';
      } else {
        fields['childViews'] = random.pick(CHILD_VIEWS);
      }
      if (child.age >= 4) fields['universalSchool'] = { organisation: random.pick(SCHOOL_NAMES) };
      else if (child.age >= 2) fields['universalSchool'] = { organisation: random.pick(NURSERY_NAMES) };
      fields['universalGp'] = { organisation: random.pick(SURGERY_NAMES) };
      const agencyKeys = [
        ...new Set(['health', ...templates.flatMap((template) => template.actions.map((a) => a.agencyKey))]),
      ];
      fields['agencies'] = agencyKeys.map((key) => ({
        agencyId: agencyId(key),
        contacted: true,
        contributed: random.chance(0.7),
        consentedToShare: true,
        invitedToTac: random.chance(0.8),
      }));
      if (firstAssessmentId) fields['familySectionFromAssessmentId'] = firstAssessmentId;
      if (completed) {
        fields['conclusionsStrengthsResources'] = templates.map((template) => template.strengths).join('. ');
        fields['conclusionsNeedsShortTerm'] = templates[0]?.description;
        fields['desiredOutcomes'] = 'The family feel more confident and the worries they named score lower at review.';
        fields['completedAt'] = `${assessedOn}T16:00:00.000Z`;
        fields['completedBy'] = assessorId;
      }
      const assessmentId = writer.add('assessment', fields as RecordData<'assessment'>, {
        on: assessedOn,
        by: assessorId,
      });
      firstAssessmentId ??= assessmentId;
      if (completed) {
        const needs = templates.map((template) => ({
          template,
          id: writer.add(
            'need',
            {
              childId: child.id,
              description: template.description,
              category: template.category,
              timescale: random.pick(['short', 'medium', 'long'] as const),
              outcomeTag: template.outcome,
              identifiedDate: assessedOn,
              status: 'open',
            },
            { on: assessedOn, by: assessorId },
          ),
        }));
        needsByChild.set(child.id, needs);
      }
    });
    lastActivity = assessedOn;
  }

  // Baseline and review scores: the parent always, the child from age 8.
  const lastScore = new Map<string, number>();
  const score = (needId: string, rater: 'parent' | 'child', date: string, reviewId?: string) => {
    const key = `${needId}:${rater}`;
    const previous = lastScore.get(key);
    const value = previous === undefined ? random.int(3, 5) : Math.min(5, Math.max(1, previous - random.int(-1, 2)));
    lastScore.set(key, value);
    writer.add(
      'pciScore',
      {
        needId,
        rater,
        value,
        scaleId: DEFAULT_PCI_SCALE.id,
        direction: DEFAULT_PCI_SCALE.direction,
        date,
        ...(reviewId ? { reviewId } : { baseline: true }),
      },
      { on: date, by: assessorId },
    );
  };
  const scoreAll = (date: string, reviewId?: string) => {
    for (const child of children)
      for (const need of needsByChild.get(child.id) ?? []) {
        score(need.id, 'parent', date, reviewId);
        if (child.age >= 8) score(need.id, 'child', date, reviewId);
      }
  };
  if (timeline.assessmentDone) scoreAll(timeline.assessmentDone);
  if (timeline.bookedMeeting && timeline.assessmentDone)
    writer.add(
      'tacMeeting',
      {
        date: timeline.bookedMeeting,
        time: random.pick(MEETING_TIMES),
        location: random.pick(MEETING_PLACES),
        chairId: assessorId,
        status: 'planned',
      },
      { on: timeline.assessmentDone, by: assessorId },
    );

  const actionIds: string[] = [];
  let currentLead = leadId;
  if (timeline.meeting) {
    const meeting = timeline.meeting;
    const meetingId = writer.add(
      'tacMeeting',
      {
        date: meeting,
        time: random.pick(MEETING_TIMES),
        location: random.pick(MEETING_PLACES),
        chairId: leadId,
        minutes: 'Introductions; the family’s worries in their words; the plan agreed below; next review booked.',
        status: 'held',
      },
      { on: meeting, by: leadId },
    );
    writer.add(
      'meetingAttendance',
      {
        meetingId,
        personName: parentName,
        attendeeType: 'familyMember',
        familyMemberId: parentId,
        attendance: 'present',
      },
      { on: meeting, by: leadId },
    );
    for (const colleague of joining)
      writer.add(
        'meetingAttendance',
        {
          meetingId,
          personName: colleague.name,
          attendeeType: 'professional',
          practitionerId: colleague.id,
          agencyId: colleague.agencyId,
          attendance: 'present',
        },
        { on: meeting, by: leadId },
      );
    for (const key of random.sample(['school', 'health', 'housing', 'voluntary', 'childrensCentre'], random.int(2, 4)))
      writer.add(
        'meetingAttendance',
        {
          meetingId,
          personName: professionalName(random),
          attendeeType: 'professional',
          agencyId: agencyId(key),
          attendance: random.chance(0.8) ? 'present' : 'apologies',
        },
        { on: meeting, by: leadId },
      );
    writer.add(
      'roleAssignment',
      {
        role: 'leadProfessional',
        practitionerId: leadId,
        change: 'assigned',
        fromDate: meeting,
        reason: 'Agreed at the first TAC meeting',
        decidedBy: leadId,
      },
      { on: meeting, by: leadId },
    );
    for (const memberId of tacMemberIds)
      writer.add(
        'roleAssignment',
        {
          role: 'tacMember',
          practitionerId: memberId,
          change: 'assigned',
          fromDate: meeting,
          reason: 'Joined at the first TAC meeting',
          decidedBy: leadId,
        },
        { on: meeting, by: leadId },
      );

    for (const needs of needsByChild.values())
      for (const need of needs)
        for (const planned of need.template.actions) {
          const dueDate = addDays(meeting, random.int(14, 120));
          const past = dueDate < today;
          // A few actions lack an owner or a date, so the plan has something to flag.
          const incomplete = random.chance(0.08);
          const status = past
            ? random.pick(['achieved', 'achieved', 'achieved', 'notAchieved', 'inProgress', 'notStarted'] as const)
            : random.pick(['notStarted', 'inProgress'] as const);
          actionIds.push(
            writer.add(
              'action',
              {
                needId: need.id,
                what: planned.what,
                ...(incomplete
                  ? {}
                  : { ownerName: professionalName(random), ownerAgencyId: agencyId(planned.agencyKey), dueDate }),
                status,
                meetingId,
              },
              { on: meeting, by: leadId },
            ),
          );
        }
    lastActivity = meeting;

    let nextReview = addMonths(meeting, DEFAULT_REVIEW_INTERVAL_MONTHS);
    if (status === 'plan') {
      if (random.chance(0.5))
        writer.add('review', { date: nextReview, status: 'planned', chairId: leadId }, { on: meeting, by: leadId });
    } else {
      const closeBy = status === 'closed' ? addDays(today, -random.int(5, 60)) : today;
      // Reviews roughly every three months; a missed one leaves the case overdue.
      while (nextReview <= closeBy) {
        const date = addDays(nextReview, random.int(-10, 14));
        if (date > closeBy || (status === 'review' && random.chance(0.12))) break;
        const changeLead = others.length > 0 && random.chance(0.1);
        const newLead = changeLead ? random.pick(others.filter((id) => id !== currentLead).concat(others)) : undefined;
        const progress = random.sample(actionIds, Math.min(3, actionIds.length));
        const reviewId = writer.add(
          'review',
          {
            date,
            status: 'held',
            chairId: currentLead,
            actionProgress: progress.map((actionId) => ({
              actionId,
              summary: 'Discussed; family report it is helping.',
            })),
            ...(random.chance(0.2) ? { newConcerns: 'Family mentioned new worries about money.' } : {}),
            nextReviewDate: addMonths(date, DEFAULT_REVIEW_INTERVAL_MONTHS),
            ...(newLead && newLead !== currentLead
              ? {
                  newLeadProfessionalId: newLead,
                  leadProfessionalChangeReason: 'Most of the remaining actions sit with this agency',
                }
              : {}),
          },
          { on: date, by: currentLead },
        );
        if (newLead && newLead !== currentLead) {
          writer.add(
            'roleAssignment',
            {
              role: 'leadProfessional',
              practitionerId: currentLead,
              change: 'removed',
              fromDate: date,
              reason: 'Handed over at review',
              decidedBy: currentLead,
            },
            { on: date, by: currentLead },
          );
          writer.add(
            'roleAssignment',
            {
              role: 'leadProfessional',
              practitionerId: newLead,
              change: 'assigned',
              fromDate: date,
              reason: 'Agreed at review',
              decidedBy: currentLead,
            },
            { on: date, by: currentLead },
          );
          currentLead = newLead;
        }
        scoreAll(date, reviewId);
        lastActivity = date;
        nextReview = addMonths(date, DEFAULT_REVIEW_INTERVAL_MONTHS);
      }
    }
  }

  if (status === 'closed') {
    const closedDate = minDate(addDays(lastActivity, random.int(1, 20)), today);
    const reason = random.pick([
      'outcomesAchieved',
      'outcomesAchieved',
      'outcomesAchieved',
      'movedAway',
      'steppedUp',
    ] as const);
    writer.add(
      'closure',
      {
        reason,
        summary: CLOSING_SUMMARIES[reason === 'outcomesAchieved' ? 0 : reason === 'movedAway' ? 1 : 2],
        ...(reason === 'steppedUp' ? { steppedUpTo: 'childrensSocialCare' as const } : {}),
        closedDate,
        closedBy: currentLead,
      },
      { on: closedDate, by: currentLead },
    );
    episode.closedDate = closedDate;
    lastActivity = closedDate;
  }

  if (timeline.meeting) {
    episode.leadProfessionalId = currentLead;
    episode.tacMemberIds = tacMemberIds;
  }
  writer.add('episode', episode, { on: episodeRecordDate, by: assessorId, id: episodeKey, updatedOn: lastActivity });
  // The episode goes first: a list cut short for a benchmark still holds whole-looking cases.
  const records = [writer.records[writer.records.length - 1] as DemoRecord, ...writer.records.slice(0, -1)];

  return { caseId, status, childNames: children.map((child) => child.name), records };
}

function checkOptions(options: Pick<DemoCaseloadOptions, 'practitionerIds' | 'today'>): void {
  if (options.practitionerIds.length === 0) throw new Error('Give at least one practitioner id');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error('today must be a YYYY-MM-DD date');
}

/**
 * A deterministic synthetic caseload: the same options always give the same records. Families
 * are obviously fictional; dates are spread around `today` so some assessments and reviews are
 * due, some overdue and some episodes drifting past 12 months.
 */
export function generateDemoCaseload(options: DemoCaseloadOptions): DemoCase[] {
  checkOptions(options);
  const random = createSeededRandom(options.seed);
  const showcase = newShowcase();
  return Array.from({ length: options.cases }, (_, index) => generateCase(random, options, index, showcase));
}

/**
 * A flat list of exactly `count` demo records (whole cases, the last one cut short), for
 * 10,000 / 50,000-record benchmarks. It skips schema validation to stay fast.
 */
export function generateDemoRecords(options: Omit<DemoCaseloadOptions, 'cases'> & { count: number }): DemoRecord[] {
  checkOptions(options);
  const random = createSeededRandom(options.seed);
  const records: DemoRecord[] = [];
  const showcase = newShowcase();
  for (let index = 0; records.length < options.count; index++)
    for (const record of generateCase(random, { ...options, cases: 0 }, index, showcase).records) {
      if (records.length >= options.count) break;
      records.push(record);
    }
  return records;
}

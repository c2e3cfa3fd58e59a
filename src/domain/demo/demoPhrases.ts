import type { SupportingFamiliesOutcomeId } from '../config/supportingFamiliesOutcomes';
import type { AssessmentElementId } from '../records/assessmentElements';

/**
 * Plausible, invented case text for demo records, grouped by assessment element so needs, the
 * strengths and needs written in the assessment, and actions all agree with each other.
 */
export interface NeedTemplate {
  category: AssessmentElementId;
  description: string;
  outcome: SupportingFamiliesOutcomeId;
  strengths: string;
  actions: ReadonlyArray<{ what: string; agencyKey: string }>;
  /** Ages in years the need makes sense for; an unborn baby counts as -1. */
  ages: readonly [number, number];
}

export const NEED_TEMPLATES: readonly NeedTemplate[] = [
  {
    category: 'generalHealth',
    description: 'Parent-to-be is anxious about the birth and has not yet booked antenatal classes',
    outcome: 'goodEarlyYearsDevelopment',
    strengths: 'Attends midwife appointments and has a cot and clothes ready',
    actions: [
      { what: 'Book antenatal classes at the children’s centre', agencyKey: 'childrensCentre' },
      { what: 'Health visitor antenatal contact visit', agencyKey: 'health' },
    ],
    ages: [-1, -1],
  },
  {
    category: 'generalHealth',
    description: 'Missed two immunisation appointments',
    outcome: 'improvedHealth',
    strengths: 'Registered with a GP and growing well',
    actions: [{ what: 'Book catch-up immunisations at the surgery', agencyKey: 'health' }],
    ages: [0, 5],
  },
  {
    category: 'speechLanguageCommunication',
    description: 'Speech is unclear for age and uses few two-word phrases',
    outcome: 'goodEarlyYearsDevelopment',
    strengths: 'Understands simple instructions and enjoys books at bedtime',
    actions: [
      { what: 'Refer to speech and language therapy', agencyKey: 'health' },
      { what: 'Join the weekly Chatterbox group', agencyKey: 'childrensCentre' },
    ],
    ages: [1, 5],
  },
  {
    category: 'physicalDevelopment',
    description: 'Not yet walking independently; needs a physiotherapy assessment',
    outcome: 'goodEarlyYearsDevelopment',
    strengths: 'Pulls to stand and cruises around furniture',
    actions: [{ what: 'GP to refer for a physiotherapy assessment', agencyKey: 'health' }],
    ages: [1, 2],
  },
  {
    category: 'emotionalSocialDevelopment',
    description: 'Very anxious when separating from a parent at the school gate',
    outcome: 'improvedHealth',
    strengths: 'Warm relationship with a teaching assistant',
    actions: [
      { what: 'Morning meet-and-greet with a named adult at school', agencyKey: 'school' },
      { what: 'Six sessions of small-group worry work', agencyKey: 'camhs' },
    ],
    ages: [4, 11],
  },
  {
    category: 'behaviouralDevelopment',
    description: 'Angry outbursts at home and in class several times a week',
    outcome: 'goodEducation',
    strengths: 'Calms quickly with a familiar adult and loves football',
    actions: [
      { what: 'Parenting programme for the parents (10 weeks)', agencyKey: 'childrensCentre' },
      { what: 'Behaviour support plan shared between home and school', agencyKey: 'school' },
    ],
    ages: [3, 14],
  },
  {
    category: 'learningParticipation',
    description: 'School attendance is 84% this term and often late',
    outcome: 'goodEducation',
    strengths: 'Enjoys art and science lessons',
    actions: [
      { what: 'Attendance plan with weekly check-in', agencyKey: 'school' },
      { what: 'Breakfast club place', agencyKey: 'school' },
    ],
    ages: [5, 16],
  },
  {
    category: 'learningProgress',
    description: 'Reading is two years behind age-related expectations',
    outcome: 'goodEducation',
    strengths: 'Keen to learn and asks for help',
    actions: [{ what: 'Daily reading intervention and termly progress check', agencyKey: 'school' }],
    ages: [6, 14],
  },
  {
    category: 'identitySelfEsteem',
    description: 'Says they are “no good at anything” and avoids new activities',
    outcome: 'improvedHealth',
    strengths: 'Proud of looking after the family’s pet rabbit',
    actions: [{ what: 'Youth club mentoring sessions', agencyKey: 'voluntary' }],
    ages: [8, 17],
  },
  {
    category: 'familySocialRelationships',
    description: 'Few friends and often alone at break time',
    outcome: 'improvedFamilyRelationships',
    strengths: 'Close bond with an older cousin',
    actions: [{ what: 'Lunchtime friendship group', agencyKey: 'school' }],
    ages: [5, 14],
  },
  {
    category: 'selfCareIndependence',
    description: 'Needs help with dressing and toileting at school',
    outcome: 'goodEarlyYearsDevelopment',
    strengths: 'Eager to do things “by myself”',
    actions: [{ what: 'Toileting plan shared between home and school', agencyKey: 'health' }],
    ages: [4, 6],
  },
  {
    category: 'basicCareSafety',
    description: 'Bedtime routine breaks down most nights',
    outcome: 'improvedFamilyRelationships',
    strengths: 'Parents want to make evenings calmer and ask for ideas',
    actions: [{ what: 'Sleep clinic appointment and bedtime routine chart', agencyKey: 'health' }],
    ages: [0, 10],
  },
  {
    category: 'emotionalWarmthStability',
    description: 'Parent feels low and finds it hard to play with the children',
    outcome: 'improvedHealth',
    strengths: 'Parent recognises the low mood and wants support',
    actions: [
      { what: 'GP appointment about low mood', agencyKey: 'health' },
      { what: 'Stay-and-play sessions at the children’s centre', agencyKey: 'childrensCentre' },
    ],
    ages: [-1, 10],
  },
  {
    category: 'guidanceBoundariesStimulation',
    description: 'Few boundaries around screen time and bedtimes',
    outcome: 'improvedFamilyRelationships',
    strengths: 'Parents agree on wanting a consistent approach',
    actions: [{ what: 'Family agreement on screen time, reviewed fortnightly', agencyKey: 'voluntary' }],
    ages: [3, 16],
  },
  {
    category: 'familyHistoryFunctioning',
    description: 'Frequent arguments at home since the parents separated',
    outcome: 'improvedFamilyRelationships',
    strengths: 'Both parents stay in contact with the children',
    actions: [{ what: 'Family mediation sessions', agencyKey: 'voluntary' }],
    ages: [2, 17],
  },
  {
    category: 'housingEmploymentFinance',
    description: 'Rent arrears and a damp, overcrowded bedroom',
    outcome: 'secureHousing',
    strengths: 'Tenancy is secure and the landlord is willing to talk',
    actions: [
      { what: 'Housing officer visit about damp and arrears plan', agencyKey: 'housing' },
      { what: 'Benefits and debt advice appointment', agencyKey: 'voluntary' },
    ],
    ages: [-1, 17],
  },
  {
    category: 'housingEmploymentFinance',
    description: 'Household income does not cover food and heating',
    outcome: 'financialStability',
    strengths: 'Parent is looking for part-time work',
    actions: [{ what: 'Referral to the local food and fuel support scheme', agencyKey: 'voluntary' }],
    ages: [-1, 17],
  },
  {
    category: 'socialCommunityResources',
    description: 'Family is new to the area and does not know local groups',
    outcome: 'improvedFamilyRelationships',
    strengths: 'Parent is sociable and keen to meet other families',
    actions: [{ what: 'Introduce the family to the children’s centre timetable', agencyKey: 'childrensCentre' }],
    ages: [-1, 11],
  },
  {
    category: 'widerFamily',
    description: 'No wider family support nearby',
    outcome: 'improvedFamilyRelationships',
    strengths: 'Grandparents phone every week',
    actions: [{ what: 'Home-Start volunteer visits', agencyKey: 'voluntary' }],
    ages: [-1, 5],
  },
];

/** Why a case was opened, and the children it fits (ages in whole years now; -1: unborn). */
export const ENQUIRY_REASONS: ReadonlyArray<{ text: string; fits: (age: number) => boolean }> = [
  {
    text: 'Health visitor concerned about the family’s low mood and the baby’s sleep',
    fits: (age) => age >= 0 && age < 2,
  },
  { text: 'School concerned about falling attendance and tiredness in class', fits: (age) => age >= 5 },
  { text: 'Parent asked the nursery for help with behaviour at home', fits: (age) => age >= 2 && age < 5 },
  { text: 'Midwife concerned that the parent-to-be has little support before the birth', fits: (age) => age === -1 },
  { text: 'School nurse concerned about worries and missed appointments', fits: (age) => age >= 5 },
  { text: 'Children’s centre staff noticed the family is struggling with money and housing', fits: (age) => age < 5 },
];

export const PARENT_VIEWS = [
  'We want mornings to be less of a battle and for school to go better.',
  'I am tired all the time and want some help with the routine.',
  'We just moved here and do not know where to go for support.',
  'I want the children to feel settled and safe at home.',
] as const;

export const CHILD_VIEWS = [
  'I like drawing and my teacher. I do not like it when people shout.',
  'I want to have more friends at school.',
  'Home is OK but I get worried at night.',
  'I like football. School is boring sometimes.',
] as const;

export const CLOSING_SUMMARIES = [
  'The plan’s actions were achieved and the family’s scores show much less concern. The family know how to get help again.',
  'The family moved out of the area; the new authority’s early help team has been told with the family’s consent.',
  'Concerns increased and the case was stepped up with the family’s knowledge.',
] as const;

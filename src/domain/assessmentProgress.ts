import {
  ASSESSMENT_ELEMENTS,
  elementFieldNames,
  elementsOfDomain,
  type AssessmentDomainId,
} from './records/assessmentElements';

export type SectionProgress = 'notStarted' | 'inProgress' | 'completed';

/** The assessment as stored: plain fields, read defensively because synced data may be partial. */
export type AssessmentFields = Readonly<Record<string, unknown>>;

/** The sections of one child's assessment, in the order the task-list page shows them. */
export const ASSESSMENT_SECTIONS = [
  { id: 'services', title: 'Universal and other services', path: 'services' },
  { id: 'development', title: 'Development of the child', path: 'development' },
  { id: 'parentsAndCarers', title: 'Parents and carers', path: 'parents-and-carers' },
  { id: 'familyAndEnvironment', title: 'Family and environmental factors', path: 'family-and-environment' },
  { id: 'views', title: 'Views of the child and family', path: 'views' },
  { id: 'agencies', title: 'Agencies involved', path: 'agencies' },
  { id: 'conclusions', title: 'Conclusions and desired outcomes', path: 'conclusions' },
] as const;
export type AssessmentSectionId = (typeof ASSESSMENT_SECTIONS)[number]['id'];

/** The URL segment of each assessment domain's page. */
export const DOMAIN_PATHS: Record<AssessmentDomainId, string> = {
  development: 'development',
  parentsAndCarers: 'parents-and-carers',
  familyAndEnvironment: 'family-and-environment',
};

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

function hasServiceContact(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasText);
}

/** An element is answered when it has strengths, needs, or is marked not applicable. */
export function elementAnswered(assessment: AssessmentFields, elementId: (typeof ASSESSMENT_ELEMENTS)[number]['id']) {
  const names = elementFieldNames(elementId);
  return (
    hasText(assessment[names.strengths]) || hasText(assessment[names.needs]) || assessment[names.notApplicable] === true
  );
}

function progressOf(answered: number, total: number): SectionProgress {
  if (answered === 0) return 'notStarted';
  return answered === total ? 'completed' : 'inProgress';
}

export function domainProgress(assessment: AssessmentFields, domain: AssessmentDomainId): SectionProgress {
  const elements = elementsOfDomain(domain);
  return progressOf(elements.filter((element) => elementAnswered(assessment, element.id)).length, elements.length);
}

/** Elements of a domain with nothing recorded: the "boxes left blank" of the seed 002 audit sheet. */
export function blankElements(assessment: AssessmentFields, domain?: AssessmentDomainId) {
  return ASSESSMENT_ELEMENTS.filter(
    (element) => (!domain || element.domain === domain) && !elementAnswered(assessment, element.id),
  );
}

/**
 * Universal services are complete once school (or nursery), GP and health visitor or school nurse
 * are each recorded; an unborn baby or pre-school child may have no school, so two of three count
 * as in progress rather than done.
 */
function servicesProgress(assessment: AssessmentFields): SectionProgress {
  const universal = ['universalSchool', 'universalGp', 'universalHealthVisitorOrSchoolNurse'];
  const recorded = universal.filter((field) => hasServiceContact(assessment[field])).length;
  const others = Array.isArray(assessment['otherServices']) && assessment['otherServices'].length > 0;
  if (recorded === 0 && !others) return 'notStarted';
  return recorded === universal.length ? 'completed' : 'inProgress';
}

/** The child's views count as done when recorded or when the reason they could not be is. */
export function childViewsRecorded(assessment: AssessmentFields): boolean {
  return hasText(assessment['childViews']) || hasText(assessment['childViewsNotObtainedReason']);
}

function viewsProgress(assessment: AssessmentFields): SectionProgress {
  const child = childViewsRecorded(assessment);
  const parent = hasText(assessment['parentViews']);
  return progressOf(Number(child) + Number(parent), 2);
}

interface AgencyRowFields {
  contacted?: unknown;
  contributed?: unknown;
  consentedToShare?: unknown;
  invitedToTac?: unknown;
}

export function agencyRows(assessment: AssessmentFields): AgencyRowFields[] {
  const rows = assessment['agencies'];
  return Array.isArray(rows) ? (rows as AgencyRowFields[]) : [];
}

/** The grid is done when at least one agency is listed and each listed agency has been contacted. */
function agenciesProgress(assessment: AssessmentFields): SectionProgress {
  const rows = agencyRows(assessment);
  if (rows.length === 0) return 'notStarted';
  return rows.every((row) => row.contacted === true) ? 'completed' : 'inProgress';
}

export const CONCLUSION_FIELDS = [
  'conclusionsStrengthsResources',
  'conclusionsNeedsShortTerm',
  'conclusionsNeedsMediumTerm',
  'conclusionsNeedsLongerTerm',
  'desiredOutcomes',
] as const;

/**
 * Strengths, desired outcomes and at least one term of needs make the conclusions complete: a
 * family rarely has needs in all three terms, so empty medium or longer terms are not "blank".
 */
function conclusionsProgress(assessment: AssessmentFields): SectionProgress {
  const filled = CONCLUSION_FIELDS.filter((field) => hasText(assessment[field])).length;
  if (filled === 0) return 'notStarted';
  const needs =
    hasText(assessment['conclusionsNeedsShortTerm']) ||
    hasText(assessment['conclusionsNeedsMediumTerm']) ||
    hasText(assessment['conclusionsNeedsLongerTerm']);
  return hasText(assessment['conclusionsStrengthsResources']) && hasText(assessment['desiredOutcomes']) && needs
    ? 'completed'
    : 'inProgress';
}

/**
 * Progress of every section of one child's assessment. In a family CAF the family and environment
 * section is read from the sibling assessment that holds it (`familySection`), so it shows the same
 * on each child's task list.
 */
export function assessmentProgress(
  assessment: AssessmentFields,
  familySection: AssessmentFields = assessment,
): Record<AssessmentSectionId, SectionProgress> {
  return {
    services: servicesProgress(assessment),
    development: domainProgress(assessment, 'development'),
    parentsAndCarers: domainProgress(assessment, 'parentsAndCarers'),
    familyAndEnvironment: domainProgress(familySection, 'familyAndEnvironment'),
    views: viewsProgress(assessment),
    agencies: agenciesProgress(assessment),
    conclusions: conclusionsProgress(assessment),
  };
}

export interface StoredAssessment {
  id: string;
  data: AssessmentFields;
}

/**
 * The assessment whose family and environment section a sibling's assessment shows and edits.
 * Follows `familySectionFromAssessmentId` one step (the holder never points further: see
 * `familySectionHolder`); a missing holder (not synced yet, or deleted) falls back to the
 * child's own record so nothing is lost.
 */
export function familySectionSource<T extends StoredAssessment>(assessment: T, assessments: readonly T[]): T {
  const holderId = assessment.data['familySectionFromAssessmentId'];
  if (typeof holderId !== 'string') return assessment;
  return assessments.find((candidate) => candidate.id === holderId) ?? assessment;
}

/**
 * Which existing assessment a new sibling's assessment should share the family section with: the
 * earliest one in the episode that holds its own. Undefined for the first child's assessment.
 */
export function familySectionHolder<T extends StoredAssessment & { createdAt: string }>(
  assessments: readonly T[],
): T | undefined {
  return assessments
    .filter((candidate) => typeof candidate.data['familySectionFromAssessmentId'] !== 'string')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
}

export function isAssessmentComplete(assessment: AssessmentFields): boolean {
  return hasText(assessment['completedAt']);
}

/**
 * The case-page status of the assessment step: done when every child in the episode has a
 * completed assessment, started once any assessment exists.
 */
export function caseAssessmentStatus(
  childIds: readonly string[],
  assessments: readonly StoredAssessment[],
): SectionProgress {
  if (assessments.length === 0) return 'notStarted';
  const completedChildren = new Set(
    assessments.filter((a) => isAssessmentComplete(a.data)).map((a) => a.data['childId'] as string),
  );
  return childIds.length > 0 && childIds.every((id) => completedChildren.has(id)) ? 'completed' : 'inProgress';
}

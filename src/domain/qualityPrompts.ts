import {
  agencyRows,
  blankElements,
  childViewsRecorded,
  DOMAIN_PATHS,
  type AssessmentFields,
} from './assessmentProgress';
import { elementFieldNames, elementsOfDomain, type AssessmentDomainId } from './records/assessmentElements';

/**
 * One question from the ISA Team CAF Audit Sheet (seed 002, Appendix 2), asked of the assessment
 * before it is marked complete. Prompts guide; they never block completion.
 */
export interface QualityPrompt {
  id:
    | 'childViews'
    | 'parentViews'
    | 'desiredOutcomes'
    | 'childStrengths'
    | 'childNeeds'
    | 'familyStrengths'
    | 'familyNeeds'
    | 'agenciesContacted'
    | 'agenciesContributed'
    | 'noBlankSections';
  question: string;
  met: boolean;
  /** What to do when not met, in plain words. */
  advice: string;
  /** The section page (under the child's assessment) where it is fixed. */
  sectionPath: string;
  /** For the blank-sections prompt: the elements still empty. */
  blank?: string[];
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

function anyElementText(assessment: AssessmentFields, domains: AssessmentDomainId[], part: 'strengths' | 'needs') {
  return domains.some((domain) =>
    elementsOfDomain(domain).some((element) => hasText(assessment[elementFieldNames(element.id)[part]])),
  );
}

/**
 * The audit-sheet prompts for one child's assessment. `familySection` is the assessment that holds
 * the shared family and environment section in a family CAF (the child's own one otherwise).
 */
export function qualityPrompts(
  assessment: AssessmentFields,
  familySection: AssessmentFields = assessment,
): QualityPrompt[] {
  const family = { ...assessment, ...pickFamilyFields(familySection) };
  const needsInConclusions =
    hasText(assessment['conclusionsNeedsShortTerm']) ||
    hasText(assessment['conclusionsNeedsMediumTerm']) ||
    hasText(assessment['conclusionsNeedsLongerTerm']);
  const rows = agencyRows(assessment);
  const blank = blankElements(family);
  return [
    {
      id: 'childViews',
      question: 'Are the child’s views clearly recorded?',
      met: childViewsRecorded(assessment),
      advice: 'Record the child’s views in their own words, or why they could not be obtained.',
      sectionPath: 'views',
    },
    {
      id: 'parentViews',
      question: 'Are the parent’s views and concerns recorded?',
      met: hasText(assessment['parentViews']),
      advice: 'Record what the parents or carers think and what worries them.',
      sectionPath: 'views',
    },
    {
      id: 'desiredOutcomes',
      question: 'Are the desired outcomes for the child and family clearly specified?',
      met: hasText(assessment['desiredOutcomes']),
      advice: 'Say what the child and family want to be different.',
      sectionPath: 'conclusions',
    },
    {
      id: 'childStrengths',
      question: 'Are the strengths of the child clearly defined?',
      met: anyElementText(family, ['development'], 'strengths'),
      advice: 'Record at least one strength in the child’s development.',
      sectionPath: DOMAIN_PATHS.development,
    },
    {
      id: 'childNeeds',
      question: 'Are the needs of the child clearly defined?',
      met: anyElementText(family, ['development'], 'needs') || needsInConclusions,
      advice: 'Record the child’s needs in their development or in the conclusions.',
      sectionPath: DOMAIN_PATHS.development,
    },
    {
      id: 'familyStrengths',
      question: 'Are the strengths of the parents and family clearly defined?',
      met:
        anyElementText(family, ['parentsAndCarers', 'familyAndEnvironment'], 'strengths') ||
        hasText(assessment['conclusionsStrengthsResources']),
      advice: 'Record the strengths of the parents and carers or of the wider family.',
      sectionPath: DOMAIN_PATHS.parentsAndCarers,
    },
    {
      id: 'familyNeeds',
      question: 'Are the needs of the parents and family clearly defined?',
      met: anyElementText(family, ['parentsAndCarers', 'familyAndEnvironment'], 'needs'),
      advice: 'Record the needs of the parents and carers or of the family and its circumstances.',
      sectionPath: DOMAIN_PATHS.parentsAndCarers,
    },
    {
      id: 'agenciesContacted',
      question: 'Does the assessment record which agencies have been contacted?',
      met: rows.some((row) => row.contacted === true),
      advice: 'Add the agencies involved and tick those you contacted.',
      sectionPath: 'agencies',
    },
    {
      id: 'agenciesContributed',
      question: 'Does the assessment record which agencies contributed information?',
      met: rows.some((row) => row.contributed === true),
      advice: 'Tick the agencies that contributed information to the assessment.',
      sectionPath: 'agencies',
    },
    {
      id: 'noBlankSections',
      question: 'Are all sections answered, with none left blank?',
      met: blank.length === 0,
      advice: 'Record strengths or needs for each part of the assessment, or mark it as not applicable to this child.',
      sectionPath: blank[0] ? DOMAIN_PATHS[blank[0].domain] : DOMAIN_PATHS.development,
      blank: blank.map((element) => element.label),
    },
  ];
}

function pickFamilyFields(source: AssessmentFields): AssessmentFields {
  const picked: Record<string, unknown> = {};
  for (const element of elementsOfDomain('familyAndEnvironment')) {
    const names = elementFieldNames(element.id);
    picked[names.strengths] = source[names.strengths];
    picked[names.needs] = source[names.needs];
    picked[names.notApplicable] = source[names.notApplicable];
  }
  return picked;
}

export function unmetPromptCount(prompts: readonly QualityPrompt[]): number {
  return prompts.filter((prompt) => !prompt.met).length;
}

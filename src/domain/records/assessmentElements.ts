/**
 * The three CAF assessment domains and every element in them (caf-domain.md "Assessment"). This
 * one list generates the assessment's flat field names (`<id>Strengths`, `<id>Needs`,
 * `<id>NotApplicable`), its form sections and the need categories.
 */
export const ASSESSMENT_DOMAINS = [
  { id: 'development', label: 'Development of the unborn baby, baby, child or young person' },
  { id: 'parentsAndCarers', label: 'Parents and carers' },
  { id: 'familyAndEnvironment', label: 'Family and environmental factors' },
] as const;
export type AssessmentDomainId = (typeof ASSESSMENT_DOMAINS)[number]['id'];

export const ASSESSMENT_ELEMENTS = [
  { id: 'generalHealth', domain: 'development', label: 'General health' },
  { id: 'physicalDevelopment', domain: 'development', label: 'Physical development' },
  { id: 'speechLanguageCommunication', domain: 'development', label: 'Speech, language and communication' },
  { id: 'emotionalSocialDevelopment', domain: 'development', label: 'Emotional and social development' },
  { id: 'behaviouralDevelopment', domain: 'development', label: 'Behavioural development' },
  {
    id: 'identitySelfEsteem',
    domain: 'development',
    label: 'Identity, self-esteem, self-image and social presentation',
  },
  { id: 'familySocialRelationships', domain: 'development', label: 'Family and social relationships' },
  { id: 'selfCareIndependence', domain: 'development', label: 'Self-care skills and independence' },
  {
    id: 'learningUnderstanding',
    domain: 'development',
    label: 'Learning: understanding, reasoning and problem solving',
  },
  {
    id: 'learningParticipation',
    domain: 'development',
    label: 'Learning: participation in learning, education and employment',
  },
  { id: 'learningProgress', domain: 'development', label: 'Learning: progress and achievement' },
  { id: 'learningAspirations', domain: 'development', label: 'Learning: aspirations' },
  { id: 'basicCareSafety', domain: 'parentsAndCarers', label: 'Basic care, ensuring safety and protection' },
  { id: 'emotionalWarmthStability', domain: 'parentsAndCarers', label: 'Emotional warmth and stability' },
  {
    id: 'guidanceBoundariesStimulation',
    domain: 'parentsAndCarers',
    label: 'Guidance, boundaries and stimulation',
  },
  {
    id: 'familyHistoryFunctioning',
    domain: 'familyAndEnvironment',
    label: 'Family history, functioning and well-being',
  },
  { id: 'widerFamily', domain: 'familyAndEnvironment', label: 'Wider family' },
  {
    id: 'housingEmploymentFinance',
    domain: 'familyAndEnvironment',
    label: 'Housing, employment and financial considerations',
  },
  {
    id: 'socialCommunityResources',
    domain: 'familyAndEnvironment',
    label: 'Social and community resources, including education',
  },
] as const satisfies ReadonlyArray<{ id: string; domain: AssessmentDomainId; label: string }>;

export type AssessmentElementId = (typeof ASSESSMENT_ELEMENTS)[number]['id'];
export const ASSESSMENT_ELEMENT_IDS = ASSESSMENT_ELEMENTS.map((element) => element.id) as AssessmentElementId[];

/** The flat field names of one element, as stored on the assessment record. */
export function elementFieldNames<Id extends AssessmentElementId>(id: Id) {
  return {
    strengths: `${id}Strengths` as const,
    needs: `${id}Needs` as const,
    notApplicable: `${id}NotApplicable` as const,
  };
}

export function elementsOfDomain(domain: AssessmentDomainId) {
  return ASSESSMENT_ELEMENTS.filter((element) => element.domain === domain);
}

/** Readable names of the generated fields ("generalHealthNeeds" → "General health: needs"), for conflict and audit screens. */
export const ASSESSMENT_ELEMENT_FIELD_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  ASSESSMENT_ELEMENTS.flatMap((element) => {
    const names = elementFieldNames(element.id);
    return [
      [names.strengths, `${element.label}: strengths`],
      [names.needs, `${element.label}: needs`],
      [names.notApplicable, `${element.label}: not applicable`],
    ];
  }),
);

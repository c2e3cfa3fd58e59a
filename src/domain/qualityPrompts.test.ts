import { describe, expect, it } from 'vitest';
import { qualityPrompts, unmetPromptCount } from './qualityPrompts';
import { ASSESSMENT_ELEMENTS, elementsOfDomain } from './records/assessmentElements';

const row = { agencyId: 'a', contacted: true, contributed: true, consentedToShare: true, invitedToTac: true };

function fullAssessment(): Record<string, unknown> {
  return {
    ...Object.fromEntries(ASSESSMENT_ELEMENTS.map((element) => [`${element.id}NotApplicable`, true])),
    generalHealthStrengths: 'Healthy',
    generalHealthNeeds: 'Dental check overdue',
    basicCareSafetyStrengths: 'Safe home',
    basicCareSafetyNeeds: 'Evening routine',
    childViews: 'Wants to see friends more',
    parentViews: 'Worried about mornings',
    desiredOutcomes: 'Calmer mornings',
    agencies: [row],
  };
}

function metById(assessment: Record<string, unknown>, family?: Record<string, unknown>) {
  return Object.fromEntries(qualityPrompts(assessment, family).map((prompt) => [prompt.id, prompt.met]));
}

describe('quality prompts from the audit sheet', () => {
  it('meets every prompt for a fully answered assessment', () => {
    const prompts = qualityPrompts(fullAssessment());
    expect(unmetPromptCount(prompts)).toBe(0);
  });

  it('flags every prompt on an empty assessment, listing all the blank sections', () => {
    const prompts = qualityPrompts({});
    expect(unmetPromptCount(prompts)).toBe(prompts.length);
    expect(prompts.find((prompt) => prompt.id === 'noBlankSections')?.blank).toHaveLength(ASSESSMENT_ELEMENTS.length);
  });

  it('accepts a recorded reason in place of the child’s views', () => {
    const { childViews: _omitted, ...rest } = fullAssessment();
    expect(metById(rest).childViews).toBe(false);
    expect(metById({ ...rest, childViewsNotObtainedReason: 'Unborn baby' }).childViews).toBe(true);
  });

  it('separates agencies contacted from agencies that contributed', () => {
    const met = metById({ ...fullAssessment(), agencies: [{ ...row, contributed: false }] });
    expect(met.agenciesContacted).toBe(true);
    expect(met.agenciesContributed).toBe(false);
  });

  it('names a blank element and links to its domain page', () => {
    const assessment = fullAssessment();
    delete assessment['widerFamilyNotApplicable'];
    const blank = qualityPrompts(assessment).find((prompt) => prompt.id === 'noBlankSections');
    expect(blank).toMatchObject({ met: false, blank: ['Wider family'], sectionPath: 'family-and-environment' });
  });

  it('reads the shared family section of a family CAF from the sibling holding it', () => {
    const assessment = fullAssessment();
    delete assessment['widerFamilyNotApplicable'];
    expect(metById(assessment).noBlankSections).toBe(false);
    const family = {
      ...Object.fromEntries(
        elementsOfDomain('familyAndEnvironment').map((element) => [`${element.id}NotApplicable`, true]),
      ),
      widerFamilyNotApplicable: undefined,
      widerFamilyStrengths: 'Grandparents nearby',
    };
    expect(metById(assessment, family).noBlankSections).toBe(true);
    expect(metById(assessment, {}).noBlankSections).toBe(false);
  });

  it('counts needs written in the conclusions as the child’s needs', () => {
    const { generalHealthNeeds: _omitted, ...rest } = fullAssessment();
    expect(metById(rest).childNeeds).toBe(false);
    expect(metById({ ...rest, conclusionsNeedsMediumTerm: 'Speech therapy' }).childNeeds).toBe(true);
  });
});

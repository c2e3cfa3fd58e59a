import { describe, expect, it } from 'vitest';
import { assessmentSchema } from './assessment';
import {
  ASSESSMENT_DOMAINS,
  ASSESSMENT_ELEMENT_FIELD_LABELS,
  ASSESSMENT_ELEMENTS,
  elementFieldNames,
  elementsOfDomain,
} from './assessmentElements';
import { messagesOf } from './schemaTestSupport';

const childId = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';

describe('assessment', () => {
  it('has strengths, needs and not-applicable fields for every element in caf-domain.md', () => {
    const shape = assessmentSchema.shape;
    expect(ASSESSMENT_ELEMENTS).toHaveLength(19);
    for (const element of ASSESSMENT_ELEMENTS) {
      const names = elementFieldNames(element.id);
      expect(shape).toHaveProperty(names.strengths);
      expect(shape).toHaveProperty(names.needs);
      expect(shape).toHaveProperty(names.notApplicable);
    }
    expect(shape).toHaveProperty('generalHealthStrengths');
    expect(shape).toHaveProperty('learningAspirationsNeeds');
    expect(shape).toHaveProperty('socialCommunityResourcesNotApplicable');
  });

  it('names every generated field for people', () => {
    expect(ASSESSMENT_ELEMENT_FIELD_LABELS['generalHealthNeeds']).toBe('General health: needs');
    expect(Object.keys(ASSESSMENT_ELEMENT_FIELD_LABELS)).toHaveLength(ASSESSMENT_ELEMENTS.length * 3);
  });

  it('covers the three domains with the element counts the CAF form has', () => {
    expect(ASSESSMENT_DOMAINS.map((domain) => elementsOfDomain(domain.id).length)).toEqual([12, 3, 4]);
  });

  it('accepts a draft with only the child and one element', () => {
    const draft = { childId, generalHealthStrengths: 'Immunisations up to date', generalHealthNotApplicable: false };
    expect(assessmentSchema.parse(draft)).toEqual(draft);
  });

  it('accepts a complete assessment with services, the agencies grid and conclusions', () => {
    const full = {
      childId,
      childViews: 'Likes drawing; worried about moving school',
      parentViews: 'Wants help with bedtimes',
      universalSchool: { name: 'Larkspur Primary', phone: '01000 000000' },
      universalGp: { organisation: 'Meadowgate Surgery' },
      otherServices: [{ service: 'Speech and language therapy' }],
      agencies: [
        { agencyId: 'school', contacted: true, contributed: true, consentedToShare: true, invitedToTac: true },
        { agencyId: 'housing', contacted: true, contributed: false, consentedToShare: true, invitedToTac: false },
      ],
      conclusionsStrengthsResources: 'Close grandparents nearby',
      conclusionsNeedsShortTerm: 'Sleep routine',
      desiredOutcomes: 'Settled at school',
      completedAt: '2026-05-01T15:00:00Z',
    };
    expect(assessmentSchema.safeParse(full).success).toBe(true);
  });

  it('needs the child’s views or the reason they were not obtained before it is completed', () => {
    expect(messagesOf(assessmentSchema, { childId, completedAt: '2026-05-01T15:00:00Z' })).toEqual({
      childViews: 'Enter the child’s views, or the reason they could not be obtained',
    });
    expect(
      assessmentSchema.safeParse({
        childId,
        completedAt: '2026-05-01T15:00:00Z',
        childViewsNotObtainedReason: 'Baby aged 3 months',
      }).success,
    ).toBe(true);
  });

  it('lists each agency once in the grid', () => {
    const row = {
      agencyId: 'school',
      contacted: true,
      contributed: false,
      consentedToShare: false,
      invitedToTac: false,
    };
    expect(messagesOf(assessmentSchema, { childId, agencies: [row, row] })).toEqual({
      'agencies.1.agencyId': 'Each agency can only be listed once',
    });
  });

  it('asks which child the assessment is about and names an unnamed service', () => {
    expect(messagesOf(assessmentSchema, { otherServices: [{ name: 'A person' }] })).toEqual({
      childId: 'Select the child this assessment is about',
      'otherServices.0.service': 'Enter the name of the service',
    });
  });
});

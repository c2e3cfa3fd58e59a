import { describe, expect, it } from 'vitest';
import {
  assessmentProgress,
  blankElements,
  caseAssessmentStatus,
  familySectionHolder,
  familySectionSource,
} from './assessmentProgress';
import { ASSESSMENT_ELEMENTS, elementsOfDomain } from './records/assessmentElements';

function answeredDomain(domain: 'development' | 'parentsAndCarers' | 'familyAndEnvironment') {
  return Object.fromEntries(elementsOfDomain(domain).map((element) => [`${element.id}NotApplicable`, true]));
}

describe('assessment progress', () => {
  it('shows every section as not started for an empty assessment', () => {
    expect(Object.values(assessmentProgress({ childId: 'c' }))).toEqual(Array(7).fill('notStarted'));
  });

  it('counts an element as answered by strengths, needs or not applicable, but not by blank text', () => {
    const [first, second, ...rest] = elementsOfDomain('parentsAndCarers');
    const partly = { [`${first?.id}Strengths`]: 'Warm routines', [`${second?.id}Needs`]: '   ' };
    expect(assessmentProgress(partly).parentsAndCarers).toBe('inProgress');
    const all = {
      [`${first?.id}Strengths`]: 'Warm routines',
      [`${second?.id}Needs`]: 'Support with boundaries',
      ...Object.fromEntries(rest.map((element) => [`${element.id}NotApplicable`, true])),
    };
    expect(assessmentProgress(all).parentsAndCarers).toBe('completed');
  });

  it('reads the family and environment section from the sibling assessment that holds it', () => {
    const own = answeredDomain('development');
    expect(assessmentProgress(own, answeredDomain('familyAndEnvironment')).familyAndEnvironment).toBe('completed');
    expect(assessmentProgress(own).familyAndEnvironment).toBe('notStarted');
  });

  it('needs all three universal services for the services section to be complete', () => {
    const two = { universalSchool: { organisation: 'Example Primary' }, universalGp: { name: 'Dr Example' } };
    expect(assessmentProgress(two).services).toBe('inProgress');
    expect(
      assessmentProgress({ ...two, universalHealthVisitorOrSchoolNurse: { organisation: 'School nursing' } }).services,
    ).toBe('completed');
    expect(assessmentProgress({ universalSchool: { name: '' } }).services).toBe('notStarted');
    expect(assessmentProgress({ otherServices: [{ service: 'Food bank' }] }).services).toBe('inProgress');
  });

  it('accepts the reason the child’s views could not be obtained in place of the views', () => {
    expect(assessmentProgress({ childViews: 'Likes school' }).views).toBe('inProgress');
    expect(assessmentProgress({ childViewsNotObtainedReason: 'Baby', parentViews: 'Tired' }).views).toBe('completed');
  });

  it('completes the agencies grid only when every listed agency was contacted', () => {
    const row = { agencyId: 'a', contacted: false, contributed: false, consentedToShare: false, invitedToTac: false };
    expect(assessmentProgress({ agencies: [] }).agencies).toBe('notStarted');
    expect(assessmentProgress({ agencies: [row] }).agencies).toBe('inProgress');
    expect(assessmentProgress({ agencies: [{ ...row, contacted: true }] }).agencies).toBe('completed');
  });

  it('completes conclusions with strengths, outcomes and needs in any one term', () => {
    const base = { conclusionsStrengthsResources: 'Close family', desiredOutcomes: 'Settled at school' };
    expect(assessmentProgress(base).conclusions).toBe('inProgress');
    expect(assessmentProgress({ ...base, conclusionsNeedsLongerTerm: 'Housing' }).conclusions).toBe('completed');
  });

  it('lists every blank element, optionally for one domain', () => {
    expect(blankElements({})).toHaveLength(ASSESSMENT_ELEMENTS.length);
    expect(blankElements(answeredDomain('development'), 'development')).toEqual([]);
    expect(blankElements(answeredDomain('development')).map((element) => element.domain)).not.toContain('development');
  });
});

describe('family CAF sharing', () => {
  const holder = { id: 'a1', createdAt: '2026-01-01T10:00:00Z', data: { childId: 'c1' } };
  const sibling = {
    id: 'a2',
    createdAt: '2026-01-02T10:00:00Z',
    data: { childId: 'c2', familySectionFromAssessmentId: 'a1' },
  };

  it('points a sibling at the holder, and the holder and a missing holder at themselves', () => {
    expect(familySectionSource(sibling, [holder, sibling])).toBe(holder);
    expect(familySectionSource(holder, [holder, sibling])).toBe(holder);
    expect(familySectionSource(sibling, [sibling])).toBe(sibling);
  });

  it('chooses the earliest assessment holding its own family section for a new sibling', () => {
    const later = { id: 'a3', createdAt: '2026-03-01T10:00:00Z', data: { childId: 'c3' } };
    expect(familySectionHolder([later, sibling, holder])).toBe(holder);
    expect(familySectionHolder([])).toBeUndefined();
  });
});

describe('case assessment status', () => {
  const done = (childId: string) => ({ id: childId, data: { childId, completedAt: '2026-02-01T10:00:00Z' } });
  it('is complete only when every child in the episode has a completed assessment', () => {
    expect(caseAssessmentStatus(['c1', 'c2'], [])).toBe('notStarted');
    expect(caseAssessmentStatus(['c1', 'c2'], [done('c1'), { id: 'x', data: { childId: 'c2' } }])).toBe('inProgress');
    expect(caseAssessmentStatus(['c1', 'c2'], [done('c1'), done('c2')])).toBe('completed');
  });
});

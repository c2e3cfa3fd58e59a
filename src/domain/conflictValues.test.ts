import { describe, expect, it } from 'vitest';
import { canMergeByHand, describeConflictValue, unionOfIdLists } from './conflictValues';

const names = new Map([
  ['p1', 'Ash Tester'],
  ['p2', 'Robin Example'],
  ['a1', 'Town Clinic'],
]);
const nameOf = (id: string) => names.get(id);

describe('describing one side of a conflict', () => {
  it('keeps text as written and says when a field was left empty', () => {
    expect(describeConflictValue('Mornings are hard', nameOf)).toBe('Mornings are hard');
    expect(describeConflictValue('', nameOf)).toBe('(left empty)');
    expect(describeConflictValue(true, nameOf)).toBe('Yes');
  });

  it('names the people in a list of ids, one a line, and never shows an id it cannot name as text of its own', () => {
    expect(describeConflictValue(['p1', 'p2'], nameOf)).toBe('Ash Tester\nRobin Example');
    expect(describeConflictValue([], nameOf)).toBe('(none)');
    expect(describeConflictValue('p2', nameOf)).toBe('Robin Example');
  });

  it('reads a grid row by the agency it is about, not as JSON', () => {
    const rows = [{ agencyId: 'a1', contacted: true, contributed: false, consentedToShare: true, invitedToTac: false }];
    expect(describeConflictValue(rows, nameOf)).toBe(
      'Town Clinic, contacted Yes, contributed No, consented to share Yes, invited to TAC No',
    );
    expect(describeConflictValue({ name: 'Dr Demo', phone: '' }, nameOf)).toBe('name Dr Demo');
  });
});

describe('ways to settle a conflict besides keeping one side', () => {
  it('lets text be merged by hand, and nothing else', () => {
    expect(canMergeByHand('parentViews', ['a', 'b'])).toBe(true);
    expect(canMergeByHand('parentViews', ['a', null])).toBe(true);
    expect(canMergeByHand('leadProfessionalId', ['p1', 'p2'])).toBe(false);
    expect(canMergeByHand('tacMemberIds', [['p1'], ['p2']])).toBe(false);
    expect(canMergeByHand('interpreterNeeded', [true, false])).toBe(false);
  });

  it('offers everyone in either list for lists of ids only', () => {
    expect(unionOfIdLists([['p1'], ['p2', 'p1']])).toEqual(['p1', 'p2']);
    expect(unionOfIdLists([[], ['p2']])).toEqual(['p2']);
    expect(unionOfIdLists(['text', 'other'])).toBeUndefined();
    expect(unionOfIdLists([[{ agencyId: 'a1' }], []])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { describeValue, humaniseName, kindLabel } from './fieldLabels';

describe('readable names', () => {
  it('turns field names into sentence case', () => {
    expect(humaniseName('reasonForEnquiry')).toBe('Reason for enquiry');
    expect(humaniseName('leadProfessionalId')).toBe('Lead professional');
    expect(humaniseName('invitedToTac')).toBe('Invited to TAC');
    expect(humaniseName('tacMemberIds')).toBe('Team Around the Child members');
    expect(kindLabel('episode')).toBe('Case');
    expect(kindLabel('pciScore')).toBe('Pci score');
  });
  it('shows empty values plainly', () => {
    expect(describeValue(undefined)).toBe('(left empty)');
    expect(describeValue(true)).toBe('Yes');
    expect(describeValue('text')).toBe('text');
  });
});

import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../db';
import { childDetailsStatus } from './childDetailsStatus';

const stored = (data: Record<string, unknown>) => ({ data }) as StoredRecord;
const full = { gender: 'male', address: '1 Example Road', firstLanguage: 'English', ethnicity: 'Mixed' };

describe('child details status', () => {
  it('is complete only with every child’s core details and someone with parental responsibility', () => {
    expect(childDetailsStatus({})).toBe('notStarted');
    expect(childDetailsStatus({ child: [stored(full)] })).toBe('inProgress');
    const parent = stored({ parentalResponsibility: 'yes' });
    expect(childDetailsStatus({ child: [stored(full)], familyMember: [parent] })).toBe('completed');
    expect(childDetailsStatus({ child: [stored(full), stored({ gender: 'female' })], familyMember: [parent] })).toBe(
      'inProgress',
    );
    expect(
      childDetailsStatus({ child: [stored(full)], familyMember: [stored({ parentalResponsibility: 'dontKnow' })] }),
    ).toBe('inProgress');
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, assessmentDueDate } from './timescales';

describe('assessment timescale', () => {
  it('is due 4 weeks after the enquiry, across month and leap-year ends', () => {
    expect(assessmentDueDate('2026-11-01')).toBe('2026-11-29');
    expect(assessmentDueDate('2024-02-10')).toBe('2024-03-09');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

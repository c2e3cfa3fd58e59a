import { describe, expect, it } from 'vitest';
import { closureSchema } from './closure';
import { messagesOf } from './schemaTestSupport';

const closure = {
  reason: 'outcomesAchieved',
  summary: 'Sleep routine settled; attendance above 95% this term.',
  closedDate: '2026-09-01',
  closedBy: 'p1',
};

describe('closure', () => {
  it('accepts a reason and a closing summary', () => {
    expect(closureSchema.parse(closure)).toEqual(closure);
  });

  it('refuses to close without a reason or a summary', () => {
    expect(messagesOf(closureSchema, { closedDate: '2026-09-01', closedBy: 'p1' })).toEqual({
      reason: 'Select a reason for closing the CAF',
      summary: 'Enter a closing summary',
    });
    expect(messagesOf(closureSchema, { ...closure, summary: '  ' })).toEqual({ summary: 'Enter a closing summary' });
  });

  it('lists every problem at once, cross-field rules included', () => {
    expect(messagesOf(closureSchema, { reason: 'steppedUp', closedDate: '2026-09-01', closedBy: 'p1' })).toEqual({
      summary: 'Enter a closing summary',
      steppedUpTo: 'Select where the case was stepped up to',
    });
  });

  it('records where a stepped-up case went', () => {
    expect(messagesOf(closureSchema, { ...closure, reason: 'steppedUp' })).toEqual({
      steppedUpTo: 'Select where the case was stepped up to',
    });
    expect(
      closureSchema.safeParse({ ...closure, reason: 'steppedUp', steppedUpTo: 'youthOffendingService' }).success,
    ).toBe(true);
  });
});

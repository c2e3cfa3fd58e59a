import { describe, expect, it } from 'vitest';
import { decideClosure, type ClosureInput } from './closureRules';

const context = { episodeStatus: 'review' as const, enquiryDate: '2026-01-10', closedBy: 'lead', today: '2026-11-23' };
const good: ClosureInput = {
  reason: 'outcomesAchieved',
  summary: 'Attendance back above 95%; family confident with routines.',
  steppedUpTo: '',
  closedDate: { ok: true, value: '2026-11-23' },
};

describe('closing a CAF episode', () => {
  it('closes with a reason and a summary, marking the episode closed on the same date', () => {
    const decision = decideClosure(good, context);
    expect(decision).toEqual({
      ok: true,
      closure: {
        reason: 'outcomesAchieved',
        summary: 'Attendance back above 95%; family confident with routines.',
        closedDate: '2026-11-23',
        closedBy: 'lead',
      },
      episodeFields: { status: 'closed', closedDate: '2026-11-23' },
    });
  });

  it('needs both a reason and a summary, listing both at once', () => {
    const decision = decideClosure({ ...good, reason: '', summary: '   ' }, context);
    expect(decision).toEqual({
      ok: false,
      issues: [
        { field: 'reason', message: 'Select a reason for closing the CAF' },
        { field: 'summary', message: 'Enter a closing summary' },
      ],
    });
  });

  it('asks where a step up went', () => {
    const decision = decideClosure({ ...good, reason: 'steppedUp' }, context);
    expect(decision).toEqual({
      ok: false,
      issues: [{ field: 'steppedUpTo', message: 'Select where the case was stepped up to' }],
    });
    const stepped = decideClosure({ ...good, reason: 'steppedUp', steppedUpTo: 'youthOffendingService' }, context);
    expect(stepped.ok && stepped.closure.steppedUpTo).toBe('youthOffendingService');
  });

  it('drops a destination left over from choosing "stepped up" and then another reason', () => {
    const decision = decideClosure({ ...good, steppedUpTo: 'childrensSocialCare' }, context);
    expect(decision.ok && decision.closure.steppedUpTo).toBeUndefined();
  });

  it('accepts closing today or on the day of the enquiry, but not tomorrow or before the enquiry', () => {
    expect(decideClosure({ ...good, closedDate: { ok: true, value: '2026-11-23' } }, context).ok).toBe(true);
    expect(decideClosure({ ...good, closedDate: { ok: true, value: '2026-01-10' } }, context).ok).toBe(true);
    expect(decideClosure({ ...good, closedDate: { ok: true, value: '2026-11-24' } }, context)).toEqual({
      ok: false,
      issues: [{ field: 'closedDate', message: 'Date closed must be today or in the past' }],
    });
    expect(decideClosure({ ...good, closedDate: { ok: true, value: '2026-01-09' } }, context)).toEqual({
      ok: false,
      issues: [{ field: 'closedDate', message: 'Date closed must be on or after the date of enquiry' }],
    });
  });

  it('passes on the date input’s own message and asks for a missing date', () => {
    expect(
      decideClosure({ ...good, closedDate: { ok: false, message: 'Date closed must be a real date' } }, context),
    ).toEqual({
      ok: false,
      issues: [{ field: 'closedDate', message: 'Date closed must be a real date' }],
    });
    expect(decideClosure({ ...good, closedDate: { ok: true, value: undefined } }, context)).toEqual({
      ok: false,
      issues: [{ field: 'closedDate', message: 'Enter the date the CAF was closed' }],
    });
  });

  it('refuses to close an episode twice', () => {
    expect(decideClosure(good, { ...context, episodeStatus: 'closed' }).ok).toBe(false);
  });
});

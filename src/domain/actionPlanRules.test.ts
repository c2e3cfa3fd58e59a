import { describe, expect, it } from 'vitest';
import { actionFlags, isActionIncomplete, needsWithoutActions, planStatus } from './actionPlanRules';

const owned = { ownerName: 'A. Worker', ownerAgencyId: 'agency', dueDate: '2026-12-01', status: 'notStarted' };

describe('action plan rules', () => {
  it('flags an action without an owner, an agency or a date', () => {
    expect(actionFlags({ status: 'notStarted' }, '2026-11-01')).toEqual(['noOwner', 'noAgency', 'noDueDate']);
    expect(actionFlags(owned, '2026-11-01')).toEqual([]);
    expect(actionFlags({ ...owned, ownerName: '  ', ownerPractitionerId: 'p1' }, '2026-11-01')).toEqual([]);
  });

  it('flags an open action from the day after its date, and never a finished one', () => {
    expect(actionFlags(owned, '2026-12-01')).toEqual([]);
    expect(actionFlags(owned, '2026-12-02')).toEqual(['pastDueDate']);
    expect(actionFlags({ ...owned, status: 'achieved' }, '2027-01-01')).toEqual([]);
    expect(actionFlags({ ...owned, status: 'notAchieved' }, '2027-01-01')).toEqual([]);
  });

  it('treats a missing owner or date as incomplete, but not a missing agency', () => {
    expect(isActionIncomplete(owned)).toBe(false);
    expect(isActionIncomplete({ ...owned, ownerAgencyId: undefined })).toBe(false);
    expect(isActionIncomplete({ ...owned, dueDate: undefined })).toBe(true);
    expect(isActionIncomplete({ ...owned, ownerName: undefined })).toBe(true);
  });
});

describe('plan status', () => {
  const need = { id: 'n1', data: { childId: 'c1', status: 'open' } };
  const held = { id: 'm1', data: { status: 'held' } };
  const action = { id: 'a1', data: { ...owned, needId: 'n1' } };

  it('is not started with nothing recorded', () => {
    expect(planStatus({ needs: [], actions: [], meetings: [] })).toBe('notStarted');
  });

  it('is complete after a held meeting when every open need has a SMART action', () => {
    expect(planStatus({ needs: [need], actions: [action], meetings: [held] })).toBe('completed');
    expect(planStatus({ needs: [need], actions: [action], meetings: [{ id: 'm', data: { status: 'planned' } }] })).toBe(
      'inProgress',
    );
    expect(planStatus({ needs: [need], actions: [], meetings: [held] })).toBe('inProgress');
    expect(
      planStatus({
        needs: [need],
        actions: [{ id: 'a', data: { needId: 'n1', status: 'notStarted' } }],
        meetings: [held],
      }),
    ).toBe('inProgress');
  });

  it('does not ask for actions on needs already met or with no service available', () => {
    const met = { id: 'n2', data: { childId: 'c1', status: 'met' } };
    const none = { id: 'n3', data: { childId: 'c1', status: 'noServiceAvailable' } };
    expect(needsWithoutActions({ needs: [need, met, none], actions: [], meetings: [] })).toEqual(['n1']);
  });
});

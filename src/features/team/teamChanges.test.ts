import { describe, expect, it } from 'vitest';
import { buildTeamChange, roleHistory, settleRoleHistory, type RoleHistoryRow } from './teamChanges';

const current = { episodeId: 'episode-1', tacMemberIds: ['a', 'b'], leadProfessionalId: 'a' };

describe('changing the people on a case', () => {
  it('refuses a save that changes nothing', () => {
    const result = buildTeamChange(
      current,
      { tacMemberIds: ['a', 'b'], leadProfessionalId: 'a', reason: '' },
      'me',
      '2026-11-23',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          href: 'tacMembers',
          message: 'Change the Team Around the Child members or the lead professional before saving',
        },
      ],
    });
  });

  it('asks for a reason when the lead professional changes', () => {
    const result = buildTeamChange(
      current,
      { tacMemberIds: ['a', 'b'], leadProfessionalId: 'b', reason: '  ' },
      'me',
      '2026-11-23',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ href: 'reason', message: 'Enter the reason for the change' }]);
  });

  it('adds and removes members without a reason, updating the episode and recording each change', () => {
    const result = buildTeamChange(
      current,
      { tacMemberIds: ['a', 'c'], leadProfessionalId: 'a', reason: '' },
      'me',
      '2026-11-23',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.operations[0]).toEqual({
      op: 'update',
      kind: 'episode',
      id: 'episode-1',
      fields: { tacMemberIds: ['a', 'c'], leadProfessionalId: 'a' },
    });
    const assignments = result.operations.slice(1).map((operation) => operation.op === 'create' && operation.data);
    expect(assignments).toEqual([
      {
        role: 'tacMember',
        practitionerId: 'b',
        change: 'removed',
        fromDate: '2026-11-23',
        reason: undefined,
        decidedBy: 'me',
      },
      {
        role: 'tacMember',
        practitionerId: 'c',
        change: 'assigned',
        fromDate: '2026-11-23',
        reason: undefined,
        decidedBy: 'me',
      },
    ]);
  });

  it('records the old lead professional stepping down and the new one starting, with the reason', () => {
    const result = buildTeamChange(
      current,
      { tacMemberIds: ['a', 'b'], leadProfessionalId: 'b', reason: 'Family moved school' },
      'me',
      '2026-11-23',
    );
    if (!result.ok) throw new Error('expected a change');
    const assignments = result.operations.slice(1).map((operation) => operation.op === 'create' && operation.data);
    expect(assignments).toEqual([
      {
        role: 'leadProfessional',
        practitionerId: 'a',
        change: 'removed',
        fromDate: '2026-11-23',
        reason: 'Family moved school',
        decidedBy: 'me',
      },
      {
        role: 'leadProfessional',
        practitionerId: 'b',
        change: 'assigned',
        fromDate: '2026-11-23',
        reason: 'Family moved school',
        decidedBy: 'me',
      },
    ]);
  });

  it('names a first lead professional without a "removed" entry', () => {
    const result = buildTeamChange(
      { episodeId: 'e', tacMemberIds: [] },
      { tacMemberIds: [], leadProfessionalId: 'x', reason: 'Agreed at the first meeting' },
      'me',
      '2026-11-23',
    );
    if (!result.ok) throw new Error('expected a change');
    expect(result.operations).toHaveLength(2);
  });
});

describe('role history', () => {
  it('lists changes oldest first, same-day changes in the order they were recorded', () => {
    const row = (id: string, fromDate: string, createdAt: string) => ({
      id,
      createdAt,
      data: { role: 'tacMember', practitionerId: 'p', change: 'assigned', fromDate },
    });
    const rows = roleHistory([
      row('3', '2026-02-01', '2026-02-01T10:00:00Z'),
      row('2', '2026-01-01', '2026-01-01T11:00:00Z'),
      row('1', '2026-01-01', '2026-01-01T09:00:00Z'),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['1', '2', '3']);
  });
});

describe('settling the role history after a conflict over the team', () => {
  const row = (practitionerId: string, role: RoleHistoryRow['role'], change: RoleHistoryRow['change']) => ({
    id: `${practitionerId}-${change}`,
    fromDate: '2027-01-15',
    recordedAt: '2027-01-15T08:00:00Z',
    role,
    change,
    practitionerId,
  });
  const settle = (field: string, sides: unknown[], settled: unknown, history: RoleHistoryRow[]) =>
    settleRoleHistory({ caseId: 'case', field, sides, settled, history, decidedBy: 'me', today: '2027-01-16' }).map(
      (operation) => {
        if (operation.op !== 'create' || operation.kind !== 'roleAssignment')
          throw new Error('expected a new role change');
        return operation.data;
      },
    );

  it('stops the lead professional whose side was not kept', () => {
    const history = [row('a', 'leadProfessional', 'assigned'), row('b', 'leadProfessional', 'assigned')];
    expect(settle('leadProfessionalId', ['a', 'b'], 'a', history)).toEqual([
      {
        role: 'leadProfessional',
        practitionerId: 'b',
        change: 'removed',
        fromDate: '2027-01-16',
        reason: 'Two changes to the team made at the same time were settled on the conflicts screen.',
        decidedBy: 'me',
      },
    ]);
  });

  it('starts someone the kept side has but the history has as stopped, and leaves agreed members alone', () => {
    // One device removed x while the other kept x and added y; the settled list keeps both.
    const history = [
      row('x', 'tacMember', 'assigned'),
      row('x', 'tacMember', 'removed'),
      row('y', 'tacMember', 'assigned'),
    ];
    const changes = settle('tacMemberIds', [['shared', 'x', 'y'], ['shared']], ['shared', 'x', 'y'], history);
    expect(changes.map((change) => [change.practitionerId, change.change])).toEqual([['x', 'assigned']]);
  });

  it('reads only the role the field holds, and nothing for other fields', () => {
    const history = [row('a', 'leadProfessional', 'assigned')];
    // a is lead professional, but not on the TAC: dropping a from the TAC list changes nothing.
    expect(settle('tacMemberIds', [['a'], []], [], history)).toEqual([]);
    expect(settle('reasonForEnquiry', ['one', 'two'], 'one', history)).toEqual([]);
  });
});

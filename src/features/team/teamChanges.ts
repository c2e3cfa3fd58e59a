import type { WriteOperation } from '../../db';
import { roleChangeReasonSchema, type RoleAssignment } from '../../domain/records/meetings';
import type { ErrorItem } from '../../ui/ErrorSummary';

export interface TeamForm {
  tacMemberIds: string[];
  /** '' while no lead professional has been chosen. */
  leadProfessionalId: string;
  reason: string;
}

export interface CurrentTeam {
  episodeId: string;
  tacMemberIds: readonly string[];
  leadProfessionalId?: string;
}

export type TeamChangeResult = { ok: true; operations: WriteOperation[] } | { ok: false; errors: ErrorItem[] };

/**
 * Turn the "People on this case" form into one atomic batch: the episode's `tacMemberIds` and
 * `leadProfessionalId` (what the server reads to decide who receives the case) and one append-only
 * `roleAssignment` per change, so "who was lead professional when" survives later changes.
 * A new lead professional needs a reason, as the handover is a decision others will ask about.
 */
export function buildTeamChange(
  current: CurrentTeam,
  form: TeamForm,
  decidedBy: string,
  today: string,
): TeamChangeResult {
  const before = new Set(current.tacMemberIds);
  const after = new Set(form.tacMemberIds);
  const added = form.tacMemberIds.filter((id) => !before.has(id));
  const removed = current.tacMemberIds.filter((id) => !after.has(id));
  const newLead = form.leadProfessionalId || undefined;
  const leadChanged = newLead !== current.leadProfessionalId;
  const reason = form.reason.trim();

  const errors: ErrorItem[] = [];
  if (added.length === 0 && removed.length === 0 && !leadChanged)
    errors.push({
      href: 'tacMembers',
      message: 'Change the Team Around the Child members or the lead professional before saving',
    });
  if (leadChanged && current.leadProfessionalId && !newLead)
    errors.push({ href: 'leadProfessional', message: 'Select the new lead professional' });
  if (leadChanged) {
    const parsed = roleChangeReasonSchema.safeParse(reason);
    if (!parsed.success)
      errors.push({ href: 'reason', message: parsed.error.issues[0]?.message ?? 'Enter the reason for the change' });
  }
  if (errors.length > 0) return { ok: false, errors };

  const assignment = (
    role: RoleAssignment['role'],
    practitionerId: string,
    change: RoleAssignment['change'],
  ): WriteOperation => ({
    op: 'create',
    kind: 'roleAssignment',
    caseId: current.episodeId,
    data: { role, practitionerId, change, fromDate: today, reason: reason || undefined, decidedBy },
  });

  const operations: WriteOperation[] = [
    {
      op: 'update',
      kind: 'episode',
      id: current.episodeId,
      fields: { tacMemberIds: [...form.tacMemberIds], leadProfessionalId: newLead ?? null },
    },
    ...removed.map((id) => assignment('tacMember', id, 'removed')),
    ...added.map((id) => assignment('tacMember', id, 'assigned')),
  ];
  if (leadChanged) {
    if (current.leadProfessionalId)
      operations.push(assignment('leadProfessional', current.leadProfessionalId, 'removed'));
    if (newLead) operations.push(assignment('leadProfessional', newLead, 'assigned'));
  }
  return { ok: true, operations };
}

export interface RoleHistoryRow {
  id: string;
  fromDate: string;
  recordedAt: string;
  role: RoleAssignment['role'];
  change: RoleAssignment['change'];
  practitionerId: string;
  reason?: string;
  decidedBy?: string;
}

/** Oldest first, so the table reads as the story of the case; same-day changes keep the order they were made in. */
export function roleHistory(
  records: readonly { id: string; createdAt: string; data: Record<string, unknown> }[],
): RoleHistoryRow[] {
  return records
    .map((record) => {
      const data = record.data as RoleAssignment;
      return {
        id: record.id,
        fromDate: data.fromDate,
        recordedAt: record.createdAt,
        role: data.role,
        change: data.change,
        practitionerId: data.practitionerId,
        reason: data.reason,
        decidedBy: data.decidedBy,
      };
    })
    .sort(
      (a, b) =>
        a.fromDate.localeCompare(b.fromDate) || a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id),
    );
}

/** The episode fields whose value is who holds a role on the case. */
const ROLE_OF_FIELD: Readonly<Record<string, RoleAssignment['role']>> = {
  tacMemberIds: 'tacMember',
  leadProfessionalId: 'leadProfessional',
};

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * When two people changed the team at the same time, each recorded their own "started" in the role
 * history. Settling the conflict decides who actually stays, so the history is brought in line: a
 * person one side added and the settled value leaves out gets "stopped", and one the settled value
 * keeps but the history has as stopped gets "started". Only people the sides disagree about are
 * touched; everyone both sides had is left as the history already tells it.
 */
export function settleRoleHistory(input: {
  caseId: string;
  field: string;
  sides: readonly unknown[];
  settled: unknown;
  history: readonly RoleHistoryRow[];
  decidedBy: string;
  today: string;
}): WriteOperation[] {
  const role = ROLE_OF_FIELD[input.field];
  if (!role) return [];
  const sideLists = input.sides.map(idsIn);
  const inEvery = (id: string) => sideLists.every((list) => list.includes(id));
  const disputed = [...new Set(sideLists.flat())].filter((id) => !inEvery(id));
  const settled = new Set(idsIn(input.settled));
  const holds = new Map<string, boolean>();
  for (const row of input.history) if (row.role === role) holds.set(row.practitionerId, row.change === 'assigned');

  return disputed.flatMap((practitionerId): WriteOperation[] => {
    const stays = settled.has(practitionerId);
    if (stays === (holds.get(practitionerId) ?? false)) return [];
    return [
      {
        op: 'create',
        kind: 'roleAssignment',
        caseId: input.caseId,
        data: {
          role,
          practitionerId,
          change: stays ? 'assigned' : 'removed',
          fromDate: input.today,
          reason: 'Two changes to the team made at the same time were settled on the conflicts screen.',
          decidedBy: input.decidedBy,
        },
      },
    ];
  });
}

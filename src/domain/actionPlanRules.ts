/**
 * Rules of the Team Around the Child action plan (caf-domain.md step 7): every action is SMART,
 * so the plan flags an action nobody owns or nobody has dated instead of refusing it while the
 * meeting is still typing (issue 5 item 6).
 */

export type ActionFlag = 'noOwner' | 'noAgency' | 'noDueDate' | 'pastDueDate';

export const ACTION_FLAG_TEXT: Record<ActionFlag, string> = {
  noOwner: 'No one is responsible',
  noAgency: 'No agency',
  noDueDate: 'No date to be done by',
  pastDueDate: 'Past its date',
};

/** The action fields the rules read; synced records are read defensively. */
export interface ActionFields {
  ownerName?: unknown;
  ownerPractitionerId?: unknown;
  ownerAgencyId?: unknown;
  dueDate?: unknown;
  status?: unknown;
}

function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** A finished action (achieved or recorded as not achieved) no longer waits on anyone. */
export function isActionOpen(action: ActionFields): boolean {
  return action.status !== 'achieved' && action.status !== 'notAchieved';
}

/**
 * Why an action is not SMART yet. `today` is YYYY-MM-DD; an action is past its date from the day
 * after its due date, and only while it is still open.
 */
export function actionFlags(action: ActionFields, today: string): ActionFlag[] {
  const flags: ActionFlag[] = [];
  if (!hasText(action.ownerName) && !hasText(action.ownerPractitionerId)) flags.push('noOwner');
  if (!hasText(action.ownerAgencyId)) flags.push('noAgency');
  if (!hasText(action.dueDate)) flags.push('noDueDate');
  else if (isActionOpen(action) && action.dueDate < today) flags.push('pastDueDate');
  return flags;
}

/** The issue's own rule: an action without an owner or a date is flagged. */
export function isActionIncomplete(action: ActionFields): boolean {
  return (!hasText(action.ownerName) && !hasText(action.ownerPractitionerId)) || !hasText(action.dueDate);
}

export interface PlanRecords {
  needs: readonly { id: string; data: { childId?: unknown; status?: unknown } }[];
  actions: readonly { id: string; data: ActionFields & { needId?: unknown } }[];
  meetings: readonly { id: string; data: { status?: unknown } }[];
}

/** Open needs with no action meeting them yet: the plan has a gap there. */
export function needsWithoutActions(records: PlanRecords): string[] {
  const met = new Set(records.actions.map((action) => action.data.needId));
  return records.needs
    .filter((need) => need.data.status !== 'met' && need.data.status !== 'noServiceAvailable')
    .filter((need) => !met.has(need.id))
    .map((need) => need.id);
}

export type PlanStatus = 'notStarted' | 'inProgress' | 'completed';

/**
 * The case-page status of the TAC plan: complete once a TAC meeting has been held, every open need
 * has an action and no action lacks an owner or a date.
 */
export function planStatus(records: PlanRecords): PlanStatus {
  if (records.needs.length === 0 && records.actions.length === 0 && records.meetings.length === 0) return 'notStarted';
  const held = records.meetings.some((meeting) => meeting.data.status === 'held');
  const gaps = needsWithoutActions(records).length > 0;
  const incomplete = records.actions.some((action) => isActionIncomplete(action.data));
  return held && records.needs.length > 0 && !gaps && !incomplete ? 'completed' : 'inProgress';
}

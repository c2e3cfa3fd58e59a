import type { WriteOperation } from '../../db';
import { addMonths } from '../../domain/caseTimescales';
import { parseDateParts, type DateParts } from '../../domain/dateInput';
import { newId } from '../../domain/ids';
import type { Action } from '../../domain/records/plan';
import { reviewSchema } from '../../domain/records/review';
import type { ErrorItem } from '../../ui/ErrorSummary';
import { buildTeamChange } from '../team/teamChanges';

export const NO_CHANGE = 'noChange';

export interface ActionProgressInput {
  status: string;
  summary: string;
}

export interface ReviewForm {
  date: DateParts;
  progress: Record<string, ActionProgressInput>;
  actionsNotAchieved: string;
  newConcerns: string;
  agenciesToAdd: string[];
  /** NO_CHANGE, or the practitioner who becomes lead professional. */
  newLeadProfessionalId: string;
  leadProfessionalChangeReason: string;
  nextReviewDate: DateParts;
}

export interface ReviewContext {
  episodeId: string;
  episodeStatus: string;
  tacMemberIds: readonly string[];
  leadProfessionalId?: string;
  actions: readonly { id: string; data: Action }[];
  recordedBy: string;
  today: string;
}

/** The default next review: the review date plus the episode's interval (3 months unless the episode says otherwise). */
export function defaultNextReview(reviewDate: string, intervalMonths: number): string {
  return addMonths(reviewDate, intervalMonths);
}

const ORDER = ['date', 'progress', 'newLeadProfessionalId', 'leadProfessionalChangeReason', 'nextReviewDate'];

/**
 * A held review as one batch: the review (progress per action, what was not achieved, new concerns,
 * agencies to add, next date), each action whose status changed, the episode moved to its review
 * stage, and, when the lead professional changes, the same episode update and role history as the
 * "People on this case" screen so access and "who held it when" stay right.
 */
export function buildReview(
  form: ReviewForm,
  context: ReviewContext,
): { ok: true; operations: WriteOperation[]; reviewId: string } | { ok: false; errors: ErrorItem[] } {
  const errors = new Map<string, string>();
  const date = parseDateParts(form.date, 'Date of the review');
  const next = parseDateParts(form.nextReviewDate, 'Next review date');
  if (!date.ok) errors.set('date', date.message);
  else if (date.value && date.value > context.today)
    errors.set('date', 'Date of the review must be today or in the past');
  if (!next.ok) errors.set('nextReviewDate', next.message);

  const newLead =
    form.newLeadProfessionalId && form.newLeadProfessionalId !== NO_CHANGE ? form.newLeadProfessionalId : undefined;
  const leadChanges = newLead !== undefined && newLead !== context.leadProfessionalId;
  const actionProgress = context.actions.map((action) => {
    const input = form.progress[action.id];
    return {
      actionId: action.id,
      status: (input?.status || action.data.status) as Action['status'],
      summary: input?.summary.trim() || undefined,
    };
  });
  const review = {
    date: date.ok ? date.value : undefined,
    status: 'held' as const,
    chairId: context.leadProfessionalId,
    actionProgress,
    actionsNotAchieved: form.actionsNotAchieved.trim() || undefined,
    newConcerns: form.newConcerns.trim() || undefined,
    agenciesToAdd: form.agenciesToAdd.length > 0 ? [...form.agenciesToAdd] : undefined,
    newLeadProfessionalId: leadChanges ? newLead : undefined,
    leadProfessionalChangeReason: leadChanges ? form.leadProfessionalChangeReason.trim() || undefined : undefined,
    nextReviewDate: next.ok ? next.value : undefined,
  };
  const parsed = reviewSchema.safeParse(review);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if (!errors.has(field)) errors.set(field, issue.message);
    }
  if (errors.size > 0 || !parsed.success)
    return {
      ok: false,
      errors: [...errors.entries()]
        .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
        .map(([field, message]) => ({ href: field, message })),
    };

  const reviewId = newId();
  const operations: WriteOperation[] = [
    { op: 'create', kind: 'review', caseId: context.episodeId, id: reviewId, data: parsed.data },
  ];
  for (const progress of actionProgress) {
    const action = context.actions.find((candidate) => candidate.id === progress.actionId);
    if (action && action.data.status !== progress.status)
      operations.push({ op: 'update', kind: 'action', id: action.id, fields: { status: progress.status } });
  }
  if (context.episodeStatus === 'plan')
    operations.push({ op: 'update', kind: 'episode', id: context.episodeId, fields: { status: 'review' } });
  if (leadChanges) {
    const team = buildTeamChange(
      {
        episodeId: context.episodeId,
        tacMemberIds: context.tacMemberIds,
        leadProfessionalId: context.leadProfessionalId,
      },
      {
        tacMemberIds: [...context.tacMemberIds],
        leadProfessionalId: newLead,
        reason: form.leadProfessionalChangeReason,
      },
      context.recordedBy,
      parsed.data.date,
    );
    if (!team.ok) return { ok: false, errors: team.errors };
    operations.push(...team.operations);
  }
  return { ok: true, operations, reviewId };
}

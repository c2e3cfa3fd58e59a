import { closureSchema, type Closure } from './records/closure';
import type { EpisodeStatus } from './records/episode';

/** What the practitioner entered on the closure form, dates already turned into YYYY-MM-DD (or a parse error). */
export interface ClosureInput {
  reason: string;
  summary: string;
  steppedUpTo: string;
  closedDate: { ok: true; value: string | undefined } | { ok: false; message: string };
}

export interface ClosureContext {
  episodeStatus: EpisodeStatus;
  enquiryDate: string;
  closedBy: string;
  today: string;
}

export interface ClosureIssue {
  field: 'reason' | 'steppedUpTo' | 'summary' | 'closedDate';
  message: string;
}

export type ClosureDecision =
  | { ok: true; closure: Closure; episodeFields: { status: 'closed'; closedDate: string } }
  | { ok: false; issues: ClosureIssue[] };

const FIELD_ORDER: ClosureIssue['field'][] = ['reason', 'steppedUpTo', 'summary', 'closedDate'];

/**
 * Whether an episode may close, and with what. A reason and a closing summary are both mandatory
 * (caf-domain.md, Closure); a step up says where to. The closure and the episode's new status are
 * returned together so the caller writes them in one batch: an episode is never left half-closed.
 */
export function decideClosure(input: ClosureInput, context: ClosureContext): ClosureDecision {
  const issues = new Map<ClosureIssue['field'], string>();
  if (context.episodeStatus === 'closed')
    return { ok: false, issues: [{ field: 'reason', message: 'This CAF is already closed' }] };

  if (!input.closedDate.ok) issues.set('closedDate', input.closedDate.message);
  else if (input.closedDate.value && input.closedDate.value > context.today)
    issues.set('closedDate', 'Date closed must be today or in the past');
  else if (input.closedDate.value && input.closedDate.value < context.enquiryDate)
    issues.set('closedDate', 'Date closed must be on or after the date of enquiry');

  const candidate = {
    reason: input.reason || undefined,
    summary: input.summary,
    // A destination only means something for a step up; a stale choice from changing the reason is dropped.
    steppedUpTo: input.reason === 'steppedUp' ? input.steppedUpTo || undefined : undefined,
    closedDate: input.closedDate.ok ? input.closedDate.value : undefined,
    closedBy: context.closedBy,
  };
  const parsed = closureSchema.safeParse(candidate);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as ClosureIssue['field'];
      if (FIELD_ORDER.includes(field) && !issues.has(field)) issues.set(field, issue.message);
    }
  if (issues.size > 0 || !parsed.success)
    return {
      ok: false,
      issues: [...issues.entries()]
        .sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b))
        .map(([field, message]) => ({ field, message })),
    };
  return { ok: true, closure: parsed.data, episodeFields: { status: 'closed', closedDate: parsed.data.closedDate } };
}

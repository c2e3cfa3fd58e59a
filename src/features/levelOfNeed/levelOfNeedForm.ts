import type { WriteOperation } from '../../db';
import { parseDateParts, type DateParts } from '../../domain/dateInput';
import { newId } from '../../domain/ids';
import { episodeLevelModel, signalsSafeguarding } from '../../domain/levelOfNeedRules';
import { levelOfNeedEntrySchema, type LevelOfNeedEntry } from '../../domain/records/levelOfNeed';
import type { ErrorItem } from '../../ui/ErrorSummary';

export const ALL_CHILDREN = 'all';

export interface LevelForm {
  modelId: string;
  /** ALL_CHILDREN, or the id of the child the decision is about. */
  childScope: string;
  levelId: string;
  riskOfSignificantHarm: boolean;
  date: DateParts;
  reason: string;
}

export interface LevelDecisionContext {
  episodeId: string;
  episodeModelId: string | undefined;
  decidedBy: string;
  today: string;
}

export interface LevelDecision {
  entryId: string;
  entry: LevelOfNeedEntry;
  /** Set when the safeguarding interrupt must be acknowledged before the decision is saved. */
  interrupt?: string;
  episodeModelChange?: string;
}

const INPUT_FOR_FIELD: Record<string, string> = {
  modelId: 'modelId',
  levelId: 'levelId',
  date: 'date',
  reason: 'reason',
};
const ORDER = ['modelId', 'levelId', 'date', 'reason'];

/** Checks the form and shapes the decision, or returns the GOV.UK error list. Nothing is written here. */
export function buildLevelDecision(
  form: LevelForm,
  context: LevelDecisionContext,
): { ok: true; decision: LevelDecision } | { ok: false; errors: ErrorItem[] } {
  const errors = new Map<string, string>();
  const date = parseDateParts(form.date, 'Date decided');
  if (!date.ok) errors.set('date', date.message);
  else if (date.value && date.value > context.today) errors.set('date', 'Date decided must be today or in the past');

  const entry = {
    childId: form.childScope && form.childScope !== ALL_CHILDREN ? form.childScope : undefined,
    modelId: form.modelId,
    levelId: form.levelId,
    date: date.ok ? date.value : undefined,
    reason: form.reason.trim(),
    decidedBy: context.decidedBy,
  };
  const parsed = levelOfNeedEntrySchema.safeParse(entry);
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
        .map(([field, message]) => ({ href: INPUT_FOR_FIELD[field] ?? field, message })),
    };

  const model = episodeLevelModel(form.modelId);
  const level = model.levels.find((candidate) => candidate.id === form.levelId);
  const interrupt = signalsSafeguarding(model, form.levelId, form.riskOfSignificantHarm)
    ? form.riskOfSignificantHarm
      ? 'You recorded that the child may be at risk of significant harm'
      : `You recorded ${level?.label ?? 'the highest level of need'}`
    : undefined;
  return {
    ok: true,
    decision: {
      entryId: newId(),
      entry: parsed.data,
      interrupt,
      episodeModelChange: context.episodeModelId === form.modelId ? undefined : form.modelId,
    },
  };
}

/**
 * The writes for a decision, in one batch. After the safeguarding interrupt, the entry carries the
 * acknowledgement and the step-up request, and an audit event makes the step up countable and visible
 * to the co-ordinator even if the level is later stepped down. The audit detail names the trigger only,
 * never anything about the family.
 */
export function levelDecisionWrites(
  decision: LevelDecision,
  episodeId: string,
  acknowledgement?: { at: string; stepUpDetails: string; riskOfSignificantHarm: boolean },
): WriteOperation[] {
  const operations: WriteOperation[] = [];
  if (decision.episodeModelChange)
    operations.push({
      op: 'update',
      kind: 'episode',
      id: episodeId,
      fields: { levelModelId: decision.episodeModelChange },
    });
  const entry: Record<string, unknown> = { ...decision.entry };
  if (acknowledgement) {
    entry.safeguardingAcknowledgedAt = acknowledgement.at;
    entry.stepUpRequested = true;
    entry.stepUpDetails = acknowledgement.stepUpDetails || undefined;
  }
  operations.push({ op: 'create', kind: 'levelOfNeed', caseId: episodeId, id: decision.entryId, data: entry });
  if (acknowledgement)
    operations.push({
      op: 'create',
      kind: 'auditEvent',
      caseId: episodeId,
      data: {
        action: 'safeguardingStepUp',
        subjectKind: 'levelOfNeed',
        subjectId: decision.entryId,
        at: acknowledgement.at,
        detail: acknowledgement.riskOfSignificantHarm
          ? `Risk of significant harm; level ${decision.entry.levelId} (${decision.entry.modelId})`
          : `Level ${decision.entry.levelId} (${decision.entry.modelId})`,
      },
    });
  return operations;
}

import type { WriteOperation } from '../../db';
import type { PciScale } from '../../domain/config/pciScale';
import { BASELINE_POINT, pointOf, type PciRater, type ScoreRecord } from '../../domain/pciScoring';
import type { ErrorItem } from '../../ui/ErrorSummary';

/** A score as the forms hold it: a point of the scale ("3"), NOT_SCORING, or "" for no answer. */
export const NOT_SCORING = 'notScoring';

export interface RaterAnswer {
  choice: string;
  reason: string;
}

/** One new PCI score for a need, at the baseline or a review, on `scale`. */
export function pciScoreWrite({
  caseId,
  needId,
  rater,
  point,
  answer,
  scale,
  today,
}: {
  caseId: string;
  needId: string;
  rater: PciRater;
  point: string;
  answer: RaterAnswer;
  scale: PciScale;
  today: string;
}): WriteOperation {
  return {
    op: 'create',
    kind: 'pciScore',
    caseId,
    data: {
      needId,
      rater,
      ...(answer.choice === NOT_SCORING ? { notScoredReason: answer.reason.trim() } : { value: Number(answer.choice) }),
      scaleId: scale.id,
      direction: scale.direction,
      date: today,
      ...(point === BASELINE_POINT ? { baseline: true } : { reviewId: point }),
    },
  };
}

/** What counts now for a need and rater at a point (the last recorded), as the form shows it. */
export function currentAnswer(
  scores: readonly ScoreRecord[],
  needId: string,
  rater: PciRater,
  point: string,
): RaterAnswer {
  const current = scores
    .filter((score) => score.data.needId === needId && score.data.rater === rater && pointOf(score.data) === point)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .at(-1);
  if (!current) return { choice: '', reason: '' };
  if (typeof current.data.value === 'number') return { choice: String(current.data.value), reason: '' };
  return { choice: NOT_SCORING, reason: current.data.notScoredReason ?? '' };
}

const RATER_TEXT: Record<PciRater, string> = {
  parent: 'the parent or carer',
  child: 'the child',
  practitioner: 'you',
};

export const answerFieldId = (needId: string, rater: PciRater) => `score-${needId}-${rater}`;
export const reasonFieldId = (needId: string, rater: PciRater) => `score-${needId}-${rater}-reason`;

/**
 * The practitioner's score sheet for one point as writes: one new score for every answer that
 * differs from what counts now (scores are append-only, so an unchanged answer writes nothing and a
 * changed one is a correction that is recorded last). "Not scoring" needs a reason.
 */
export function buildScoreSheet(
  answers: Readonly<Record<string, Partial<Record<PciRater, RaterAnswer>>>>,
  context: {
    caseId: string;
    point: string;
    needs: readonly { id: string; description: string }[];
    scores: readonly ScoreRecord[];
    scale: PciScale;
    today: string;
  },
): { ok: true; operations: WriteOperation[] } | { ok: false; errors: ErrorItem[] } {
  const errors: ErrorItem[] = [];
  const operations: WriteOperation[] = [];
  for (const need of context.needs)
    for (const rater of ['parent', 'child', 'practitioner'] as const) {
      const answer = answers[need.id]?.[rater];
      if (!answer || answer.choice === '') continue;
      if (answer.choice === NOT_SCORING && !answer.reason.trim()) {
        errors.push({
          href: reasonFieldId(need.id, rater),
          message: `Enter why ${RATER_TEXT[rater]} did not score “${need.description}”`,
        });
        continue;
      }
      const current = currentAnswer(context.scores, need.id, rater, context.point);
      const same =
        current.choice === answer.choice && (answer.choice !== NOT_SCORING || current.reason === answer.reason.trim());
      if (same) continue;
      operations.push(
        pciScoreWrite({
          caseId: context.caseId,
          needId: need.id,
          rater,
          point: context.point,
          answer,
          scale: context.scale,
          today: context.today,
        }),
      );
    }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, operations };
}

import { needsAtPoint, pointOf, type ReviewRecord, type ScoreRecord } from '../../domain/pciScoring';
import type { PciChild, PciNeed } from './usePciCase';

export interface ChildTurn {
  childId: string;
  firstName: string;
  needs: PciNeed[];
}

export type FamilyStep =
  | { kind: 'intro' }
  | { kind: 'question'; rater: 'parent' | 'child'; need: PciNeed; number: number; total: number; turn?: ChildTurn }
  | { kind: 'childTurn'; turn: ChildTurn }
  | { kind: 'done' };

/**
 * The screens of one hand-over, in order: an explanation, one need per screen for the parent or
 * carer, then for each child who can score, a "now it's your turn" screen and their own needs. A child
 * is left out when unborn, or when the practitioner recorded before handing over why they are not
 * scoring (every one of their needs has a reason at this point).
 */
export function familySteps({
  needs,
  children,
  scores,
  reviews,
  point,
}: {
  needs: readonly PciNeed[];
  children: readonly PciChild[];
  scores: readonly ScoreRecord[];
  reviews: readonly ReviewRecord[];
  point: string;
}): FamilyStep[] {
  const asked = needsAtPoint(needs, point, reviews);
  const notScoring = (needId: string) =>
    scores.some(
      (score) =>
        score.data.needId === needId &&
        score.data.rater === 'child' &&
        pointOf(score.data) === point &&
        score.data.value === undefined &&
        !!score.data.notScoredReason,
    );
  const turns: ChildTurn[] = children
    .filter((child) => !child.unborn)
    .map((child) => ({
      childId: child.id,
      firstName: child.firstName,
      needs: asked.filter((need) => need.childId === child.id),
    }))
    .filter((turn) => turn.needs.length > 0 && !turn.needs.every((need) => notScoring(need.id)));
  return [
    { kind: 'intro' },
    ...asked.map((need, index): FamilyStep => ({
      kind: 'question',
      rater: 'parent',
      need,
      number: index + 1,
      total: asked.length,
    })),
    ...turns.flatMap((turn): FamilyStep[] => [
      { kind: 'childTurn', turn },
      ...turn.needs.map((need, index): FamilyStep => ({
        kind: 'question',
        rater: 'child',
        need,
        number: index + 1,
        total: turn.needs.length,
        turn,
      })),
    ]),
    { kind: 'done' },
  ];
}

/** The first names of the children who get a turn, joined for a sentence: "Wren and Tansy". */
export function childTurnNames(steps: readonly FamilyStep[]): string {
  const names = steps.flatMap((step) => (step.kind === 'childTurn' ? [step.turn.firstName] : []));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

import type { WriteOperation } from '../../db';
import type { ClosureDecision } from '../../domain/closureRules';

type Accepted = Extract<ClosureDecision, { ok: true }>;

/** The closure and the episode's closed status as one atomic batch: both are written, or neither. */
export function closureWrites(episodeId: string, decision: Accepted): WriteOperation[] {
  return [
    { op: 'create', kind: 'closure', caseId: episodeId, data: decision.closure },
    { op: 'update', kind: 'episode', id: episodeId, fields: decision.episodeFields },
  ];
}

import { useMemo } from 'react';
import { useCaseRecordsByKind, useRecord, type StoredRecord } from '../../db';
import type { NeedRecord, ReviewRecord, ScoreRecord } from '../../domain/pciScoring';
import type { PciScore } from '../../domain/records/pciScore';
import { childDisplayName } from '../caseload/childName';

export interface PciNeed extends NeedRecord {
  description: string;
  childId: string;
  childName: string;
  childFirstName: string;
}

export interface PciChild {
  id: string;
  name: string;
  firstName: string;
  unborn: boolean;
}

export interface PciCase {
  episode: StoredRecord;
  closed: boolean;
  children: PciChild[];
  /** In the plan's order: by child, then oldest first. */
  needs: PciNeed[];
  scores: (ScoreRecord & { createdBy: string })[];
  reviews: ReviewRecord[];
  actions: { id: string; data: { needId?: unknown } }[];
}

const oldestFirst = (a: StoredRecord, b: StoredRecord) => a.createdAt.localeCompare(b.createdAt);

/** Everything the distance-travelled screens read about one case, from one reactive read. */
export function usePciCase(caseId: string | undefined): PciCase | null | undefined {
  const episode = useRecord('episode', caseId);
  const byKind = useCaseRecordsByKind(caseId);
  return useMemo(() => {
    if (episode === undefined || byKind === undefined) return undefined;
    if (episode === null) return null;
    const order = (episode.data['childIds'] as string[] | undefined) ?? [];
    const children = (byKind['child'] ?? [])
      .slice()
      .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
      .map((child) => ({
        id: child.id,
        name: childDisplayName(child),
        firstName: String(child.data['firstName'] ?? '') || childDisplayName(child),
        unborn: child.data['unborn'] === true,
      }));
    const childIndex = (id: string) => children.findIndex((child) => child.id === id);
    const needs = (byKind['need'] ?? [])
      .slice()
      .sort(oldestFirst)
      .map((need): PciNeed => {
        const childId = String(need.data['childId'] ?? '');
        const child = children.find((candidate) => candidate.id === childId);
        return {
          id: need.id,
          data: need.data as NeedRecord['data'],
          description: String(need.data['description'] ?? ''),
          childId,
          childName: child?.name ?? '',
          childFirstName: child?.firstName ?? '',
        };
      })
      .sort((a, b) => childIndex(a.childId) - childIndex(b.childId));
    return {
      episode,
      closed: episode.data['status'] === 'closed',
      children,
      needs,
      scores: (byKind['pciScore'] ?? []).map((score) => ({
        id: score.id,
        createdAt: score.createdAt,
        createdBy: score.createdBy,
        data: score.data as PciScore,
      })),
      reviews: (byKind['review'] ?? []).map((review) => ({
        id: review.id,
        data: { date: String(review.data['date'] ?? ''), status: String(review.data['status'] ?? '') },
      })),
      actions: (byKind['action'] ?? []).map((action) => ({ id: action.id, data: { needId: action.data['needId'] } })),
    };
  }, [episode, byKind]);
}

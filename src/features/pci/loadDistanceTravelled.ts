import { listKind, type StoredRecord } from '../../db';
import type { CaseScores } from '../../domain/pciScoring';
import type { PciScore } from '../../domain/records/pciScore';

function byCase(records: readonly StoredRecord[]): Map<string, StoredRecord[]> {
  const grouped = new Map<string, StoredRecord[]>();
  for (const record of records) grouped.set(record.caseId, [...(grouped.get(record.caseId) ?? []), record]);
  return grouped;
}

/**
 * The needs, scores and reviews of every case on this device: the practitioner's caseload, since a
 * device only ever holds the cases sync lets its practitioner see. Four reads, one per kind, rather
 * than four per case.
 */
export async function loadCaseScores(): Promise<CaseScores[]> {
  const [episodes, needs, scores, reviews] = await Promise.all([
    listKind('episode'),
    listKind('need'),
    listKind('pciScore'),
    listKind('review'),
  ]);
  const needsByCase = byCase(needs);
  const scoresByCase = byCase(scores);
  const reviewsByCase = byCase(reviews);
  return episodes.map((episode) => ({
    caseId: episode.id,
    needs: (needsByCase.get(episode.id) ?? []).map((need) => ({
      id: need.id,
      data: {
        category: need.data['category'] as string | undefined,
        outcomeTag: need.data['outcomeTag'] as string | undefined,
        identifiedAtReviewId: need.data['identifiedAtReviewId'] as string | undefined,
      },
    })),
    scores: (scoresByCase.get(episode.id) ?? []).map((score) => ({
      id: score.id,
      createdAt: score.createdAt,
      data: score.data as PciScore,
    })),
    reviews: (reviewsByCase.get(episode.id) ?? []).map((review) => ({
      id: review.id,
      data: { date: String(review.data['date'] ?? ''), status: String(review.data['status'] ?? '') },
    })),
  }));
}

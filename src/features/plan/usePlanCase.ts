import { useCaseRecordsByKind, useRecord, type StoredRecord } from '../../db';

export interface PlanCase {
  episode: StoredRecord;
  children: StoredRecord[];
  needs: StoredRecord[];
  actions: StoredRecord[];
  meetings: StoredRecord[];
  attendance: StoredRecord[];
  familyMembers: StoredRecord[];
  /** Reviews of the plan, planned and held, by date. */
  reviews: StoredRecord[];
}

const oldestFirst = (a: StoredRecord, b: StoredRecord) => a.createdAt.localeCompare(b.createdAt);

/** The plan's records of one case, from one reactive read. `null` when the case is not on the device. */
export function usePlanCase(caseId: string | undefined): PlanCase | null | undefined {
  const episode = useRecord('episode', caseId);
  const byKind = useCaseRecordsByKind(caseId);
  if (episode === undefined || byKind === undefined) return undefined;
  if (episode === null) return null;
  const order = (episode.data['childIds'] as string[] | undefined) ?? [];
  return {
    episode,
    children: (byKind['child'] ?? []).slice().sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)),
    needs: (byKind['need'] ?? []).slice().sort(oldestFirst),
    actions: (byKind['action'] ?? []).slice().sort(oldestFirst),
    meetings: (byKind['tacMeeting'] ?? [])
      .slice()
      .sort((a, b) => String(a.data['date']).localeCompare(String(b.data['date']))),
    attendance: (byKind['meetingAttendance'] ?? []).slice().sort(oldestFirst),
    familyMembers: (byKind['familyMember'] ?? []).slice().sort(oldestFirst),
    reviews: (byKind['review'] ?? [])
      .slice()
      .sort((a, b) => String(a.data['date']).localeCompare(String(b.data['date']))),
  };
}

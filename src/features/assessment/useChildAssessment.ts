import { useCaseRecordsByKind, useRecord, type StoredRecord } from '../../db';
import { familySectionSource } from '../../domain/assessmentProgress';
import { childDisplayName } from '../caseload/childName';

export interface ChildAssessment {
  episode: StoredRecord;
  child: StoredRecord;
  /** Undefined until the assessment is started. */
  assessment: StoredRecord | undefined;
  /** The assessment holding the family and environment section: a sibling's in a family CAF. */
  familySource: StoredRecord | undefined;
  /** Names of the children whose assessments share that family section (this child included). */
  sharedWith: string[];
  familyMembers: StoredRecord[];
}

export type ChildAssessmentState =
  { state: 'loading' } | { state: 'notFound' } | ({ state: 'ready' } & ChildAssessment);

/** Everything one child's assessment pages read, from one reactive read of the case. */
export function useChildAssessment(caseId: string | undefined, childId: string | undefined): ChildAssessmentState {
  const episode = useRecord('episode', caseId);
  const byKind = useCaseRecordsByKind(caseId);
  if (episode === undefined || byKind === undefined) return { state: 'loading' };
  const child = byKind['child']?.find((candidate) => candidate.id === childId);
  if (episode === null || !child) return { state: 'notFound' };
  const assessments = (byKind['assessment'] ?? []).slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const assessment = assessments.find((candidate) => candidate.data['childId'] === childId);
  const familySource = assessment ? familySectionSource(assessment, assessments) : undefined;
  const children = byKind['child'] ?? [];
  const sharedWith = familySource
    ? assessments
        .filter((candidate) => familySectionSource(candidate, assessments).id === familySource.id)
        .map((candidate) => children.find((c) => c.id === candidate.data['childId']))
        .filter((c): c is StoredRecord => c !== undefined)
        .map(childDisplayName)
    : [];
  return {
    state: 'ready',
    episode,
    child,
    assessment,
    familySource,
    sharedWith,
    familyMembers: byKind['familyMember'] ?? [],
  };
}

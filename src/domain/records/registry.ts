import { z } from 'zod';
import { agencySchema, practitionerSchema } from './directory';
import { childRules, childSchema, familyMemberSchema, householdSchema } from './family';
import { episodeSchema } from './episode';
import { auditEventSchema } from './audit';
import { levelOfNeedEntrySchema } from './levelOfNeed';
import { preAssessmentRules, preAssessmentSchema } from './preAssessment';
import { assessmentRules, assessmentSchema } from './assessment';
import { actionSchema, needSchema } from './plan';
import { meetingAttendanceSchema, roleAssignmentSchema, tacMeetingSchema } from './meetings';
import { reviewRules, reviewSchema } from './review';
import { closureRules, closureSchema } from './closure';
import { consentEventSchema } from './consent';
import { pciScoreSchema } from './pciScore';
import { conflictRules, conflictSchema } from './conflict';
import type { CrossFieldRules } from './fieldSchemas';

interface RecordDefinition {
  schema: z.ZodObject;
  merge: 'fields' | 'append';
  rules?: CrossFieldRules<never>;
}

/**
 * Every kind of record, its schema and how concurrent writes to it combine:
 * - `fields`: mergeable form record; concurrent edits merge per field (see src/domain/merge.ts);
 * - `append`: an immutable event; it is never edited, so it never conflicts.
 * Adding a kind here makes it storable, syncable and validated on both the device and the server.
 * `rules` names the rules across fields the schema's superRefine applies (every mergeable kind with
 * one must name it: an edit is checked field by field, then against these).
 */
export const recordDefinitions = {
  practitioner: { schema: practitionerSchema, merge: 'fields' },
  agency: { schema: agencySchema, merge: 'fields' },
  child: { schema: childSchema, merge: 'fields', rules: childRules },
  household: { schema: householdSchema, merge: 'fields' },
  familyMember: { schema: familyMemberSchema, merge: 'fields' },
  episode: { schema: episodeSchema, merge: 'fields' },
  levelOfNeed: { schema: levelOfNeedEntrySchema, merge: 'append' },
  preAssessment: { schema: preAssessmentSchema, merge: 'fields', rules: preAssessmentRules },
  assessment: { schema: assessmentSchema, merge: 'fields', rules: assessmentRules },
  need: { schema: needSchema, merge: 'fields' },
  action: { schema: actionSchema, merge: 'fields' },
  tacMeeting: { schema: tacMeetingSchema, merge: 'fields' },
  meetingAttendance: { schema: meetingAttendanceSchema, merge: 'append' },
  roleAssignment: { schema: roleAssignmentSchema, merge: 'append' },
  review: { schema: reviewSchema, merge: 'fields', rules: reviewRules },
  closure: { schema: closureSchema, merge: 'fields', rules: closureRules },
  consentEvent: { schema: consentEventSchema, merge: 'append' },
  pciScore: { schema: pciScoreSchema, merge: 'append' },
  auditEvent: { schema: auditEventSchema, merge: 'append' },
  conflict: { schema: conflictSchema, merge: 'fields', rules: conflictRules },
} as const satisfies Record<string, RecordDefinition>;

export type RecordKind = keyof typeof recordDefinitions;
export const RECORD_KINDS = Object.keys(recordDefinitions) as RecordKind[];
export const recordKindSchema = z.enum(RECORD_KINDS as [RecordKind, ...RecordKind[]], {
  error: 'Unknown record kind',
});
export type RecordData<K extends RecordKind> = z.infer<(typeof recordDefinitions)[K]['schema']>;
export type MergeMode = (typeof recordDefinitions)[RecordKind]['merge'];

export function isRecordKind(value: string): value is RecordKind {
  return Object.hasOwn(recordDefinitions, value);
}

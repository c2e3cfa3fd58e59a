import { z } from 'zod';
import { isoDateSchema } from '../recordMeta';

/** The lifecycle of a CAF episode (caf-domain.md "The process"). */
export const EPISODE_STATUSES = ['enquiry', 'preAssessment', 'assessment', 'plan', 'review', 'closed'] as const;
export const episodeStatusSchema = z.enum(EPISODE_STATUSES);
export type EpisodeStatus = z.infer<typeof episodeStatusSchema>;

/**
 * One CAF episode: a case. Its id is the caseId every record of the case carries. A family CAF
 * lists several children sharing one household.
 */
export const episodeSchema = z.object({
  status: episodeStatusSchema,
  childIds: z.array(z.string()).min(1, 'Add at least one child'),
  householdId: z.string().optional(),
  enquiryDate: isoDateSchema,
  concernRaisedBy: z.string().trim().max(200).optional(),
  concernRaisedByAgencyId: z.string().optional(),
  reasonForEnquiry: z.string().trim().max(4000).optional(),
  assessorId: z.string(),
  leadProfessionalId: z.string().optional(),
  tacMemberIds: z.array(z.string()),
  levelModelId: z.string().optional(),
  reviewIntervalMonths: z.number().int().min(1).max(12).optional(),
  closedDate: isoDateSchema.optional(),
});
export type Episode = z.infer<typeof episodeSchema>;

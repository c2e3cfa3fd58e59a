import { z } from 'zod';
import { optionalText, recordRef, requiredDate, requiredText } from './fieldSchemas';

/**
 * One dated decision about a child's level of need, append-only: the history of steps up to and
 * down from children's social care is the list of these entries, never an overwritten field.
 * `levelId`/`modelId` name a level in the authority's configured model (config/levelsOfNeed.ts).
 */
export const levelOfNeedEntrySchema = z.object({
  /** The child the decision is about; absent when it covers every child in a family CAF. */
  childId: z.string().optional(),
  modelId: recordRef('Select the levels of need model'),
  levelId: z.string({ error: 'Select the level of need' }).min(1, 'Select the level of need').max(20),
  date: requiredDate('Enter the date the level of need was decided'),
  reason: requiredText('Enter the reason for this level of need'),
  decidedBy: recordRef('Enter who decided the level of need'),
  /**
   * Set when the practitioner acknowledged the safeguarding interrupt (a level that signals
   * safeguarding): evidence that the front door / MASH instruction was shown.
   */
  safeguardingAcknowledgedAt: z.iso.datetime({ offset: true }).optional(),
  stepUpRequested: z.boolean().optional(),
  stepUpDetails: optionalText(2000),
});
export type LevelOfNeedEntry = z.infer<typeof levelOfNeedEntrySchema>;

import { z } from 'zod';

/** The clocks caf-domain.md asks the product to watch, as data so an authority can change them. */
export const timescaleSettingsSchema = z.object({
  /** Calderdale requires the assessment within 4 weeks of the enquiry (seed 002). */
  assessmentDueWeeks: z.number().int().min(1).max(52),
  /** Reviews at least every 3 months (3 to 6 in Calderdale). */
  reviewIntervalMonths: z.number().int().min(1).max(12),
  /** Barnet: a CAF open more than 12 months is likely drifting. */
  driftMonths: z.number().int().min(1).max(60),
});
export type TimescaleSettings = z.infer<typeof timescaleSettingsSchema>;

import { z } from 'zod';
import { PCI_RATERS } from './records/pciScore';

/**
 * Reports the sync server works out over every case in the authority, as zod schemas both sides
 * parse with (docs/sync-protocol.md, "Reports"). Only aggregate numbers travel: no names, ids or
 * free text, and small numbers are withheld so that a small group cannot point to a family.
 */

/**
 * Small-number suppression. A figure is shown only when the needs it is worked out from number at
 * least MIN_NEEDS and come from at least MIN_EPISODES episodes (families): five needs of one family
 * would still describe that family. The same holds for the part of every figure that comes from
 * cases the asking practitioner does not hold, since they can subtract their own cases' figures.
 */
export const SUPPRESSION_RULE = { minNeeds: 5, minEpisodes: 3 } as const;

/**
 * The version of the report shapes below. Reports version on their own, apart from the sync protocol,
 * so a device that cannot read a new shape hears "update" (426) and sync is not touched.
 */
export const REPORT_VERSION = 1;
export const SUPPORTED_REPORT_VERSIONS: readonly number[] = [1];

export const distanceTravelledReportRequestSchema = z.object({ reportVersion: z.number().int().positive() });
export type DistanceTravelledReportRequest = z.infer<typeof distanceTravelledReportRequestSchema>;

const count = z.number().int().nonnegative();

/** A count, or the mark that it is withheld. */
export const reportCountSchema = z.discriminatedUnion('withheld', [
  z.object({ withheld: z.literal(false), value: count }),
  z.object({ withheld: z.literal(true) }),
]);
export type ReportCount = z.infer<typeof reportCountSchema>;

/** One line of figures (a need category, an outcome, or "all"): shown only from enough needs and families. */
export const reportRowSchema = z.discriminatedUnion('withheld', [
  z.object({
    key: z.string().max(100),
    withheld: z.literal(false),
    needsCompared: count,
    /** Mean points of improvement (positive = less concern); none when nothing was compared. */
    averageImprovement: z.number().optional(),
    improved: count,
    same: count,
    worse: count,
    /** improved / needsCompared, 0 to 1; none when nothing was compared. */
    shareImproved: z.number().min(0).max(1).optional(),
  }),
  z.object({ key: z.string().max(100), withheld: z.literal(true) }),
]);
export type ReportRow = z.infer<typeof reportRowSchema>;
export type ShownReportRow = Extract<ReportRow, { withheld: false }>;

export const raterFiguresSchema = z.object({
  rater: z.enum(PCI_RATERS),
  scaleId: z.string().max(100),
  overall: reportRowSchema,
  /** Empty when `overall` is withheld: listing the areas of a handful of families would say too much. */
  byCategory: z.array(reportRowSchema),
  byOutcome: z.array(reportRowSchema),
  /** Needs scored once so far (no later score to compare). */
  notRescored: reportCountSchema,
  /** Needs whose first and latest scores are on another scale than `scaleId`. */
  otherScale: reportCountSchema,
});
export type RaterFigures = z.infer<typeof raterFiguresSchema>;

export const distanceTravelledReportSchema = z.object({
  // Not recordMeta's schema of the same: importing it would split a shared chunk into the first screen's preload list.
  generatedAt: z.iso.datetime({ offset: true }),
  suppression: z.object({ minNeeds: z.number().int().positive(), minEpisodes: z.number().int().positive() }),
  /** Episodes with at least one review held. */
  episodesCounted: reportCountSchema,
  raters: z.array(raterFiguresSchema),
});
export type DistanceTravelledReport = z.infer<typeof distanceTravelledReportSchema>;

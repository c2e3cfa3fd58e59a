import type { TimescaleSettings } from './timescaleSettings';

export type { TimescaleSettings } from './timescaleSettings';

export const DEFAULT_REVIEW_INTERVAL_MONTHS = 3;

/**
 * The default clocks. Plain data, checked against timescaleSettingsSchema in config.test.ts rather
 * than parsed here: the caseload index the first screen reads uses them, and parsing would put zod
 * on the first screen's critical path.
 */
export const DEFAULT_TIMESCALES: TimescaleSettings = {
  assessmentDueWeeks: 4,
  reviewIntervalMonths: DEFAULT_REVIEW_INTERVAL_MONTHS,
  driftMonths: 12,
};

import { z } from 'zod';

/** Why a CAF episode closes (caf-domain.md "Closure"). Stepping up also records where to. */
export const CLOSURE_REASON_IDS = [
  'outcomesAchieved',
  'noLongerRelevant',
  'movedAway',
  'reachedAdulthood',
  'consentWithdrawn',
  'steppedUp',
] as const;
export type ClosureReasonId = (typeof CLOSURE_REASON_IDS)[number];

export const STEP_UP_DESTINATION_IDS = [
  'childrensSocialCare',
  'youthOffendingService',
  'specialistMentalHealth',
] as const;
export type StepUpDestinationId = (typeof STEP_UP_DESTINATION_IDS)[number];

const labelled = <T extends string>(ids: readonly [T, ...T[]]) =>
  z.array(z.object({ id: z.enum(ids), label: z.string().min(1) })).length(ids.length);

export const closureReasonListSchema = labelled(CLOSURE_REASON_IDS);
export const stepUpDestinationListSchema = labelled(STEP_UP_DESTINATION_IDS);

export const CLOSURE_REASONS = closureReasonListSchema.parse([
  { id: 'outcomesAchieved', label: 'Outcomes achieved and needs met' },
  { id: 'noLongerRelevant', label: 'CAF no longer relevant' },
  { id: 'movedAway', label: 'Family moved away' },
  { id: 'reachedAdulthood', label: 'Child reached adulthood' },
  { id: 'consentWithdrawn', label: 'Consent withdrawn' },
  { id: 'steppedUp', label: 'Stepped up to a statutory or specialist service' },
]);

export const STEP_UP_DESTINATIONS = stepUpDestinationListSchema.parse([
  { id: 'childrensSocialCare', label: 'Children’s social care' },
  { id: 'youthOffendingService', label: 'Youth offending service' },
  { id: 'specialistMentalHealth', label: 'Specialist (Tier 4) mental health services' },
]);

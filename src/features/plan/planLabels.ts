import { ASSESSMENT_DOMAINS, ASSESSMENT_ELEMENTS } from '../../domain/records/assessmentElements';
import { SUPPORTING_FAMILIES_OUTCOMES } from '../../domain/config/supportingFamiliesOutcomes';

export const TIMESCALE_TEXT: Record<string, string> = {
  short: 'Short term',
  medium: 'Medium term',
  long: 'Longer term',
};

export const NEED_STATUS_TEXT: Record<string, string> = {
  open: 'Open',
  met: 'Met',
  noServiceAvailable: 'No service available',
};

export const ACTION_STATUS_TEXT: Record<string, string> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  achieved: 'Achieved',
  notAchieved: 'Not achieved',
};

export const MEETING_STATUS_TEXT: Record<string, string> = {
  planned: 'Planned',
  held: 'Held',
  cancelled: 'Cancelled',
};

/** Need categories grouped by assessment domain, as the assessment lists them. */
export const CATEGORY_GROUPS = ASSESSMENT_DOMAINS.map((domain) => ({
  label: domain.label,
  options: ASSESSMENT_ELEMENTS.filter((element) => element.domain === domain.id).map((element) => ({
    value: element.id as string,
    label: element.label as string,
  })),
}));

export function categoryLabel(category: unknown): string {
  if (category === 'other') return 'Other';
  return ASSESSMENT_ELEMENTS.find((element) => element.id === category)?.label ?? 'Other';
}

export function outcomeLabel(outcome: unknown): string | undefined {
  return SUPPORTING_FAMILIES_OUTCOMES.find((candidate) => candidate.id === outcome)?.label;
}

export function text(data: Record<string, unknown>, field: string): string {
  return typeof data[field] === 'string' ? (data[field] as string) : '';
}

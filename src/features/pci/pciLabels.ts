import { DEFAULT_AUTHORITY_CONFIG } from '../../domain/config/authorityConfig';
import { DEFAULT_PCI_SCALE, findPciScale, type PciScale } from '../../domain/config/pciScale';
import type { PciRater, SeriesEntry } from '../../domain/pciScoring';

export const RATER_LABEL: Record<PciRater, string> = {
  parent: 'Parent or carer',
  child: 'Child or young person',
  practitioner: 'Practitioner',
};

/** Plural, for sentences about a caseload or a whole case. */
export const RATERS_LABEL: Record<PciRater, string> = {
  parent: 'Parents and carers',
  child: 'Children and young people',
  practitioner: 'Practitioners',
};

/** A score as practitioners read it: "4: A lot of concern", or why it was not given. */
export function scoreText(entry: Pick<SeriesEntry, 'value' | 'notScoredReason'> | undefined, scale: PciScale): string {
  if (!entry) return 'Not scored';
  if (typeof entry.value === 'number') {
    const label = scale.points.find((point) => point.value === entry.value)?.label;
    return label ? `${entry.value}: ${label}` : String(entry.value);
  }
  return entry.notScoredReason ? `Not scoring: ${entry.notScoredReason}` : 'Not scored';
}

/** The scale new scores are given on: the authority's default (configuration, not code). */
export const SCORING_SCALE: PciScale =
  findPciScale(DEFAULT_AUTHORITY_CONFIG.defaultPciScaleId, DEFAULT_AUTHORITY_CONFIG.pciScales) ?? DEFAULT_PCI_SCALE;

/** The scale a stored score was given on, so old scores read with their own labels. */
export function scaleOf(scaleId: string | undefined): PciScale {
  return (scaleId && findPciScale(scaleId, DEFAULT_AUTHORITY_CONFIG.pciScales)) || SCORING_SCALE;
}

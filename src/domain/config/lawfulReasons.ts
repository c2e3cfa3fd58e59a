import { z } from 'zod';

/**
 * The only circumstances in which information may be shared without consent (seed 002 §4.3.2).
 * A share without consent must record one of these, a justification and who decided.
 */
export const LAWFUL_REASON_IDS = [
  'preventCrimeRiskToOthers',
  'riskOfSignificantHarm',
  'urgentMedicalTreatment',
  'courtOrder',
  'policeSeriousCrime',
  'statutoryFunction',
] as const;
export type LawfulReasonId = (typeof LAWFUL_REASON_IDS)[number];

export const lawfulReasonListSchema = z
  .array(z.object({ id: z.enum(LAWFUL_REASON_IDS), label: z.string().min(1) }))
  .length(LAWFUL_REASON_IDS.length);

export const LAWFUL_REASONS = lawfulReasonListSchema.parse([
  {
    id: 'preventCrimeRiskToOthers',
    label: 'To prevent the child or young person committing a crime that could put others at risk',
  },
  {
    id: 'riskOfSignificantHarm',
    label: 'The child or young person is at risk of significant harm, or of harming someone else',
  },
  { id: 'urgentMedicalTreatment', label: 'The child or young person needs urgent medical treatment' },
  { id: 'courtOrder', label: 'The information is required for legal proceedings, such as a court order' },
  { id: 'policeSeriousCrime', label: 'The police have asked for it while investigating a serious crime' },
  { id: 'statutoryFunction', label: 'Sharing is needed to carry out a statutory function' },
]);

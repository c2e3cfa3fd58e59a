import { z } from 'zod';

/** The Supporting Families headline outcomes a need can be tagged with, so change is reported per outcome. */
export const SUPPORTING_FAMILIES_OUTCOME_IDS = [
  'goodEducation',
  'goodEarlyYearsDevelopment',
  'improvedHealth',
  'betterManagedSubstanceUse',
  'improvedFamilyRelationships',
  'safeFromAbuseAndExploitation',
  'divertedFromCrime',
  'safeFromDomesticAbuse',
  'secureHousing',
  'financialStability',
] as const;
export type SupportingFamiliesOutcomeId = (typeof SUPPORTING_FAMILIES_OUTCOME_IDS)[number];

export const supportingFamiliesOutcomeListSchema = z
  .array(z.object({ id: z.enum(SUPPORTING_FAMILIES_OUTCOME_IDS), label: z.string().min(1) }))
  .length(SUPPORTING_FAMILIES_OUTCOME_IDS.length);

export const SUPPORTING_FAMILIES_OUTCOMES = supportingFamiliesOutcomeListSchema.parse([
  { id: 'goodEducation', label: 'Getting a good education' },
  { id: 'goodEarlyYearsDevelopment', label: 'Good early years development' },
  { id: 'improvedHealth', label: 'Improved mental and physical health' },
  { id: 'betterManagedSubstanceUse', label: 'Promoting recovery and reducing harm from substance use' },
  { id: 'improvedFamilyRelationships', label: 'Improved family relationships' },
  { id: 'safeFromAbuseAndExploitation', label: 'Children safe from abuse and exploitation' },
  { id: 'divertedFromCrime', label: 'Crime prevention and tackling crime' },
  { id: 'safeFromDomesticAbuse', label: 'Safe from domestic abuse' },
  { id: 'secureHousing', label: 'Secure housing' },
  { id: 'financialStability', label: 'Financial stability' },
]);

import { DEFAULT_PARTNER_AGENCIES, type PartnerAgency } from '../../domain/config/partnerAgencies';

export interface ConsentAgencyOption {
  /** The agency record id (directory): what consent events and sync enforcement refer to. */
  agencyId: string;
  name: string;
  /** The configured plain-English description for its kind of agency, for families. */
  description?: string;
}

/**
 * The partner agencies a family is asked about: the agencies in the synced directory, in the
 * configured order of partner agencies (health first, as on the Birmingham form), each described
 * in plain English from the configuration.
 */
export function consentAgencyOptions(
  directoryAgencies: readonly { id: string; data: Record<string, unknown> }[],
  partners: readonly PartnerAgency[] = DEFAULT_PARTNER_AGENCIES,
): ConsentAgencyOption[] {
  const rank = (type: unknown) => {
    const index = partners.findIndex((partner) => partner.type === type);
    return index < 0 ? partners.length : index;
  };
  return [...directoryAgencies]
    .sort((a, b) => rank(a.data.type) - rank(b.data.type) || String(a.data.name).localeCompare(String(b.data.name)))
    .map((agency) => ({
      agencyId: agency.id,
      name: String(agency.data.name),
      description: partners.find((partner) => partner.type === agency.data.type)?.plainDescription,
    }));
}

import type { AgencyConsentScope } from './records/consent';
import { sha256Hex } from './sha256Hex';

/**
 * Proof of exactly what a family agreed to: a SHA-256 digest of the text shown and of the agency
 * choices, computed the same way on the device and on the server (Web Crypto is global in
 * browsers and in Node 20), so the server can recompute it from the stored record and refuse a
 * record whose text or agencies were altered after signing.
 */
export interface ConsentHashInput {
  text: string;
  agencies: readonly AgencyConsentScope[];
}

/**
 * JSON with object keys sorted at every level and no whitespace, so the same content always gives
 * the same bytes whatever order the fields were written in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('Cannot hash a non-finite number');
    if (value === undefined) return 'null';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/**
 * The agency list in the form that is hashed: only the agreed fields, ordered by agency id, so
 * extra fields or a different listing order cannot change the proof, but any changed choice does.
 */
export function canonicalAgencies(agencies: readonly AgencyConsentScope[]): AgencyConsentScope[] {
  return agencies
    .map(({ agencyId, basic, additional }) => ({ agencyId, basic, additional }))
    .sort((a, b) => (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0));
}

export function consentHashPayload(input: ConsentHashInput): string {
  return canonicalJson({ agencies: canonicalAgencies(input.agencies), text: input.text });
}

/** The `shownTextHash` of a consent event. */
export function consentHash(input: ConsentHashInput): Promise<string> {
  return sha256Hex(consentHashPayload(input));
}

/**
 * For the server on sync (and for the device before writing): does the stored hash match the
 * stored text and agencies? Events without a shown text (verbal consent, withdrawal, sharing
 * without consent) have nothing to prove and pass when they carry no hash either.
 */
export async function consentHashMatches(event: {
  shownText?: string;
  shownTextHash?: string;
  agencies?: readonly AgencyConsentScope[];
}): Promise<boolean> {
  if (event.shownText === undefined && event.shownTextHash === undefined) return true;
  if (event.shownText === undefined || event.shownTextHash === undefined) return false;
  const expected = await consentHash({ text: event.shownText, agencies: event.agencies ?? [] });
  return expected === event.shownTextHash;
}

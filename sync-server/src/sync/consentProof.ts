import type { Change } from '../../../src/domain/change';
import { consentHashMatches } from '../../../src/domain/consentHash';
import type { AgencyConsentScope } from '../../../src/domain/records/consent';

export const CONSENT_PROOF_MISMATCH =
  'This consent record does not match the text and agencies the family was shown (its proof hash differs), so it was not stored. Record the consent again on the device.';

/**
 * Sequence numbers of consent events whose stored proof hash does not match the text and agency
 * choices they carry: the server recomputes every hash itself and never trusts the device's.
 * Runs before the write transaction, because hashing is asynchronous.
 */
export async function consentProofFailures(changes: readonly Change[]): Promise<Set<number>> {
  const failures = new Set<number>();
  for (const change of changes) {
    if (change.kind !== 'consentEvent' || change.op !== 'append') continue;
    const fields = change.fields as { shownText?: unknown; shownTextHash?: unknown; agencies?: unknown };
    const shaped =
      (fields.shownText === undefined || typeof fields.shownText === 'string') &&
      (fields.shownTextHash === undefined || typeof fields.shownTextHash === 'string') &&
      (fields.agencies === undefined || Array.isArray(fields.agencies));
    // A wrongly typed record is refused by its schema with a clearer message; only judge the proof of well-formed ones.
    if (!shaped) continue;
    const matches = await consentHashMatches({
      shownText: fields.shownText as string | undefined,
      shownTextHash: fields.shownTextHash as string | undefined,
      agencies: fields.agencies as AgencyConsentScope[] | undefined,
    }).catch(() => false);
    if (!matches) failures.add(change.seq);
  }
  return failures;
}

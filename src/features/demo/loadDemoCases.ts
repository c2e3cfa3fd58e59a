import { applyWrites, listKind, type WriteOperation } from '../../db';
import { todayIso } from '../../domain/dateInput';
import { generateDemoCaseload } from '../../domain/demo/caseloadGenerator';
import { DEFAULT_PARTNER_AGENCIES } from '../../domain/config/partnerAgencies';

/**
 * Write a synthetic, obviously fictional caseload through the data layer, assigned to the signed-in
 * practitioner, exactly as if it had been typed: validated, with outbox changes, so it syncs.
 * The seed makes the same demo appear on every device. Nobody else is put on the teams: a trainer
 * loading hundreds of cases must not fill colleagues' devices with them at their next sync.
 */
export async function loadDemoCases(count: number, practitionerId: string, seed = 2026): Promise<number> {
  const agencies = await listKind('agency');
  const agencyIds =
    agencies.length > 0
      ? agencies.map((agency) => ({ id: agency.id, type: String(agency.data.type) }))
      : DEFAULT_PARTNER_AGENCIES.map((a) => a.key);
  const cases = generateDemoCaseload({
    seed,
    cases: count,
    practitionerIds: [practitionerId],
    agencyIds,
    today: todayIso(),
  });
  // One transaction per 25 cases keeps each commit short, so the screen stays responsive.
  for (let start = 0; start < cases.length; start += 25) {
    const operations: WriteOperation[] = cases.slice(start, start + 25).flatMap((demoCase) =>
      demoCase.records.map((record): WriteOperation => ({
        op: 'create',
        kind: record.kind,
        caseId: record.meta.caseId,
        id: record.meta.id,
        data: record.data as Record<string, unknown>,
      })),
    );
    await applyWrites(operations);
  }
  return cases.length;
}

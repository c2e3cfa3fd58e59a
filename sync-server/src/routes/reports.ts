import type { FastifyPluginAsync } from 'fastify';
import { distanceTravelledReport } from '../../../src/domain/distanceTravelledReport';
import { caseScoresFromRecords } from '../../../src/domain/pciCaseScores';
import {
  distanceTravelledReportRequestSchema,
  REPORT_VERSION,
  SUPPORTED_REPORT_VERSIONS,
  type DistanceTravelledReport,
} from '../../../src/domain/reportProtocol';
import { describeIssues } from '../../../src/domain/syncProtocol';
import { ApiError } from '../apiError';
import type { SyncStore } from '../store/store';
import { caseAccessFor } from '../sync/caseAccess';
import { authenticate } from './auth';

/** The record kinds distance travelled is worked out from: no episode, child or free text is read. */
const PCI_KINDS = ['need', 'pciScore', 'review'] as const;

/**
 * Reports across every case in the authority (docs/sync-protocol.md, "Reports"). A device holds only
 * its practitioner's cases, so figures for the whole authority can only be added up here. Any
 * signed-in practitioner may ask: the answer is aggregate numbers with small ones withheld.
 */
export const reportRoutes: FastifyPluginAsync<{ store: SyncStore }> = async (app, { store }) => {
  app.post('/api/reports/distance-travelled', async (request, reply): Promise<DistanceTravelledReport> => {
    const practitionerId = await authenticate(store, request);
    const parsed = distanceTravelledReportRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'bad_request', describeIssues(parsed.error));
    if (!SUPPORTED_REPORT_VERSIONS.includes(parsed.data.reportVersion))
      throw new ApiError(
        426,
        'update_required',
        `This version of the app cannot read the server's reports. Reload the app to update it (the server's reports are version ${REPORT_VERSION}).`,
      );
    const [records, access] = await Promise.all([
      store.recordsOfKindsInEveryCase(PCI_KINDS),
      caseAccessFor(store, practitionerId),
    ]);
    const cases = caseScoresFromRecords(
      records.filter((record) => !record.deleted).map((record) => ({ ...record, createdAt: record.meta.createdAt })),
    );
    // The asker sees their own cases' figures unsuppressed on their device: those are the cases it may hold in full.
    const report = distanceTravelledReport(cases, {
      ownCaseIds: new Set(access.full),
      generatedAt: new Date().toISOString(),
    });
    void reply.header('cache-control', 'no-store');
    return report;
  });
};

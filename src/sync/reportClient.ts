import { readSession } from '../db';
import { distanceTravelledReportSchema, REPORT_VERSION, type DistanceTravelledReport } from '../domain/reportProtocol';

/** Why the figures across the authority are not here, in terms a screen can say plainly. */
export type ReportUnavailable = 'offline' | 'signedOut' | 'updateRequired' | 'failed';

export type ReportResult = { status: 'ok'; report: DistanceTravelledReport } | { status: ReportUnavailable };

/**
 * Distance travelled across every case in the authority, from the sync server
 * (docs/sync-protocol.md, POST /api/reports/distance-travelled). Never throws: offline is the normal
 * case on a home visit, and the screen says so rather than failing.
 */
export async function fetchDistanceTravelledReport(
  options: { baseUrl?: string; timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<ReportResult> {
  // Do not wait for a request that cannot leave the device.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { status: 'offline' };
  const session = await readSession();
  if (!session) return { status: 'signedOut' };
  const send = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 30_000);
  let response: Response;
  try {
    response = await send(`${options.baseUrl ?? ''}/api/reports/distance-travelled`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ reportVersion: REPORT_VERSION }),
      signal: controller.signal,
    });
  } catch {
    return { status: 'offline' };
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 401) return { status: 'signedOut' };
  if (response.status === 426) return { status: 'updateRequired' };
  if (!response.ok) return { status: 'failed' };
  try {
    return { status: 'ok', report: distanceTravelledReportSchema.parse(await response.json()) };
  } catch {
    // A proxy's error page, or a server speaking another shape: nothing to show.
    return { status: 'failed' };
  }
}

import type { Change } from '../domain/change';
import { SCHEMA_VERSION } from '../domain/recordMeta';
import {
  errorResponseSchema,
  PROTOCOL_VERSION,
  pullResponseSchema,
  pushResponseSchema,
  type PullResponse,
  type PushResponse,
} from '../domain/syncProtocol';

/** Why a sync request failed, in terms the engine acts on. */
export type SyncFailureKind =
  'offline' | 'unauthorised' | 'updateRequired' | 'sequenceGap' | 'forbidden' | 'tooLarge' | 'badRequest' | 'server';

export class SyncRequestError extends Error {
  constructor(
    readonly kind: SyncFailureKind,
    message: string,
    readonly expectedSeq?: number,
  ) {
    super(message);
    this.name = 'SyncRequestError';
  }
}

export interface SyncTransport {
  push(changes: Change[]): Promise<PushResponse>;
  pull(since: number, limit: number, caseIds?: string[]): Promise<PullResponse>;
}

/** Below this size gzip costs more than it saves. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * A push of a few hundred changes is mostly repeated field names and ids: gzip makes it several times
 * smaller on a tablet's mobile connection. The server accepts `content-encoding: gzip` bodies.
 */
async function encodeBody(value: unknown): Promise<{ body: BodyInit; encoding?: 'gzip' }> {
  const json = JSON.stringify(value);
  if (json.length < COMPRESS_FROM_BYTES || typeof CompressionStream === 'undefined') return { body: json };
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  return { body: await new Response(stream).arrayBuffer(), encoding: 'gzip' };
}

/** HTTP transport for docs/sync-protocol.md. Every request carries the protocol and schema version. */
export function httpTransport(options: {
  token: string;
  deviceId: string;
  baseUrl?: string;
  timeoutMs?: number;
  /** Swappable so tests can route requests in-process and inject network faults. */
  fetchImpl?: typeof fetch;
}): SyncTransport {
  const base = options.baseUrl ?? '';
  const send = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  async function post(path: string, body: unknown): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 60_000);
    let response: Response;
    try {
      const { body: payload, encoding } = await encodeBody({
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: SCHEMA_VERSION,
        deviceId: options.deviceId,
        ...(body as object),
      });
      response = await send(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${options.token}`,
          ...(encoding ? { 'content-encoding': encoding } : {}),
        },
        body: payload,
        signal: controller.signal,
      });
    } catch {
      throw new SyncRequestError('offline', 'No connection to the sync server.');
    } finally {
      clearTimeout(timer);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      // A proxy's HTML error page: fall through to the status code.
    }
    if (response.ok) return json;
    const parsed = errorResponseSchema.safeParse(json);
    const message = parsed.success ? parsed.data.error.message : `The sync server answered ${response.status}.`;
    const code = parsed.success ? parsed.data.error.code : undefined;
    if (response.status === 401) throw new SyncRequestError('unauthorised', message);
    if (response.status === 426 || code === 'update_required') throw new SyncRequestError('updateRequired', message);
    if (code === 'sequence_gap')
      throw new SyncRequestError('sequenceGap', message, parsed.success ? parsed.data.error.expectedSeq : undefined);
    if (response.status === 403) throw new SyncRequestError('forbidden', message);
    if (response.status === 413) throw new SyncRequestError('tooLarge', message);
    if (response.status >= 400 && response.status < 500) throw new SyncRequestError('badRequest', message);
    throw new SyncRequestError('server', message);
  }
  return {
    async push(changes) {
      return pushResponseSchema.parse(await post('/api/sync/push', { changes }));
    },
    async pull(since, limit, caseIds) {
      return pullResponseSchema.parse(await post('/api/sync/pull', { since, limit, ...(caseIds ? { caseIds } : {}) }));
    },
  };
}

// Browser entry of the sync benchmarks, bundled by bench/syncBenchPageBuild.ts and loaded in Chromium. It drives
// the app's own client code (the data layer in src/db, the sync engine and HTTP transport in src/sync) against
// our server, and PouchDB's browser build against express-pouchdb, and times both with the page's clock.
// Nothing here reimplements a sync step: it calls what the app calls.
import type { Change } from '../src/domain/change';
import type { PulledRecord } from '../src/domain/syncProtocol';
import { applyWrites, pendingChangeCount, readSession, type WriteOperation } from '../src/db';
import { database } from '../src/db/connection';
import { deviceIdentity, readPullCheckpoint } from '../src/db/sync';
import { signIn } from '../src/sync/authClient';
import { httpTransport, type SyncTransport } from '../src/sync/syncClient';
import { syncOnce, type SyncRunResult } from '../src/sync/syncEngine';
import type { FieldEdit } from './syncBenchData';

/** Operations per data-layer transaction while the edits are written (not timed). */
const WRITE_BATCH = 500;

/** What a sync sent and received, as the engine saw it: the payload the wire bytes are compared with. */
interface Payload {
  readonly pushed: Change[];
  readonly pulled: PulledRecord[];
}

/** Σ time the engine spent inside the transport (request JSON, fetch, response JSON and schema parse). */
interface TransportTime {
  pushMs: number;
  pullMs: number;
}

function observedTransport(inner: SyncTransport, payload: Payload | null, time: TransportTime): SyncTransport {
  return {
    async push(changes) {
      const started = performance.now();
      const response = await inner.push(changes);
      time.pushMs += performance.now() - started;
      payload?.pushed.push(...changes);
      return response;
    },
    async pull(since, limit, caseIds) {
      const started = performance.now();
      const response = await inner.pull(since, limit, caseIds);
      time.pullMs += performance.now() - started;
      payload?.pulled.push(...response.records);
      return response;
    },
  };
}

async function gzippedBytes(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** Where a sync's time went on the network side, from the page's resource timing of each request. */
export interface RequestTimings {
  readonly count: number;
  /** Σ request start → first response byte: sending the body and the server's work (loopback). */
  readonly waitingMs: number;
  /** Σ first → last response byte. */
  readonly downloadMs: number;
  /** Σ fetch start → last response byte. */
  readonly totalMs: number;
  /** Time with at least one request open: requests overlap (the engine asks for the next page or sends the next batch early). */
  readonly openMs: number;
}

/** Length of the union of [start, end] intervals. */
function unionLength(intervals: readonly (readonly [number, number])[]): number {
  let covered = 0;
  let reachedTo = -Infinity;
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (end <= reachedTo) continue;
    covered += end - Math.max(start, reachedTo);
    reachedTo = end;
  }
  return covered;
}

function requestTimings(since: number, path: string): RequestTimings {
  const entries = performance
    .getEntriesByType('resource')
    .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
    .filter((entry) => entry.startTime >= since && new URL(entry.name).pathname === path);
  const sum = (pick: (entry: PerformanceResourceTiming) => number): number =>
    entries.reduce((total, entry) => total + pick(entry), 0);
  return {
    count: entries.length,
    waitingMs: sum((entry) => entry.responseStart - entry.requestStart),
    downloadMs: sum((entry) => entry.responseEnd - entry.responseStart),
    totalMs: sum((entry) => entry.duration),
    openMs: unionLength(entries.map((entry) => [entry.startTime, entry.responseEnd] as const)),
  };
}

export interface OurSyncTiming extends SyncRunResult {
  /** Start of the sync to the end of the engine's run (everything committed, checkpoint and last-sync time). */
  readonly totalMs: number;
  /** Start of the sync to the moment the push phase was over: every change acknowledged and out of the outbox. */
  readonly pushPhaseMs: number;
  readonly outboxAfter: number;
  readonly checkpoint: number;
  readonly pushRequests: RequestTimings;
  readonly pullRequests: RequestTimings;
  /** Σ time inside the transport; the rest of a phase is the engine's IndexedDB work (outbox, records, checkpoint). */
  readonly pushTransportMs: number;
  readonly pullTransportMs: number;
  /** Gzipped JSON of what was pushed / pulled, when the payload was recorded. */
  readonly pushedPayloadGzipBytes?: number;
  readonly pulledPayloadGzipBytes?: number;
  readonly pushedPayloadJsonBytes?: number;
  readonly pulledPayloadJsonBytes?: number;
}

async function ourSync(options: { recordPayload: boolean }): Promise<OurSyncTiming> {
  const session = await readSession();
  if (!session) throw new Error('not signed in');
  const deviceId = await deviceIdentity();
  const payload: Payload = { pushed: [], pulled: [] };
  const time: TransportTime = { pushMs: 0, pullMs: 0 };
  const http = httpTransport({ token: session.token, deviceId });
  const transport = observedTransport(http, options.recordPayload ? payload : null, time);
  let pushPhaseEnd: number | undefined;
  // Room for every request of a 10k sync (the default buffer holds 250 entries).
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(2_000);
  const started = performance.now();
  const result = await syncOnce(transport, (progress) => {
    // The engine reports 'receiving' first right after its push loop has emptied the outbox.
    if (progress.stage === 'receiving' && pushPhaseEnd === undefined) pushPhaseEnd = performance.now();
  });
  const ended = performance.now();
  const timing: OurSyncTiming = {
    ...result,
    totalMs: ended - started,
    pushPhaseMs: (pushPhaseEnd ?? ended) - started,
    outboxAfter: await pendingChangeCount(),
    checkpoint: await readPullCheckpoint(),
    pushRequests: requestTimings(started, '/api/sync/push'),
    pullRequests: requestTimings(started, '/api/sync/pull'),
    pushTransportMs: time.pushMs,
    pullTransportMs: time.pullMs,
  };
  if (!options.recordPayload) return timing;
  const pushedJson = JSON.stringify(payload.pushed);
  const pulledJson = JSON.stringify(payload.pulled);
  const encoder = new TextEncoder();
  return {
    ...timing,
    pushedPayloadGzipBytes: payload.pushed.length > 0 ? await gzippedBytes(pushedJson) : 0,
    pulledPayloadGzipBytes: payload.pulled.length > 0 ? await gzippedBytes(pulledJson) : 0,
    pushedPayloadJsonBytes: payload.pushed.length > 0 ? encoder.encode(pushedJson).byteLength : 0,
    pulledPayloadJsonBytes: payload.pulled.length > 0 ? encoder.encode(pulledJson).byteLength : 0,
  };
}

/** Writes the edits through the data layer, each one an outbox change, exactly as the screens' autosave does. */
async function writeEdits(edits: readonly FieldEdit[], suffix: string): Promise<{ outbox: number; ms: number }> {
  const started = performance.now();
  for (let start = 0; start < edits.length; start += WRITE_BATCH) {
    const operations = edits.slice(start, start + WRITE_BATCH).map((edit): WriteOperation => ({
      op: 'update',
      kind: edit.kind,
      id: edit.id,
      fields: { [edit.field]: edit.original + suffix },
    }));
    await applyWrites(operations);
  }
  return { outbox: await pendingChangeCount(), ms: performance.now() - started };
}

/** Resolves when a request or transaction completes; rejects with its error. */
function settled(target: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if (target instanceof IDBTransaction) {
      target.oncomplete = () => resolve();
      target.onabort = target.onerror = () => reject(target.error ?? new Error('transaction aborted'));
    } else {
      target.onsuccess = () => resolve();
      target.onerror = () => reject(target.error ?? new Error('request failed'));
    }
  });
}

export interface IndexedDbFloor {
  readonly ms: number;
  readonly records: number;
}

/**
 * The records our pull wrote, read back and put again into a fresh IndexedDB database with the same indexes
 * (taken from the app's Dexie schema), `batchSize` per transaction, straight through the browser's IndexedDB
 * API: no network, no parsing, no sync logic, no Dexie. What putting these records into IndexedDB costs in this
 * browser by itself: the floor under any sync that stores them as records.
 */
async function indexedDbFloor(batchSize: number): Promise<IndexedDbFloor> {
  const table = database().records;
  const records = await table.toArray();
  const name = 'sync-bench-indexeddb-floor';
  await settled(indexedDB.deleteDatabase(name));
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => {
    const store = opening.result.createObjectStore(table.name, { keyPath: table.schema.primKey.keyPath as string });
    for (const index of table.schema.indexes) store.createIndex(index.name, index.keyPath as string | string[]);
  };
  await settled(opening);
  const db = opening.result;
  try {
    const started = performance.now();
    for (let start = 0; start < records.length; start += batchSize) {
      const transaction = db.transaction(table.name, 'readwrite');
      const store = transaction.objectStore(table.name);
      for (const record of records.slice(start, start + batchSize)) store.put(record);
      await settled(transaction);
    }
    return { ms: performance.now() - started, records: records.length };
  } finally {
    db.close();
    await settled(indexedDB.deleteDatabase(name));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// PouchDB (its browser build, loaded by a <script> tag as the global PouchDB)

interface PouchDoc {
  _id: string;
  _rev?: string;
  data?: Record<string, unknown>;
  [key: string]: unknown;
}
interface ReplicationInfo {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
}
interface PouchDatabase {
  replicate: {
    from(remote: string, options: { batch_size: number }): Promise<ReplicationInfo>;
    to(remote: string, options: { batch_size: number }): Promise<ReplicationInfo>;
  };
  info(): Promise<{ doc_count: number; adapter: string }>;
  allDocs(options: { include_docs: true }): Promise<{ rows: { doc?: PouchDoc }[] }>;
  bulkDocs(docs: PouchDoc[]): Promise<{ ok?: boolean; error?: string }[]>;
}
type PouchConstructor = new (name: string) => PouchDatabase;

const POUCH_DB_NAME = 'sync-bench';

function pouch(): PouchDatabase {
  const constructor = (window as unknown as { PouchDB?: PouchConstructor }).PouchDB;
  if (!constructor) throw new Error('PouchDB did not load in the page');
  return new constructor(POUCH_DB_NAME);
}

export interface PouchTiming {
  readonly ms: number;
  readonly docsWritten: number;
  readonly docCount: number;
  readonly adapter: string;
  readonly failures: number;
}

async function pouchReplicate(direction: 'from' | 'to', remote: string, batchSize: number): Promise<PouchTiming> {
  const db = pouch();
  const started = performance.now();
  const info = await db.replicate[direction](remote, { batch_size: batchSize });
  const ms = performance.now() - started;
  const { doc_count: docCount, adapter } = await db.info();
  return { ms, docsWritten: info.docs_written, docCount, adapter, failures: info.doc_write_failures };
}

/**
 * One edit per document, each a new revision: PouchDB's unit of change is the document. Documents with a planned
 * field edit get that edit; the others (append-only kinds, which PouchDB does not distinguish) get their first text
 * field suffixed, so each of `docIds` carries one real edit.
 */
async function pouchEditDocs(
  docIds: readonly string[],
  edits: readonly FieldEdit[],
  suffix: string,
): Promise<{ edited: number }> {
  const db = pouch();
  const wanted = new Set(docIds);
  const planned = new Map<string, string>();
  for (const edit of edits) if (!planned.has(edit.id)) planned.set(edit.id, edit.field);
  const { rows } = await db.allDocs({ include_docs: true });
  const docs: PouchDoc[] = [];
  for (const { doc } of rows) {
    if (!doc?.data || !wanted.has(doc._id)) continue;
    const data = { ...doc.data };
    const field = planned.get(doc._id) ?? Object.keys(data).find((key) => typeof data[key] === 'string');
    if (field === undefined) data['reviewed'] = true;
    else data[field] = `${String(data[field])}${suffix}`;
    docs.push({ ...doc, data });
  }
  if (docs.length !== wanted.size) throw new Error(`found ${docs.length} of ${wanted.size} documents to edit`);
  for (let start = 0; start < docs.length; start += WRITE_BATCH) {
    const results = await db.bulkDocs(docs.slice(start, start + WRITE_BATCH));
    const failed = results.find((result) => result.error !== undefined);
    if (failed) throw new Error(`PouchDB refused an edit: ${failed.error}`);
  }
  return { edited: docs.length };
}

const syncBench = {
  signIn: async (email: string, password: string) => {
    await signIn(email, password);
  },
  ourSync,
  indexedDbFloor,
  writeEdits,
  pouchPull: (remote: string, batchSize: number) => pouchReplicate('from', remote, batchSize),
  pouchPush: (remote: string, batchSize: number) => pouchReplicate('to', remote, batchSize),
  pouchEditDocs,
};
export type SyncBenchApi = typeof syncBench;

(window as unknown as { syncBench: SyncBenchApi }).syncBench = syncBench;

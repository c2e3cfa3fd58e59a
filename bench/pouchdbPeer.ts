// The peer the sync benchmarks compare against: express-pouchdb (PouchDB's CouchDB-compatible HTTP server) on
// LevelDB in a temporary directory, on 127.0.0.1. The same HTTP server also serves the benchmark page under
// /__bench/, so PouchDB in Chromium replicates same-origin (no CORS preflights counted against it).
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { findFreePort, makeTempDir } from '../tests/e2e/harness';
import type { PouchRecordDoc } from './syncBenchData';

/** The parts of PouchDB's Node API used here (the package ships no types). */
interface NodePouchDatabase {
  bulkDocs(docs: readonly object[]): Promise<{ error?: string }[]>;
  info(): Promise<{ doc_count: number }>;
  close(): Promise<void>;
}
interface NodePouchConstructor {
  new (name: string): NodePouchDatabase;
  defaults(options: { prefix: string }): NodePouchConstructor;
}
type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;
type ExpressPouchDb = (
  pouch: NodePouchConstructor,
  options: { mode: string; inMemoryConfig: boolean; logPath: string },
) => RequestHandler;

const require = createRequire(import.meta.url);
const PAGE_PREFIX = '/__bench/';
export const POUCH_DB_NAME = 'records';
const SEED_BATCH = 1_000;

export interface PouchPeer {
  /** Origin of the peer; the benchmark page is at `${url}/__bench/`. */
  readonly url: string;
  readonly pageUrl: string;
  /** The remote database PouchDB in the page replicates from and to. */
  readonly databaseUrl: string;
  /** Documents the remote database holds now (after a push: the edited ones still count once). */
  docCount(): Promise<number>;
  dispose(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

function servePage(pageDir: string, path: string, response: ServerResponse): void {
  const relative = normalize(path.slice(PAGE_PREFIX.length) || 'index.html');
  if (relative.startsWith('..') || relative.includes(`${sep}..`)) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = readFileSync(join(pageDir, relative));
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(relative)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}

/** Starts the peer with `docs` already stored (written in Node, before anything is timed). */
export async function startPouchPeer(docs: readonly PouchRecordDoc[], pageDir: string): Promise<PouchPeer> {
  const dataDir = makeTempDir('caf-sync-bench-pouchdb-');
  const PouchDB = (require('pouchdb') as NodePouchConstructor).defaults({ prefix: `${dataDir}${sep}` });
  const expressPouchDb = require('express-pouchdb') as ExpressPouchDb;

  const database = new PouchDB(POUCH_DB_NAME);
  for (let start = 0; start < docs.length; start += SEED_BATCH) {
    const results = await database.bulkDocs(docs.slice(start, start + SEED_BATCH));
    const failed = results.find((result) => result.error !== undefined);
    if (failed) throw new Error(`seeding PouchDB failed: ${failed.error}`);
  }

  const couch = expressPouchDb(PouchDB, {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: join(dataDir, 'express-pouchdb.log'),
  });
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (request.method === 'GET' && path.startsWith(PAGE_PREFIX)) servePage(pageDir, path, response);
    else couch(request, response);
  });
  const port = await findFreePort();
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    pageUrl: `${url}${PAGE_PREFIX}`,
    databaseUrl: `${url}/${POUCH_DB_NAME}`,
    docCount: async () => (await database.info()).doc_count,
    dispose: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

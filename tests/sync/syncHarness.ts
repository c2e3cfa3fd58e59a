import 'fake-indexeddb/auto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../sync-server/src/app';
import { DEMO_PRACTITIONERS, seedDemo } from '../../sync-server/src/demoSeed';
import { SqliteStore } from '../../sync-server/src/store/sqlite';
import { CafDatabase } from '../../src/db/database';
import { closeStrictDatabase, setActiveDatabase } from '../../src/db/connection';
import { saveSession } from '../../src/db/session';
import { httpTransport, type SyncTransport } from '../../src/sync/syncClient';

export const PASSWORD = 'property-test-password';

/** Memory-backed temp files where there are any: these runs test merge logic, not the disk's fsync. */
const SCRATCH = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

export type Login = { token: string; practitioner: { id: string; name: string; role: string; agencyId: string } };

/**
 * A seeded SQLite file made once and copied per run, with both practitioners already signed in:
 * password hashing is deliberately slow, and sign-in is not what these runs test.
 */
export async function makeTemplate(): Promise<{ file: string; logins: Map<string, Login>; cleanup: () => void }> {
  const dir = mkdtempSync(join(SCRATCH, 'caf-template-'));
  const file = join(dir, 'template.sqlite');
  const store = SqliteStore.open(file);
  await seedDemo(store, PASSWORD);
  const app = await buildApp({ store, logger: false });
  const logins = new Map<string, Login>();
  for (const { email } of Object.values(DEMO_PRACTITIONERS)) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: PASSWORD },
    });
    logins.set(email, response.json());
  }
  await app.close();
  await store.close();
  return { file, logins, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The real server (Fastify app + SQLite store) in this process; `restart` reopens the same file. */
export class InProcessServer {
  app!: FastifyInstance;
  private store!: SqliteStore;
  readonly dir: string;
  readonly file: string;

  private constructor(template: string) {
    this.dir = mkdtempSync(join(SCRATCH, 'caf-run-'));
    this.file = join(this.dir, 'caf.sqlite');
    copyFileSync(template, this.file);
  }

  static async start(template: string): Promise<InProcessServer> {
    const server = new InProcessServer(template);
    await server.open();
    return server;
  }

  private async open() {
    this.store = SqliteStore.open(this.file);
    this.app = await buildApp({ store: this.store, logger: false });
    await this.app.ready();
  }

  async restart() {
    await this.app.close();
    await this.store.close();
    await this.open();
  }

  async stop() {
    await this.app.close();
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** fetch() routed into the app, so the client code under test is the real HTTP client. */
  readonly fetch: typeof fetch = async (input, init) => {
    const response = await this.app.inject({
      method: 'POST',
      url: String(input),
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      payload: typeof init?.body === 'string' ? init.body : Buffer.from(init?.body as ArrayBuffer),
    });
    return new Response(response.body, {
      status: response.statusCode,
      headers: { 'content-type': 'application/json' },
    });
  };

  async login(email: string): Promise<Login> {
    const response = await this.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: PASSWORD },
    });
    if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode}`);
    return response.json();
  }
}

/** The JSON a request carried, whether or not the client gzipped it. */
export function requestJson(init: RequestInit | undefined): unknown {
  const body = init?.body;
  if (typeof body === 'string') return JSON.parse(body);
  if (body instanceof ArrayBuffer) return JSON.parse(gunzipSync(Buffer.from(body)).toString('utf8'));
  return {};
}

let deviceCounter = 0;

/** One device: its own IndexedDB (fake-indexeddb), signed in as one practitioner. */
export class SimulatedDevice {
  readonly db: CafDatabase;
  token = '';
  deviceId = '';

  constructor(readonly email: string) {
    deviceCounter++;
    this.db = new CafDatabase(`device-${process.pid}-${deviceCounter}-${Date.now()}`);
  }

  /** Make this device's database the one the data layer and sync engine use. */
  activate() {
    setActiveDatabase(this.db);
  }

  /** Sign in through the server, or reuse a session already stored in the server's data. */
  async signIn(server: InProcessServer, existing?: Login) {
    const login = existing ?? (await server.login(this.email));
    this.token = login.token;
    this.activate();
    await saveSession({ token: login.token, practitioner: login.practitioner, signedInAt: new Date().toISOString() });
    this.deviceId = String((await this.db.settings.get('deviceId'))?.value);
  }

  transport(fetchImpl: typeof fetch): SyncTransport {
    return httpTransport({ token: this.token, deviceId: this.deviceId, fetchImpl });
  }

  async destroy() {
    this.db.close();
    closeStrictDatabase();
    await this.db.delete();
  }
}

export const HEALTH_VISITOR = DEMO_PRACTITIONERS.healthVisitor;
export const SCHOOL_WORKER = DEMO_PRACTITIONERS.schoolWorker;

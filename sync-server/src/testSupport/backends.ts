import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresStore } from '../store/postgres';
import { SqliteStore } from '../store/sqlite';
import type { SyncStore } from '../store/store';

export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface OpenedBackend {
  store: SyncStore;
  /** Opens another store on the same data (a second server process's view). */
  reopen(): Promise<SyncStore>;
  /** Environment for a server process on the same data. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  open(): Promise<OpenedBackend>;
}

export function freshSchemaName(): string {
  return `test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

export const sqliteBackend: Backend = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'caf-sqlite-'));
    const file = join(dir, 'caf.sqlite');
    const store = SqliteStore.open(file);
    const extra: SyncStore[] = [];
    return {
      store,
      env: { DATA_DIR: dir },
      reopen: async () => {
        const another = SqliteStore.open(file);
        extra.push(another);
        return another;
      },
      cleanup: async () => {
        for (const s of [store, ...extra]) await s.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const postgresBackend: Backend = {
  name: 'postgres',
  async open() {
    const schema = freshSchemaName();
    const store = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    const extra: SyncStore[] = [];
    return {
      store,
      env: { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema },
      reopen: async () => {
        const another = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
        extra.push(another);
        return another;
      },
      cleanup: async () => {
        for (const s of [store, ...extra]) await s.close().catch(() => undefined);
        await dropSchema(schema);
      },
    };
  },
};

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The backends a contract suite runs on. In CI PostgreSQL must run: an unreachable database fails
 * the suite rather than skipping it. Elsewhere it is skipped, loudly.
 */
export async function backendsUnderTest(): Promise<Backend[]> {
  if (process.env['CI'] === 'true' || process.env['CI'] === '1') return [sqliteBackend, postgresBackend];
  if (await postgresReachable()) return [sqliteBackend, postgresBackend];
  console.warn(
    `\n!!! PostgreSQL at ${TEST_DATABASE_URL} is unreachable: the PostgreSQL contract suite is SKIPPED. ` +
      'It runs (and must pass) with CI=true.\n',
  );
  return [sqliteBackend];
}

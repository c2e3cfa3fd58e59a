import pg from 'pg';
import { DIRECTORY_CASE_ID } from '../../../src/domain/records/directory';
import type { MergedRecord } from '../../../src/domain/merge';
import {
  recordBody,
  recordFromRow,
  subjectOf,
  type DeviceRow,
  type PractitionerAccount,
  type PullPage,
  type PullQuery,
  type SessionRow,
  type TrustedDeviceRow,
  type SyncStore,
  type WriteTx,
} from './store';

/**
 * Advisory lock keys. Every push takes WRITE_LOCK for its transaction, so across all server
 * processes server sequence numbers are handed out and committed strictly in order: a pull reading
 * `server_seq > checkpoint` can never miss a lower number that commits later.
 */
const WRITE_LOCK = 0x0caf_5e01;
const MIGRATION_LOCK = 0x0caf_5e02;

/** Each entry runs once, in order, recorded in `migrations`. Append; never edit a shipped one. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE records (
     kind TEXT NOT NULL,
     id TEXT NOT NULL,
     case_id TEXT NOT NULL,
     subject_id TEXT,
     server_seq BIGINT NOT NULL UNIQUE,
     body TEXT NOT NULL,
     PRIMARY KEY (kind, id)
   );
   CREATE INDEX records_case ON records (case_id, server_seq);
   CREATE INDEX records_subject ON records (subject_id) WHERE subject_id IS NOT NULL;
   CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
   INSERT INTO counters (name, value) VALUES ('server_seq', 0);
   CREATE TABLE devices (device_id TEXT PRIMARY KEY, practitioner_id TEXT NOT NULL, last_seq BIGINT NOT NULL);
   CREATE TABLE case_members (
     case_id TEXT NOT NULL,
     practitioner_id TEXT NOT NULL,
     PRIMARY KEY (case_id, practitioner_id)
   );
   CREATE INDEX case_members_practitioner ON case_members (practitioner_id);
   CREATE TABLE accounts (
     id TEXT PRIMARY KEY,
     email TEXT NOT NULL UNIQUE,
     name TEXT NOT NULL,
     role TEXT NOT NULL,
     agency_id TEXT NOT NULL,
     password_hash TEXT NOT NULL
   );
   CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, practitioner_id TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL);`,
  `CREATE TABLE trusted_devices (token_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL);`,
];

interface RecordRowOut {
  kind: string;
  id: string;
  caseId: string;
  body: string;
}

interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: string;
  agency_id: string;
  password_hash: string;
}

function accountFromRow(row: AccountRow): PractitionerAccount {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    agencyId: row.agency_id,
    passwordHash: row.password_hash,
  };
}

export interface PostgresOptions {
  connectionString: string;
  /** A schema to work in (created if missing): lets tests use a fresh one per run on a shared database. */
  schema?: string;
  maxConnections?: number;
}

export class PostgresStore implements SyncStore {
  readonly backend = 'postgres' as const;

  private constructor(private readonly pool: pg.Pool) {}

  static async open(options: PostgresOptions): Promise<PostgresStore> {
    const schema = options.schema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error('Invalid schema name');
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client that loses its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool);
    try {
      await store.migrate(schema);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  private async transaction<T>(lock: number, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [lock]);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async migrate(schema: string | undefined): Promise<void> {
    // Two processes starting together on an empty database must not both create the tables.
    await this.transaction(MIGRATION_LOCK, async (client) => {
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(
        'CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)',
      );
      const { rows } = await client.query<{ version: number }>('SELECT version FROM migrations');
      const applied = new Set(rows.map((r) => r.version));
      for (const [index, sql] of MIGRATIONS.entries()) {
        const version = index + 1;
        if (applied.has(version)) continue;
        await client.query(sql);
        await client.query('INSERT INTO migrations (version, applied_at) VALUES ($1, now())', [version]);
      }
    });
  }

  write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.transaction(WRITE_LOCK, async (client) => {
      const tx: WriteTx = {
        getDevice: async (deviceId) => {
          const { rows } = await client.query<{ practitioner_id: string; last_seq: string }>(
            'SELECT practitioner_id, last_seq FROM devices WHERE device_id = $1',
            [deviceId],
          );
          const row = rows[0];
          return row && { deviceId, practitionerId: row.practitioner_id, lastSeq: Number(row.last_seq) };
        },
        putDevice: async (device: DeviceRow) => {
          await client.query(
            `INSERT INTO devices (device_id, practitioner_id, last_seq) VALUES ($1, $2, $3)
             ON CONFLICT (device_id) DO UPDATE SET last_seq = excluded.last_seq`,
            [device.deviceId, device.practitionerId, device.lastSeq],
          );
        },
        getRecords: async (keys) => {
          if (keys.length === 0) return [];
          const { rows } = await client.query<RecordRowOut>(
            `SELECT r.kind, r.id, r.case_id AS "caseId", r.body FROM records r
             JOIN unnest($1::text[], $2::text[]) AS k(kind, id) ON r.kind = k.kind AND r.id = k.id`,
            [keys.map((k) => k.kind), keys.map((k) => k.id)],
          );
          return rows.map(recordFromRow);
        },
        conflictsAbout: async (recordIds) => {
          if (recordIds.length === 0) return [];
          const { rows } = await client.query<RecordRowOut>(
            `SELECT kind, id, case_id AS "caseId", body FROM records WHERE subject_id = ANY($1::text[]) AND kind = 'conflict'`,
            [[...recordIds]],
          );
          return rows.map(recordFromRow);
        },
        putRecords: async (records: readonly MergedRecord[]) => {
          if (records.length === 0) return;
          const { rows } = await client.query<{ value: string }>(
            `UPDATE counters SET value = value + $1 WHERE name = 'server_seq' RETURNING value`,
            [records.length],
          );
          const first = Number(rows[0]?.value) - records.length + 1;
          await client.query(
            `INSERT INTO records (kind, id, case_id, subject_id, server_seq, body)
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[])
             ON CONFLICT (kind, id) DO UPDATE SET case_id = excluded.case_id, subject_id = excluded.subject_id,
               server_seq = excluded.server_seq, body = excluded.body`,
            [
              records.map((r) => r.kind),
              records.map((r) => r.id),
              records.map((r) => r.caseId),
              records.map(subjectOf),
              records.map((_, i) => first + i),
              records.map(recordBody),
            ],
          );
        },
        caseMembers: async (caseIds) => {
          const unique = [...new Set(caseIds)];
          const members = new Map<string, Set<string>>(unique.map((id) => [id, new Set<string>()]));
          if (unique.length === 0) return members;
          const { rows } = await client.query<{ case_id: string; practitioner_id: string }>(
            'SELECT case_id, practitioner_id FROM case_members WHERE case_id = ANY($1::text[])',
            [unique],
          );
          for (const row of rows) members.get(row.case_id)?.add(row.practitioner_id);
          return members;
        },
        setCaseMembers: async (caseId, practitionerIds) => {
          await client.query('DELETE FROM case_members WHERE case_id = $1', [caseId]);
          if (practitionerIds.length === 0) return;
          await client.query(
            `INSERT INTO case_members (case_id, practitioner_id)
             SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
            [caseId, [...practitionerIds]],
          );
        },
      };
      return work(tx);
    });
  }

  async pull(query: PullQuery): Promise<PullPage> {
    const { rows } = await this.pool.query<{
      kind: string;
      id: string;
      caseId: string;
      body: string;
      serverSeq: string;
    }>(
      `SELECT kind, id, case_id AS "caseId", body, server_seq AS "serverSeq" FROM records
       WHERE server_seq > $1 AND (case_id = ANY($2::text[])
         OR (case_id = ANY($5::text[]) AND kind = ANY($6::text[])) OR ($3 AND case_id = $4))
       ORDER BY server_seq LIMIT $7`,
      [
        query.since,
        [...query.caseIds],
        query.includeDirectory,
        DIRECTORY_CASE_ID,
        [...(query.basicOnlyCaseIds ?? [])],
        [...(query.basicKinds ?? [])],
        query.limit + 1,
      ],
    );
    const hasMore = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    let remaining = 0;
    if (hasMore && query.countRemaining !== false) {
      const count = await this.pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM records
         WHERE server_seq > $1 AND (case_id = ANY($2::text[])
           OR (case_id = ANY($5::text[]) AND kind = ANY($6::text[])) OR ($3 AND case_id = $4))`,
        [
          page[page.length - 1]?.serverSeq ?? query.since,
          [...query.caseIds],
          query.includeDirectory,
          DIRECTORY_CASE_ID,
          [...(query.basicOnlyCaseIds ?? [])],
          [...(query.basicKinds ?? [])],
        ],
      );
      remaining = Number(count.rows[0]?.n ?? 0);
    }
    return {
      rows: page.map((row) => ({ ...row, serverSeq: Number(row.serverSeq) })),
      hasMore,
      remaining,
    };
  }

  async recordsOfKinds(caseIds: readonly string[], kinds: readonly string[]): Promise<MergedRecord[]> {
    if (caseIds.length === 0 || kinds.length === 0) return [];
    const { rows } = await this.pool.query<{ kind: string; id: string; caseId: string; body: string }>(
      `SELECT kind, id, case_id AS "caseId", body FROM records
       WHERE case_id = ANY($1::text[]) AND kind = ANY($2::text[]) ORDER BY server_seq`,
      [[...caseIds], [...kinds]],
    );
    return rows.map(recordFromRow);
  }

  async currentSeq(): Promise<number> {
    const { rows } = await this.pool.query<{ value: string }>("SELECT value FROM counters WHERE name = 'server_seq'");
    return Number(rows[0]?.value ?? 0);
  }

  async recordsOfKindsInEveryCase(kinds: readonly string[]): Promise<MergedRecord[]> {
    if (kinds.length === 0) return [];
    // The primary key (kind, id) finds every record of a kind without reading the others.
    const { rows } = await this.pool.query<{ kind: string; id: string; caseId: string; body: string }>(
      `SELECT kind, id, case_id AS "caseId", body FROM records WHERE kind = ANY($1::text[]) ORDER BY server_seq`,
      [[...kinds]],
    );
    return rows.map(recordFromRow);
  }

  async caseIdsFor(practitionerId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ case_id: string }>(
      'SELECT case_id FROM case_members WHERE practitioner_id = $1 ORDER BY case_id',
      [practitionerId],
    );
    return rows.map((r) => r.case_id);
  }

  async putAccount(account: PractitionerAccount): Promise<void> {
    await this.pool.query(
      `INSERT INTO accounts (id, email, name, role, agency_id, password_hash) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, role = excluded.role,
         agency_id = excluded.agency_id, password_hash = excluded.password_hash`,
      [account.id, account.email.toLowerCase(), account.name, account.role, account.agencyId, account.passwordHash],
    );
  }

  async findAccountByEmail(email: string): Promise<PractitionerAccount | undefined> {
    const { rows } = await this.pool.query<AccountRow>('SELECT * FROM accounts WHERE email = $1', [
      email.toLowerCase(),
    ]);
    return rows[0] && accountFromRow(rows[0]);
  }

  async findAccount(id: string): Promise<PractitionerAccount | undefined> {
    const { rows } = await this.pool.query<AccountRow>('SELECT * FROM accounts WHERE id = $1', [id]);
    return rows[0] && accountFromRow(rows[0]);
  }

  async countAccounts(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM accounts');
    return Number(rows[0]?.n ?? 0);
  }

  async putSession(tokenHash: string, session: SessionRow): Promise<void> {
    await this.pool.query('INSERT INTO sessions (token_hash, practitioner_id, expires_at) VALUES ($1, $2, $3)', [
      tokenHash,
      session.practitionerId,
      session.expiresAt,
    ]);
  }

  async findSession(tokenHash: string): Promise<SessionRow | undefined> {
    const { rows } = await this.pool.query<{ practitioner_id: string; expires_at: Date }>(
      'SELECT practitioner_id, expires_at FROM sessions WHERE token_hash = $1',
      [tokenHash],
    );
    const row = rows[0];
    return row && { practitionerId: row.practitioner_id, expiresAt: new Date(row.expires_at) };
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  async putTrustedDevice(tokenHash: string, device: TrustedDeviceRow): Promise<void> {
    await this.pool.query('INSERT INTO trusted_devices (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [
      tokenHash,
      device.accountId,
      device.expiresAt,
    ]);
  }

  async findTrustedDevice(tokenHash: string, now: Date): Promise<TrustedDeviceRow | undefined> {
    const { rows } = await this.pool.query<{ account_id: string; expires_at: Date }>(
      'SELECT account_id, expires_at FROM trusted_devices WHERE token_hash = $1 AND expires_at > $2',
      [tokenHash, now],
    );
    const row = rows[0];
    return row && { accountId: row.account_id, expiresAt: new Date(row.expires_at) };
  }

  async deleteTrustedDevice(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM trusted_devices WHERE token_hash = $1', [tokenHash]);
  }

  async deleteExpiredTrustedDevices(now: Date): Promise<void> {
    await this.pool.query('DELETE FROM trusted_devices WHERE expires_at <= $1', [now]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DIRECTORY_CASE_ID } from '../../../src/domain/records/directory';
import type { MergedRecord } from '../../../src/domain/merge';
import {
  Mutex,
  pullQueryMatcher,
  recordBody,
  recordFromRow,
  subjectOf,
  type DeviceRow,
  type PractitionerAccount,
  type PullPage,
  type PulledRow,
  type PullQuery,
  type SessionRow,
  type TrustedDeviceRow,
  type SyncStore,
  type WriteTx,
} from './store';

/** Each entry runs once, in order, recorded in `migrations`. Append; never edit a shipped one. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE records (
     kind TEXT NOT NULL,
     id TEXT NOT NULL,
     case_id TEXT NOT NULL,
     subject_id TEXT,
     server_seq INTEGER NOT NULL UNIQUE,
     body TEXT NOT NULL,
     PRIMARY KEY (kind, id)
   );
   CREATE INDEX records_case ON records (case_id, server_seq);
   CREATE INDEX records_subject ON records (subject_id) WHERE subject_id IS NOT NULL;
   CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
   INSERT INTO counters (name, value) VALUES ('server_seq', 0);
   CREATE TABLE devices (device_id TEXT PRIMARY KEY, practitioner_id TEXT NOT NULL, last_seq INTEGER NOT NULL);
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
   CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, practitioner_id TEXT NOT NULL, expires_at INTEGER NOT NULL);`,
  `CREATE TABLE trusted_devices (token_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL, expires_at INTEGER NOT NULL);`,
];

/** Log pages after which SQLite checkpoints inside a commit anyway (64 MiB): a bound on the log if writes never pause. */
const WAL_BACKSTOP_PAGES = 16_384;
/** A pause in writes this long lets the checkpoint run between pushes instead of inside one. */
const CHECKPOINT_AFTER_IDLE_MS = 250;

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

export class SqliteStore implements SyncStore {
  readonly backend = 'sqlite' as const;
  private readonly db: Database.Database;
  /** A second connection for pulls: in WAL mode it reads only committed data, never a write in progress. */
  private readonly reader: Database.Database;
  private readonly mutex = new Mutex();
  private readonly statements = new Map<string, Database.Statement>();
  private checkpointTimer: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // FULL: a change is acknowledged only once it is on disk, not merely handed to the OS.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    SqliteStore.readPagesCheaply(this.db);
    this.db.pragma(`wal_autocheckpoint = ${WAL_BACKSTOP_PAGES}`);
    this.migrate();
    this.reader = new Database(file, { readonly: true });
    this.reader.pragma('busy_timeout = 5000');
    SqliteStore.readPagesCheaply(this.reader);
  }

  /**
   * A push reads and rewrites records spread over the whole table. SQLite's default page cache (2 MiB
   * per connection) holds a fraction of a caseload's records, so every batch read its pages again
   * through system calls; a larger cache, and memory-mapped reads that share the operating system's
   * cache between the two connections, took about a tenth off the server's time for a 10,000-change push.
   */
  private static readPagesCheaply(connection: Database.Database): void {
    connection.pragma('cache_size = -65536'); // 64 MiB
    connection.pragma('mmap_size = 268435456'); // 256 MiB
  }

  /** Prepared once: a push of thousands of changes runs the same few statements over and over. */
  private prepare(sql: string, on: Database.Database = this.db): Database.Statement {
    const key = (on === this.db ? 'w:' : 'r:') + sql;
    let statement = this.statements.get(key);
    if (!statement) {
      statement = on.prepare(sql);
      this.statements.set(key, statement);
    }
    return statement;
  }

  private read(sql: string): Database.Statement {
    return this.prepare(sql, this.reader);
  }

  /**
   * Runs a write under the one-writer lock, then plans a checkpoint for when writes pause. A
   * checkpoint copies the write-ahead log back into the database file and syncs it; left to SQLite
   * (every 1,000 pages), it ran inside the COMMIT of nearly every large push, so a practitioner
   * waited for it before their changes were acknowledged (measured: about 80 ms of a 10,000-change
   * push). Durability is the same either way: a commit is on disk once the log is synced.
   */
  private writeLocked<T>(work: () => Promise<T>): Promise<T> {
    return this.mutex.run(work).finally(() => this.checkpointWhenIdle());
  }

  private checkpointWhenIdle(): void {
    clearTimeout(this.checkpointTimer);
    this.checkpointTimer = setTimeout(() => {
      // PASSIVE: never waits for a pull reading the database; what it cannot copy now waits for the next
      // one. A checkpoint that fails loses nothing (the log holds every commit), so it must not stop the server.
      this.mutex
        .run(async () => {
          if (!this.closed) this.db.pragma('wal_checkpoint(PASSIVE)');
        })
        .catch(() => undefined);
    }, CHECKPOINT_AFTER_IDLE_MS);
    this.checkpointTimer.unref();
  }

  static open(file: string): SqliteStore {
    return new SqliteStore(file);
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const applied = new Set(
      (this.db.prepare('SELECT version FROM migrations').all() as { version: number }[]).map((r) => r.version),
    );
    MIGRATIONS.forEach((sql, index) => {
      const version = index + 1;
      if (applied.has(version)) return;
      this.db
        .transaction(() => {
          this.db.exec(sql);
          this.db
            .prepare('INSERT INTO migrations (version, applied_at) VALUES (?, ?)')
            .run(version, new Date().toISOString());
        })
        .immediate();
    });
  }

  write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.writeLocked(async () => {
      const db = this.db;
      db.exec('BEGIN IMMEDIATE');
      const tx: WriteTx = {
        getDevice: async (deviceId) => {
          const row = this.prepare('SELECT device_id, practitioner_id, last_seq FROM devices WHERE device_id = ?').get(
            deviceId,
          ) as { device_id: string; practitioner_id: string; last_seq: number } | undefined;
          return row && { deviceId: row.device_id, practitionerId: row.practitioner_id, lastSeq: row.last_seq };
        },
        putDevice: async (device: DeviceRow) => {
          this.prepare(
            `INSERT INTO devices (device_id, practitioner_id, last_seq) VALUES (?, ?, ?)
             ON CONFLICT (device_id) DO UPDATE SET last_seq = excluded.last_seq`,
          ).run(device.deviceId, device.practitionerId, device.lastSeq);
        },
        getRecords: async (keys) => {
          const statement = this.prepare(
            'SELECT kind, id, case_id AS caseId, body FROM records WHERE kind = ? AND id = ?',
          );
          const found: MergedRecord[] = [];
          for (const key of keys) {
            const row = statement.get(key.kind, key.id) as RecordRowOut | undefined;
            if (row) found.push(recordFromRow(row));
          }
          return found;
        },
        conflictsAbout: async (recordIds) => {
          const statement = this.prepare(
            "SELECT kind, id, case_id AS caseId, body FROM records WHERE subject_id = ? AND kind = 'conflict'",
          );
          return recordIds.flatMap((recordId) => (statement.all(recordId) as RecordRowOut[]).map(recordFromRow));
        },
        putRecords: async (records: readonly MergedRecord[]) => {
          if (records.length === 0) return;
          const { value } = this.prepare(
            "UPDATE counters SET value = value + ? WHERE name = 'server_seq' RETURNING value",
          ).get(records.length) as { value: number };
          const upsert = this.prepare(
            `INSERT INTO records (kind, id, case_id, subject_id, server_seq, body) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (kind, id) DO UPDATE SET case_id = excluded.case_id, subject_id = excluded.subject_id,
               server_seq = excluded.server_seq, body = excluded.body`,
          );
          let serverSeq = value - records.length;
          for (const record of records) {
            serverSeq += 1;
            upsert.run(record.kind, record.id, record.caseId, subjectOf(record), serverSeq, recordBody(record));
          }
        },
        caseMembers: async (caseIds) => {
          const statement = this.prepare('SELECT practitioner_id FROM case_members WHERE case_id = ?');
          const members = new Map<string, Set<string>>();
          for (const caseId of new Set(caseIds)) {
            const rows = statement.all(caseId) as { practitioner_id: string }[];
            members.set(caseId, new Set(rows.map((r) => r.practitioner_id)));
          }
          return members;
        },
        setCaseMembers: async (caseId, practitionerIds) => {
          this.prepare('DELETE FROM case_members WHERE case_id = ?').run(caseId);
          const insert = this.prepare('INSERT OR IGNORE INTO case_members (case_id, practitioner_id) VALUES (?, ?)');
          for (const id of practitionerIds) insert.run(caseId, id);
        },
      };
      try {
        const result = await work(tx);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  /**
   * Two ways to find a page, chosen by what the data say. A practitioner who may see most records
   * (a first sync of a full caseload) is served by walking the server sequence and keeping what they
   * may see: a page costs about a page of rows. One who sees few of many cases would walk far for
   * each page that way, so when a window of twice the page size has not filled it, the rest comes
   * through the per-case index (case_id, server_seq), which reads only their cases' rows but has to
   * sort them.
   */
  async pull(query: PullQuery): Promise<PullPage> {
    const wanted = query.limit + 1;
    const windowSize = wanted * 2;
    const visible = pullQueryMatcher(query);
    const window = this.read(
      `SELECT kind, id, case_id AS caseId, body, server_seq AS serverSeq FROM records
         WHERE server_seq > ? ORDER BY server_seq LIMIT ?`,
    ).all(query.since, windowSize) as PulledRow[];
    const rows = window.filter((row) => visible(row.caseId, row.kind)).slice(0, wanted);
    const lastScanned = window[window.length - 1]?.serverSeq;
    if (rows.length < wanted && window.length === windowSize && lastScanned !== undefined) {
      rows.push(...this.pullThroughCaseIndex(query, lastScanned, wanted - rows.length));
    }
    const hasMore = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    const lastSeq = page[page.length - 1]?.serverSeq ?? query.since;
    const remaining = hasMore && query.countRemaining !== false ? this.countVisibleAfter(query, lastSeq) : 0;
    return { rows: page, hasMore, remaining };
  }

  private static readonly VISIBLE = `(case_id IN (SELECT value FROM json_each(?))
           OR (case_id IN (SELECT value FROM json_each(?)) AND kind IN (SELECT value FROM json_each(?)))
           OR (? AND case_id = ?))`;

  private visibleParams(query: PullQuery): unknown[] {
    return [
      JSON.stringify(query.caseIds),
      JSON.stringify(query.basicOnlyCaseIds ?? []),
      JSON.stringify(query.basicKinds ?? []),
      query.includeDirectory ? 1 : 0,
      DIRECTORY_CASE_ID,
    ];
  }

  private pullThroughCaseIndex(query: PullQuery, after: number, limit: number): PulledRow[] {
    return this.read(
      `SELECT kind, id, case_id AS caseId, body, server_seq AS serverSeq FROM records
         WHERE server_seq > ? AND ${SqliteStore.VISIBLE} ORDER BY server_seq LIMIT ?`,
    ).all(after, ...this.visibleParams(query), limit) as PulledRow[];
  }

  private countVisibleAfter(query: PullQuery, after: number): number {
    const count = this.read(`SELECT count(*) AS n FROM records WHERE server_seq > ? AND ${SqliteStore.VISIBLE}`).get(
      after,
      ...this.visibleParams(query),
    ) as { n: number };
    return count.n;
  }

  async recordsOfKinds(caseIds: readonly string[], kinds: readonly string[]): Promise<MergedRecord[]> {
    if (caseIds.length === 0 || kinds.length === 0) return [];
    const rows = this.read(
      `SELECT kind, id, case_id AS caseId, body FROM records
         WHERE case_id IN (SELECT value FROM json_each(?)) AND kind IN (SELECT value FROM json_each(?))
         ORDER BY server_seq`,
    ).all(JSON.stringify(caseIds), JSON.stringify(kinds)) as {
      kind: string;
      id: string;
      caseId: string;
      body: string;
    }[];
    return rows.map(recordFromRow);
  }

  async currentSeq(): Promise<number> {
    return (this.read("SELECT value FROM counters WHERE name = 'server_seq'").get() as { value: number }).value;
  }

  async recordsOfKindsInEveryCase(kinds: readonly string[]): Promise<MergedRecord[]> {
    if (kinds.length === 0) return [];
    // The primary key (kind, id) finds every record of a kind without reading the others.
    const rows = this.read(
      `SELECT kind, id, case_id AS caseId, body FROM records
         WHERE kind IN (SELECT value FROM json_each(?)) ORDER BY server_seq`,
    ).all(JSON.stringify(kinds)) as RecordRowOut[];
    return rows.map(recordFromRow);
  }

  async caseIdsFor(practitionerId: string): Promise<string[]> {
    const rows = this.read('SELECT case_id FROM case_members WHERE practitioner_id = ? ORDER BY case_id').all(
      practitionerId,
    ) as { case_id: string }[];
    return rows.map((r) => r.case_id);
  }

  async putAccount(account: PractitionerAccount): Promise<void> {
    await this.writeLocked(async () => {
      this.prepare(
        `INSERT INTO accounts (id, email, name, role, agency_id, password_hash) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, role = excluded.role,
             agency_id = excluded.agency_id, password_hash = excluded.password_hash`,
      ).run(
        account.id,
        account.email.toLowerCase(),
        account.name,
        account.role,
        account.agencyId,
        account.passwordHash,
      );
    });
  }

  async findAccountByEmail(email: string): Promise<PractitionerAccount | undefined> {
    const row = this.read('SELECT * FROM accounts WHERE email = ?').get(email.toLowerCase()) as AccountRow | undefined;
    return row && accountFromRow(row);
  }

  async findAccount(id: string): Promise<PractitionerAccount | undefined> {
    const row = this.read('SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
    return row && accountFromRow(row);
  }

  async countAccounts(): Promise<number> {
    return (this.read('SELECT COUNT(*) AS n FROM accounts').get() as { n: number }).n;
  }

  async putSession(tokenHash: string, session: SessionRow): Promise<void> {
    await this.writeLocked(async () => {
      this.prepare('INSERT INTO sessions (token_hash, practitioner_id, expires_at) VALUES (?, ?, ?)').run(
        tokenHash,
        session.practitionerId,
        session.expiresAt.getTime(),
      );
    });
  }

  async findSession(tokenHash: string): Promise<SessionRow | undefined> {
    const row = this.read('SELECT practitioner_id, expires_at FROM sessions WHERE token_hash = ?').get(tokenHash) as
      { practitioner_id: string; expires_at: number } | undefined;
    return row && { practitionerId: row.practitioner_id, expiresAt: new Date(row.expires_at) };
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.writeLocked(async () => {
      this.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now.getTime());
    });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.writeLocked(async () => {
      this.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
    });
  }

  async putTrustedDevice(tokenHash: string, device: TrustedDeviceRow): Promise<void> {
    await this.writeLocked(async () => {
      this.prepare('INSERT INTO trusted_devices (token_hash, account_id, expires_at) VALUES (?, ?, ?)').run(
        tokenHash,
        device.accountId,
        device.expiresAt.getTime(),
      );
    });
  }

  async findTrustedDevice(tokenHash: string, now: Date): Promise<TrustedDeviceRow | undefined> {
    const row = this.read(
      'SELECT account_id, expires_at FROM trusted_devices WHERE token_hash = ? AND expires_at > ?',
    ).get(tokenHash, now.getTime()) as { account_id: string; expires_at: number } | undefined;
    return row && { accountId: row.account_id, expiresAt: new Date(row.expires_at) };
  }

  async deleteTrustedDevice(tokenHash: string): Promise<void> {
    await this.writeLocked(async () => {
      this.prepare('DELETE FROM trusted_devices WHERE token_hash = ?').run(tokenHash);
    });
  }

  async deleteExpiredTrustedDevices(now: Date): Promise<void> {
    await this.writeLocked(async () => {
      this.prepare('DELETE FROM trusted_devices WHERE expires_at <= ?').run(now.getTime());
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.checkpointTimer);
    await this.mutex.run(async () => {
      this.closed = true;
      this.reader.close();
      this.db.close();
    });
  }
}

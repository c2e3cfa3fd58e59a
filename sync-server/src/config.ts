import { join, resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Optional PostgreSQL schema (created if missing): lets tests and staging share one database. */
  databaseSchema: string | undefined;
  sqliteFile: string;
  distDir: string;
  seedDemo: boolean;
  demoPassword: string;
  /** How many synthetic cases SEED_DEMO writes (DEMO_CASES, default 12). */
  demoCases: number;
  logLevel: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env['PORT'] ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('PORT must be a port number');
  const databaseUrl = env['DATABASE_URL'] || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// URL (leave it unset for SQLite)');
  }
  return {
    port,
    host: env['HOST'] ?? '127.0.0.1',
    databaseUrl,
    databaseSchema: env['DATABASE_SCHEMA'] || undefined,
    sqliteFile: join(resolve(env['DATA_DIR'] ?? './data'), 'caf.sqlite'),
    distDir: resolve(env['DIST_DIR'] ?? './dist'),
    seedDemo: (env['SEED_DEMO'] ?? '1') !== '0',
    demoPassword: env['DEMO_PASSWORD'] ?? 'demo-password',
    demoCases: Math.max(0, Math.min(1000, Number(env['DEMO_CASES'] ?? 12) || 0)),
    logLevel: env['LOG_LEVEL'] ?? 'warn',
  };
}

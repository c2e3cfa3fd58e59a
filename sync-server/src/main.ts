import { buildApp } from './app';
import { readConfig } from './config';
import { DEMO_PRACTITIONERS, demoCaseChanges, seedDemo } from './demoSeed';
import { PostgresStore } from './store/postgres';
import { SqliteStore } from './store/sqlite';
import type { SyncStore } from './store/store';

const config = readConfig();

const store: SyncStore = config.databaseUrl
  ? await PostgresStore.open({ connectionString: config.databaseUrl, schema: config.databaseSchema })
  : SqliteStore.open(config.sqliteFile);

if (config.seedDemo) {
  const { seeded } = await seedDemo(store, config.demoPassword, () => demoCaseChanges(config.demoCases));
  if (seeded) console.log(`Seeded synthetic demo data (no real people): ${config.demoCases} cases.`);
}

const app = await buildApp({ store, distDir: config.distDir, logger: { level: config.logLevel } });

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  await app.close();
  await store.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());

try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  // The likeliest failure on a first run, said plainly instead of as a stack trace.
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `Port ${config.port} on ${config.host} is already in use: is the server already running? ` +
        `Stop the other process, or choose another port, for example: PORT=${config.port + 1} npm start`,
    );
    await store.close();
    process.exit(1);
  }
  throw error;
}
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const where = config.databaseUrl ? 'PostgreSQL' : `SQLite ${config.sqliteFile}`;
console.log(
  `Early Help CAF server: http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port} (store: ${where})`,
);
if (config.seedDemo) {
  const logins = Object.values(DEMO_PRACTITIONERS).map((p) => `${p.email} (${p.name})`);
  console.log(`Demo logins: ${logins.join(', ')}; password: ${config.demoPassword}`);
}

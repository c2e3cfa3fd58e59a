import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runServerToExit, startServer, type ServerProcess } from './testSupport/serverProcess';

const dirs: string[] = [];
let running: ServerProcess | undefined;

afterAll(async () => {
  await running?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caf-main-'));
  dirs.push(dir);
  return dir;
}

describe('starting the server', () => {
  it(
    'says plainly that the port is taken, and how to choose another, instead of printing a stack trace',
    {
      timeout: 60_000,
    },
    async () => {
      running = await startServer({ DATA_DIR: dataDir() });
      const port = new URL(running.url).port;
      const second = await runServerToExit({ DATA_DIR: dataDir(), PORT: port });
      expect(second.code).toBe(1);
      expect(second.output).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(second.output).toContain(`PORT=${Number(port) + 1} npm start`);
      expect(second.output).not.toMatch(/^\s+at /m);
      // The first server is unharmed.
      expect((await fetch(`${running.url}/health`)).status).toBe(200);
    },
  );
});

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Change } from '../../src/domain/change';
import { newId } from '../../src/domain/ids';
import type { ConflictData } from '../../src/domain/merge';
import {
  loginResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  type PulledRecord,
} from '../../src/domain/syncProtocol';
import { DEMO_PRACTITIONERS } from './demoSeed';
import { backendsUnderTest, dropSchema, freshSchemaName, TEST_DATABASE_URL } from './testSupport/backends';
import { startServer, type ServerProcess } from './testSupport/serverProcess';
import { teamConsentChange } from './testSupport/consentChanges';
import { newCaseChanges, newDeviceId, TestDevice } from './testSupport/testDevice';

/**
 * Fault injection against the real server process: `kill -9` while pushes are in flight, restart,
 * let the client retry as its outbox would. Nothing acknowledged may be lost and nothing applied twice.
 */

const PASSWORD = 'fault-test-password';
const HV = DEMO_PRACTITIONERS.healthVisitor;
const SCHOOL = DEMO_PRACTITIONERS.schoolWorker;
const BATCH = 200;

const backends = await backendsUnderTest();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

async function login(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  return loginResponseSchema.parse(await response.json()).token;
}

/** A device's whole outbox for one case: the case, then appends and a chain of edits of one field. */
function outbox(device: TestDevice, tacMemberIds: string[], count: number) {
  const { caseId, changes } = newCaseChanges(device, { assessorId: device.author, tacMemberIds });
  const all: Change[] = [...changes, ...(tacMemberIds.length > 0 ? [teamConsentChange(device, caseId)] : [])];
  const auditIds: string[] = [];
  let reasonVersion: string | null = changes[0]?.hlc ?? null;
  let lastReason = '';
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      const id = newId();
      auditIds.push(id);
      all.push(device.append('auditEvent', id, caseId, { action: `step${i}`, at: '2026-01-10T10:00:00Z' }));
    } else {
      lastReason = `Reason, revision ${i}`;
      const edit = device.set(
        'episode',
        caseId,
        caseId,
        { reasonForEnquiry: lastReason },
        { reasonForEnquiry: reasonVersion },
      );
      reasonVersion = edit.hlc;
      all.push(edit);
    }
  }
  return { caseId, changes: all, auditIds, lastReason };
}

interface Client {
  device: TestDevice;
  token: string;
  changes: Change[];
  acked: number;
  appliedCount: Map<number, number>;
  seen: Set<number>;
}

async function pushNext(client: Client, url: string): Promise<void> {
  const batch = client.changes.slice(client.acked, client.acked + BATCH);
  const response = await fetch(`${url}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
    body: JSON.stringify({ ...client.device.envelope(), changes: batch }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const body = pushResponseSchema.parse(await response.json());
  for (const result of body.results) {
    expect(result.status, result.reason).not.toBe('rejected');
    client.seen.add(result.seq);
    if (result.status === 'applied')
      client.appliedCount.set(result.seq, (client.appliedCount.get(result.seq) ?? 0) + 1);
  }
  client.acked = body.lastSeq;
}

async function pullAll(
  url: string,
  token: string,
  since = 0,
  limit = 500,
): Promise<{ records: PulledRecord[]; checkpoint: number }> {
  const records: PulledRecord[] = [];
  for (;;) {
    const response = await fetch(`${url}/api/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ protocolVersion: 1, schemaVersion: 1, deviceId: 'faultpuller1', since, limit }),
    });
    expect(response.status).toBe(200);
    const page = pullResponseSchema.parse(await response.json());
    records.push(...page.records);
    since = page.checkpoint;
    if (!page.hasMore) return { records, checkpoint: since };
  }
}

function expectComplete(client: Client, records: PulledRecord[], plan: ReturnType<typeof outbox>) {
  expect(client.acked).toBe(client.changes.length);
  for (let seq = 1; seq <= client.changes.length; seq++) {
    expect(client.seen.has(seq), `seq ${seq} never acknowledged`).toBe(true);
    expect(client.appliedCount.get(seq) ?? 0, `seq ${seq} applied twice`).toBeLessThanOrEqual(1);
  }
  const ofCase = records.filter((r) => r.caseId === plan.caseId);
  const audits = ofCase.filter((r) => r.kind === 'auditEvent');
  expect(audits.map((r) => r.id).sort()).toEqual([...plan.auditIds].sort());
  const episode = ofCase.find((r) => r.kind === 'episode');
  expect(episode?.data['reasonForEnquiry']).toBe(plan.lastReason);
  // A change applied twice, or out of order, would show up as a spurious conflict.
  expect(ofCase.filter((r) => r.kind === 'conflict' && (r.data as ConflictData).status === 'open')).toEqual([]);
  const seqs = records.map((r) => r.serverSeq);
  expect(new Set(seqs).size).toBe(seqs.length);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
}

/** Sends the next batch and kills the server a few milliseconds into it; the reply may or may not arrive. */
async function pushThroughCrash(client: Client, server: ServerProcess, delayMs: number): Promise<'answered' | 'lost'> {
  const inFlight = pushNext(client, server.url).then(
    () => 'answered' as const,
    () => 'lost' as const,
  );
  setTimeout(() => void server.crash(), delayMs);
  const outcome = await inFlight;
  await server.crash();
  return outcome;
}

describe.each(backends)('kill -9 during push on $name', (backend) => {
  it('loses nothing and duplicates nothing after crashes, restarts and retries', { timeout: 120_000 }, async () => {
    let env: Record<string, string>;
    if (backend.name === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'caf-faults-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      env = { DATA_DIR: dir, DEMO_PASSWORD: PASSWORD };
    } else {
      const schema = freshSchemaName();
      cleanups.push(() => dropSchema(schema));
      env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, DEMO_PASSWORD: PASSWORD };
    }
    let server = await startServer(env);
    cleanups.push(() => server.stop());
    const device = new TestDevice(newDeviceId(), HV.id);
    const plan = outbox(device, [], 1400);
    const client: Client = {
      device,
      token: await login(server.url, HV.email),
      changes: plan.changes,
      acked: 0,
      appliedCount: new Map(),
      seen: new Set(),
    };
    await pushNext(client, server.url);
    const outcomes: string[] = [];
    for (const delayMs of [2, 8, 20, 40]) {
      outcomes.push(await pushThroughCrash(client, server, delayMs));
      server = await startServer(env);
    }
    console.log(`${backend.name}: pushes cut by kill -9: ${outcomes.join(', ')}`);
    // At least one kill must have landed while a push was in flight, or this test proved nothing.
    expect(outcomes).toContain('lost');
    while (client.acked < client.changes.length) await pushNext(client, server.url);
    // A last replay of the whole tail after success changes nothing.
    client.acked -= BATCH;
    await pushNext(client, server.url);
    const { records } = await pullAll(server.url, client.token);
    expectComplete(client, records, plan);
    const resent = [...client.seen].filter((seq) => !client.appliedCount.has(seq)).length;
    console.log(`${backend.name}: ${resent} changes committed before a crash were re-sent and reported duplicate`);
  });
});

const postgres = backends.find((b) => b.name === 'postgres');
describe.runIf(postgres)('two server processes on one PostgreSQL', () => {
  it('serve concurrent pushes and pulls correctly, through a crash of one of them', { timeout: 120_000 }, async () => {
    const schema = freshSchemaName();
    cleanups.push(() => dropSchema(schema));
    const env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, DEMO_PASSWORD: PASSWORD };
    let serverA = await startServer(env);
    const serverB = await startServer(env);
    cleanups.push(
      () => serverA.stop(),
      () => serverB.stop(),
    );

    const hvDevice = new TestDevice(newDeviceId(), HV.id);
    const schoolDevice = new TestDevice(newDeviceId(), SCHOOL.id);
    const hvPlan = outbox(hvDevice, [SCHOOL.id], 800);
    const schoolPlan = outbox(schoolDevice, [HV.id], 800);
    const hv: Client = {
      device: hvDevice,
      token: await login(serverA.url, HV.email),
      changes: hvPlan.changes,
      acked: 0,
      appliedCount: new Map(),
      seen: new Set(),
    };
    const school: Client = {
      device: schoolDevice,
      token: await login(serverB.url, SCHOOL.email),
      changes: schoolPlan.changes,
      acked: 0,
      appliedCount: new Map(),
      seen: new Set(),
    };

    // An incremental puller alternating between the two servers while they write: it must end with
    // exactly what a fresh full pull sees, which it cannot if a lower serverSeq ever committed late.
    const mirror = new Map<string, PulledRecord>();
    let checkpoint = 0;
    let pulling = true;
    let pulls = 0;
    const puller = (async () => {
      while (pulling) {
        const url = pulls++ % 2 === 0 ? serverB.url : serverA.url;
        try {
          const page = await pullAll(url, hv.token, checkpoint, 100);
          for (const record of page.records) mirror.set(`${record.kind}/${record.id}`, record);
          checkpoint = page.checkpoint;
        } catch {
          // Server A is down for a moment; the next round goes to B.
        }
      }
    })();

    const schoolPushes = (async () => {
      while (school.acked < school.changes.length) await pushNext(school, serverB.url);
    })();
    await pushNext(hv, serverA.url);
    expect(await pushThroughCrash(hv, serverA, 5)).toBe('lost');
    serverA = await startServer(env);
    while (hv.acked < hv.changes.length) await pushNext(hv, serverA.url);
    await schoolPushes;
    pulling = false;
    await puller;

    const caughtUp = await pullAll(serverA.url, hv.token, checkpoint, 100);
    for (const record of caughtUp.records) mirror.set(`${record.kind}/${record.id}`, record);
    const fresh = await pullAll(serverB.url, hv.token);
    expect(pulls).toBeGreaterThan(2);
    expect(new Map(fresh.records.map((r) => [`${r.kind}/${r.id}`, r]))).toEqual(mirror);
    expectComplete(hv, fresh.records, hvPlan);
    expectComplete(school, fresh.records, schoolPlan);
    const duplicates = [...hv.seen].filter((seq) => !hv.appliedCount.has(seq)).length;
    console.log(
      `two processes: ${pulls} concurrent pulls; ${duplicates} hv changes committed before the crash were re-sent and reported duplicate`,
    );
  });
});

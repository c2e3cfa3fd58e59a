import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Change } from '../../src/domain/change';
import type { ConflictData } from '../../src/domain/merge';
import { DIRECTORY_CASE_ID } from '../../src/domain/records/directory';
import {
  errorResponseSchema,
  loginResponseSchema,
  MAX_BODY_BYTES,
  MAX_PUSH_CHANGES,
  pullResponseSchema,
  pushResponseSchema,
  type PulledRecord,
  type PullResponse,
  type PushResponse,
} from '../../src/domain/syncProtocol';
import { buildApp } from './app';
import { DEMO_PRACTITIONERS, seedDemo } from './demoSeed';
import { backendsUnderTest, type OpenedBackend } from './testSupport/backends';
import { teamConsentChange } from './testSupport/consentChanges';
import { newCaseChanges, newDeviceId, TestDevice } from './testSupport/testDevice';

const PASSWORD = 'contract-test-password';
const HV = DEMO_PRACTITIONERS.healthVisitor;
const SCHOOL = DEMO_PRACTITIONERS.schoolWorker;

const backends = await backendsUnderTest();

describe.each(backends)('sync contract on $name', (backend) => {
  let opened: OpenedBackend;
  let app: FastifyInstance;
  let distDir: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    opened = await backend.open();
    await seedDemo(opened.store, PASSWORD);
    distDir = mkdtempSync(join(tmpdir(), 'caf-dist-'));
    mkdirSync(join(distDir, 'assets'));
    writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Early Help CAF</title><div id="root"></div>');
    writeFileSync(join(distDir, 'sw.js'), 'self.addEventListener("install", () => {});');
    writeFileSync(join(distDir, 'registerSW.js'), '// registers the service worker');
    writeFileSync(join(distDir, 'manifest.webmanifest'), '{"name":"Early Help CAF"}');
    writeFileSync(join(distDir, 'assets', 'index-Abc123.js'), 'console.log("app");');
    app = await buildApp({ store: opened.store, distDir });
    for (const p of [HV, SCHOOL]) tokens[p.id] = await login(p.email, PASSWORD);
  });

  afterAll(async () => {
    await app?.close();
    await opened?.cleanup();
    if (distDir) rmSync(distDir, { recursive: true, force: true });
  });

  async function login(email: string, password: string): Promise<string> {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    expect(response.statusCode).toBe(200);
    return loginResponseSchema.parse(response.json()).token;
  }

  function auth(practitionerId: string) {
    return { authorization: `Bearer ${tokens[practitionerId]}` };
  }

  async function push(device: TestDevice, changes: Change[], as = device.author) {
    return app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(as),
      payload: { ...device.envelope(), changes },
    });
  }

  async function pushOk(device: TestDevice, changes: Change[]): Promise<PushResponse> {
    const response = await push(device, changes);
    expect(response.statusCode, response.body).toBe(200);
    return pushResponseSchema.parse(response.json());
  }

  async function pull(practitionerId: string, body: Record<string, unknown> = {}): Promise<PullResponse> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: auth(practitionerId),
      payload: { protocolVersion: 1, schemaVersion: 1, deviceId: 'pullerdevice1', since: 0, ...body },
    });
    expect(response.statusCode, response.body).toBe(200);
    return pullResponseSchema.parse(response.json());
  }

  /** Every record a practitioner can pull from scratch, paging through. */
  async function pullAll(practitionerId: string, limit = 500): Promise<PulledRecord[]> {
    const records: PulledRecord[] = [];
    let since = 0;
    for (;;) {
      const page = await pull(practitionerId, { since, limit });
      records.push(...page.records);
      since = page.checkpoint;
      if (!page.hasMore) return records;
    }
  }

  /** A fingerprint of everything stored, as seen by both practitioners: to prove a refused request wrote nothing. */
  async function snapshot(): Promise<string> {
    return JSON.stringify([await pullAll(HV.id), await pullAll(SCHOOL.id)]);
  }

  function expectError(response: { statusCode: number; json(): unknown }, status: number, code: string) {
    expect(response.statusCode).toBe(status);
    const body = errorResponseSchema.parse(response.json());
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    return body.error;
  }

  describe('service', () => {
    it('answers GET /health with ok', async () => {
      const response = await app.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    });

    it('serves the service worker, its registration, the shell and the manifest with no-cache, hashed assets immutable', async () => {
      for (const url of ['/sw.js', '/registerSW.js', '/index.html', '/manifest.webmanifest', '/']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['cache-control'], url).toBe('no-cache');
      }
      const asset = await app.inject({ method: 'GET', url: '/assets/index-Abc123.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    it('forbids framing, content sniffing, referrers and inline or evaluated scripts on pages and API answers alike', async () => {
      for (const request of [
        { method: 'GET' as const, url: '/' },
        { method: 'POST' as const, url: '/api/sync/pull', payload: {} },
        { method: 'GET' as const, url: '/health' },
      ]) {
        const response = await app.inject(request);
        expect(response.headers['x-frame-options'], request.url).toBe('DENY');
        const policy = String(response.headers['content-security-policy']);
        expect(policy, request.url).toContain("frame-ancestors 'none'");
        // Scripts only from the app's own files: nothing inline, nothing evaluated from a string.
        expect(policy, request.url).toContain("script-src 'self'");
        expect(policy, request.url).not.toMatch(/unsafe-inline|unsafe-eval/);
        expect(response.headers['x-content-type-options'], request.url).toBe('nosniff');
        expect(response.headers['referrer-policy'], request.url).toBe('no-referrer');
      }
    });

    it('answers an app route a browser asks for with the shell, and an unknown API path with a JSON 404', async () => {
      const page = await app.inject({ method: 'GET', url: '/cases/123', headers: { accept: 'text/html,*/*' } });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.body).toContain('Early Help CAF');
      const api = await app.inject({ method: 'GET', url: '/api/nothing', headers: { accept: 'text/html' } });
      expectError(api, 404, 'not_found');
      const script = await app.inject({ method: 'GET', url: '/assets/missing.js', headers: { accept: '*/*' } });
      expectError(script, 404, 'not_found');
    });

    it('refuses a wrong password or unknown email with 401 and a bad login body with 400', async () => {
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: HV.email, password: 'not-it' },
      });
      expectError(wrong, 401, 'unauthorised');
      const unknown = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'nobody@example.org', password: PASSWORD },
      });
      expectError(unknown, 401, 'unauthorised');
      const bad = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'not-an-email' } });
      expect(expectError(bad, 400, 'bad_request').message).toMatch(/email/);
    });

    it('refuses sync without a valid token', async () => {
      const device = new TestDevice(newDeviceId(), HV.id);
      const none = await app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        payload: { ...device.envelope(), since: 0 },
      });
      expectError(none, 401, 'unauthorised');
      const forged = await app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: { authorization: `Bearer ${'x'.repeat(43)}` },
        payload: { ...device.envelope(), since: 0 },
      });
      expectError(forged, 401, 'unauthorised');
    });

    it('signing out ends the session: its token is refused from then on', async () => {
      const token = await login(HV.email, PASSWORD);
      const device = new TestDevice(newDeviceId(), HV.id);
      const pull = () =>
        app.inject({
          method: 'POST',
          url: '/api/sync/pull',
          headers: { authorization: `Bearer ${token}` },
          payload: { ...device.envelope(), since: 0 },
        });
      expect((await pull()).statusCode).toBe(200);
      const logout = () =>
        app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${token}` } });
      expect((await logout()).statusCode).toBe(204);
      expectError(await pull(), 401, 'unauthorised');
      expectError(await logout(), 401, 'unauthorised');
      // Other sessions of the same practitioner (other devices) carry on.
      expect((await push(device, [])).statusCode).toBe(400);
    });

    it('ends a session from its token hash alone, as a device that signed out offline reports it later', async () => {
      const ended = await login(HV.email, PASSWORD);
      const kept = await login(HV.email, PASSWORD);
      const device = new TestDevice(newDeviceId(), HV.id);
      const pullWith = (token: string) =>
        app.inject({
          method: 'POST',
          url: '/api/sync/pull',
          headers: { authorization: `Bearer ${token}` },
          payload: { ...device.envelope(), since: 0 },
        });
      const revoke = (payload: { tokenHashes: string[] }) =>
        app.inject({ method: 'POST', url: '/api/auth/revoke', payload });
      const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
      expect((await pullWith(ended)).statusCode).toBe(200);

      // Malformed requests say what is wrong and end nothing.
      expect(expectError(await revoke({ tokenHashes: [ended] }), 400, 'bad_request').message).toMatch(/hexadecimal/);
      expect(expectError(await revoke({ tokenHashes: [] }), 400, 'bad_request').message).toMatch(/at least one/);
      const tooMany = Array.from({ length: 21 }, (_, i) => hashOf(`token-${i}`));
      expect(expectError(await revoke({ tokenHashes: tooMany }), 400, 'bad_request').message).toMatch(/at most 20/);
      expect((await pullWith(ended)).statusCode).toBe(200);

      // No token needed; an unknown hash is not an error; a repeat is harmless.
      const unknown = hashOf('never-issued');
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const response = await revoke({ tokenHashes: [hashOf(ended), unknown] });
        expect(response.statusCode).toBe(204);
      }
      expectError(await pullWith(ended), 401, 'unauthorised');
      // The practitioner's session on another device carries on.
      expect((await pullWith(kept)).statusCode).toBe(200);
    });
  });

  describe('push and pull', () => {
    it('creates a case, then pulls it with the directory, in server order, in pages', async () => {
      const device = new TestDevice(newDeviceId(), HV.id);
      const { caseId, childId, changes } = newCaseChanges(device, { assessorId: HV.id });
      const result = await pushOk(device, changes);
      expect(result).toEqual({
        results: [
          { seq: 1, status: 'applied' },
          { seq: 2, status: 'applied' },
        ],
        lastSeq: 2,
      });
      const records = await pullAll(HV.id, 2);
      const seqs = records.map((r) => r.serverSeq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(records.filter((r) => r.caseId === DIRECTORY_CASE_ID).map((r) => r.kind)).toEqual(
        expect.arrayContaining(['agency', 'practitioner']),
      );
      const child = records.find((r) => r.id === childId);
      expect(child).toMatchObject({ kind: 'child', caseId, deleted: false, data: { lastName: 'Synthetic' } });
      expect(child?.versions['lastName']).toBe(changes[1]?.hlc);
      expect(child?.meta.createdBy).toBe(HV.id);
      const page = await pull(HV.id);
      expect(page.accessibleCaseIds).toContain(caseId);
    });

    it('replays a batch idempotently: every change reported duplicate and nothing changes', async () => {
      const device = new TestDevice(newDeviceId(), HV.id);
      const { changes } = newCaseChanges(device, { assessorId: HV.id });
      await pushOk(device, changes);
      const before = await snapshot();
      for (let i = 0; i < 3; i++) {
        const again = await pushOk(device, changes);
        expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
        expect(again.lastSeq).toBe(2);
      }
      expect(await snapshot()).toBe(before);
    });

    it('applies the new tail of a batch that partly repeats what was already acknowledged', async () => {
      const device = new TestDevice(newDeviceId(), HV.id);
      const { caseId, changes } = newCaseChanges(device, { assessorId: HV.id });
      await pushOk(device, changes);
      const fresh = device.set('household', '01936b2a-0000-7000-8000-00000000ff01', caseId, { notes: 'x' });
      const result = await pushOk(device, [...changes, fresh]);
      expect(result.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'applied']);
      expect(result.lastSeq).toBe(3);
    });

    it('rejects a change that makes its record invalid, says why, consumes its seq and does not block the queue', async () => {
      const device = new TestDevice(newDeviceId(), HV.id);
      const { caseId, childId, changes } = newCaseChanges(device, { assessorId: HV.id });
      await pushOk(device, changes);
      const bad = device.set(
        'child',
        childId,
        caseId,
        { dateOfBirth: '2022-02-31' },
        { dateOfBirth: changes[1]?.hlc ?? null },
      );
      const good = device.set(
        'child',
        childId,
        caseId,
        { firstName: 'Renamed' },
        { firstName: changes[1]?.hlc ?? null },
      );
      const result = await pushOk(device, [bad, good]);
      expect(result.results[0]).toMatchObject({
        seq: 3,
        status: 'rejected',
        reason: expect.stringMatching(/dateOfBirth/),
      });
      expect(result.results[1]).toEqual({ seq: 4, status: 'applied' });
      expect(result.lastSeq).toBe(4);
      const child = (await pullAll(HV.id)).find((r) => r.id === childId);
      expect(child?.data).toMatchObject({ firstName: 'Renamed', dateOfBirth: '2022-03-04' });
    });

    it('keeps both values when two practitioners edit the same field concurrently, and both receive the conflict', async () => {
      const hv = new TestDevice(newDeviceId(), HV.id);
      const school = new TestDevice(newDeviceId(), SCHOOL.id);
      const { caseId, changes } = newCaseChanges(hv, { assessorId: HV.id, tacMemberIds: [SCHOOL.id] });
      await pushOk(hv, [...changes, teamConsentChange(hv, caseId)]);
      const episodeVersion = changes[0]?.hlc ?? null;
      const fromHv = hv.set(
        'episode',
        caseId,
        caseId,
        { reasonForEnquiry: 'Health visitor notes' },
        { reasonForEnquiry: episodeVersion },
      );
      const fromSchool = school.set(
        'episode',
        caseId,
        caseId,
        { reasonForEnquiry: 'School notes', concernRaisedBy: 'Class teacher' },
        { reasonForEnquiry: episodeVersion },
      );
      await pushOk(school, [fromSchool]);
      await pushOk(hv, [fromHv]);
      for (const who of [HV.id, SCHOOL.id]) {
        const records = await pullAll(who);
        const episode = records.find((r) => r.id === caseId);
        expect(episode?.data['concernRaisedBy']).toBe('Class teacher');
        const conflict = records.find((r) => r.kind === 'conflict' && (r.data as ConflictData).recordId === caseId);
        const data = conflict?.data as ConflictData | undefined;
        expect(data?.field).toBe('reasonForEnquiry');
        expect(data?.status).toBe('open');
        expect(data?.candidates.map((c) => c.value).sort()).toEqual(['Health visitor notes', 'School notes']);
        expect(data?.candidates.map((c) => c.author).sort()).toEqual([HV.id, SCHOOL.id].sort());
        expect(data?.candidates.map((c) => c.value)).toContain(episode?.data['reasonForEnquiry']);
      }
    });

    it('accepts append-only records once and refuses to edit them', async () => {
      const device = new TestDevice(newDeviceId(), HV.id);
      const { caseId, changes } = newCaseChanges(device, { assessorId: HV.id });
      const auditId = '01936b2a-0000-7000-8000-00000000ee01';
      const appended = device.append('auditEvent', auditId, caseId, {
        action: 'caseOpened',
        at: '2026-01-10T10:00:00Z',
      });
      const edit = device.set('auditEvent', auditId, caseId, { action: 'tampered' });
      const result = await pushOk(device, [...changes, appended, edit]);
      expect(result.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'rejected']);
      expect(result.results[3]?.reason).toMatch(/append-only/);
      const audit = (await pullAll(HV.id)).find((r) => r.id === auditId);
      expect(audit?.data['action']).toBe('caseOpened');
    });

    it('tombstones a deletion, and an edit the deleter had not seen revives the record', async () => {
      const hv = new TestDevice(newDeviceId(), HV.id);
      const school = new TestDevice(newDeviceId(), SCHOOL.id);
      const { caseId, changes } = newCaseChanges(hv, { assessorId: HV.id, tacMemberIds: [SCHOOL.id] });
      const householdId = '01936b2a-0000-7000-8000-00000000dd01';
      const consent = teamConsentChange(hv, caseId);
      const created = hv.set('household', householdId, caseId, { notes: 'first' });
      await pushOk(hv, [...changes, consent, created]);
      const deletion = hv.delete('household', householdId, caseId, created.hlc);
      await pushOk(hv, [deletion]);
      expect((await pullAll(SCHOOL.id)).find((r) => r.id === householdId)?.deleted).toBe(true);
      const unseenEdit = school.set('household', householdId, caseId, { postcode: 'ZZ1 1ZZ' });
      await pushOk(school, [unseenEdit]);
      const household = (await pullAll(SCHOOL.id)).find((r) => r.id === householdId);
      expect(household?.deleted).toBe(false);
      expect(household?.meta.deleteOverruled?.by).toBe(HV.id);
    });
  });

  describe('bad input leaves stored data unchanged', () => {
    let device: TestDevice;
    let caseId: string;

    beforeAll(async () => {
      device = new TestDevice(newDeviceId(), HV.id);
      const created = newCaseChanges(device, { assessorId: HV.id });
      caseId = created.caseId;
      await pushOk(device, created.changes);
    });

    it('malformed JSON → 400', async () => {
      const before = await snapshot();
      const response = await app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: { ...auth(HV.id), 'content-type': 'application/json' },
        payload: '{"protocolVersion":1,"changes":[',
      });
      expect(expectError(response, 400, 'bad_request').message).toMatch(/not valid JSON/);
      expect(await snapshot()).toBe(before);
    });

    it('a body that is not JSON → 415 asking for JSON', async () => {
      const before = await snapshot();
      const response = await app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: { ...auth(HV.id), 'content-type': 'text/plain' },
        payload: JSON.stringify({ ...device.envelope(), changes: [] }),
      });
      expect(expectError(response, 415, 'unsupported_media_type').message).toBe(
        'Send the request body as application/json.',
      );
      expect(await snapshot()).toBe(before);
    });

    it('wrong types → 400 naming the field', async () => {
      const before = await snapshot();
      const change = {
        ...device.set('household', '01936b2a-0000-7000-8000-00000000cc01', caseId, { notes: 'n' }),
        seq: 'three',
      };
      device.seq -= 1;
      const response = await app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: auth(HV.id),
        payload: { ...device.envelope(), changes: [change] },
      });
      expect(expectError(response, 400, 'bad_request').message).toMatch(/changes\.0\.seq/);
      expect(await snapshot()).toBe(before);
    });

    it('unknown record kind → 400 saying so', async () => {
      const before = await snapshot();
      const change = {
        ...device.set('household', '01936b2a-0000-7000-8000-00000000cc02', caseId, { notes: 'n' }),
        kind: 'spaceship',
      };
      device.seq -= 1;
      const response = await app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: auth(HV.id),
        payload: { ...device.envelope(), changes: [change] },
      });
      expect(expectError(response, 400, 'bad_request').message).toMatch(/changes\.0\.kind: Unknown record kind/);
      expect(await snapshot()).toBe(before);
    });

    it('a batch over the change limit → 413', async () => {
      const before = await snapshot();
      const start = device.seq;
      const changes = Array.from({ length: MAX_PUSH_CHANGES + 1 }, (_, i) =>
        device.set('household', '01936b2a-0000-7000-8000-00000000cc03', caseId, { notes: `n${i}` }),
      );
      device.seq = start;
      expect(expectError(await push(device, changes), 413, 'batch_too_large').message).toMatch(
        new RegExp(`at most ${MAX_PUSH_CHANGES} changes; this one has ${MAX_PUSH_CHANGES + 1}`),
      );
      expect(await snapshot()).toBe(before);
    });

    it('a body over the size limit → 413', async () => {
      const before = await snapshot();
      const change = device.set('household', '01936b2a-0000-7000-8000-00000000cc04', caseId, {
        notes: 'x'.repeat(6 * 1024 * 1024),
      });
      device.seq -= 1;
      expect(expectError(await push(device, [change]), 413, 'payload_too_large').message).toMatch(/MB/);
      expect(await snapshot()).toBe(before);
    });

    it('a small compressed body that expands past the size limit → 413', async () => {
      const before = await snapshot();
      const change = device.set('household', '01936b2a-0000-7000-8000-00000000cc05', caseId, {
        notes: ' '.repeat(20 * 1024 * 1024),
      });
      device.seq -= 1;
      const bomb = gzipSync(JSON.stringify({ ...device.envelope(), changes: [change] }), { level: 9 });
      expect(bomb.length).toBeLessThan(MAX_BODY_BYTES / 10);
      const response = await app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: { ...auth(HV.id), 'content-type': 'application/json', 'content-encoding': 'gzip' },
        payload: bomb,
      });
      expect(expectError(response, 413, 'payload_too_large').message).toMatch(/MB/);
      expect(await snapshot()).toBe(before);
    });

    it('a sequence gap → 409 with the expected seq', async () => {
      const before = await snapshot();
      const expected = device.seq + 1;
      device.seq += 5;
      const change = device.set('household', '01936b2a-0000-7000-8000-00000000cc05', caseId, { notes: 'n' });
      const error = expectError(await push(device, [change]), 409, 'sequence_gap');
      expect(error.expectedSeq).toBe(expected);
      device.seq = expected - 1;
      expect(await snapshot()).toBe(before);
    });

    it('another practitioner’s device id → 403 and nothing written', async () => {
      const before = await snapshot();
      const impostor = new TestDevice(device.deviceId, SCHOOL.id);
      impostor.seq = device.seq;
      const change = impostor.set('household', '01936b2a-0000-7000-8000-00000000cc06', caseId, { notes: 'n' });
      expect(expectError(await push(impostor, [change]), 403, 'device_taken').message).toMatch(/another practitioner/);
      expect(await snapshot()).toBe(before);
    });

    it('changes claiming another author → 403', async () => {
      const before = await snapshot();
      const change = {
        ...device.set('household', '01936b2a-0000-7000-8000-00000000cc07', caseId, { notes: 'n' }),
        author: SCHOOL.id,
      };
      device.seq -= 1;
      expectError(await push(device, [change]), 403, 'author_mismatch');
      expect(await snapshot()).toBe(before);
    });

    it('an unsupported protocol or schema version → 426 update_required', async () => {
      const before = await snapshot();
      const change = device.set('household', '01936b2a-0000-7000-8000-00000000cc08', caseId, { notes: 'n' });
      device.seq -= 1;
      for (const envelope of [{ protocolVersion: 99 }, { schemaVersion: 99 }]) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/sync/push',
          headers: auth(HV.id),
          payload: { ...device.envelope(), ...envelope, changes: [change] },
        });
        const error = expectError(response, 426, 'update_required');
        expect(error.supportedProtocolVersions).toEqual([1]);
      }
      expect(await snapshot()).toBe(before);
    });
  });

  describe('who receives what', () => {
    it('never gives a practitioner a record of a case they are not on, and purges on removal', async () => {
      const hv = new TestDevice(newDeviceId(), HV.id);
      const school = new TestDevice(newDeviceId(), SCHOOL.id);
      const { caseId, childId, changes } = newCaseChanges(hv, { assessorId: HV.id });
      await pushOk(hv, changes);

      const hidden = await pullAll(SCHOOL.id);
      expect(hidden.some((r) => r.caseId === caseId)).toBe(false);
      expect((await pull(SCHOOL.id)).accessibleCaseIds).not.toContain(caseId);
      const backfillAttempt = await pull(SCHOOL.id, { caseIds: [caseId] });
      expect(backfillAttempt.records).toEqual([]);

      const intrusion = school.set(
        'child',
        childId,
        caseId,
        { firstName: 'Intruder' },
        { firstName: changes[1]?.hlc ?? null },
      );
      const refused = await pushOk(school, [intrusion]);
      expect(refused.results[0]).toMatchObject({
        status: 'rejected',
        reason: expect.stringMatching(/not the assessor/),
      });

      // Added to the team: the case becomes visible, older records through a backfill of that case.
      const checkpoint = (await pull(SCHOOL.id, { since: 0 })).checkpoint;
      const addSchool = hv.set(
        'episode',
        caseId,
        caseId,
        { tacMemberIds: [SCHOOL.id] },
        { tacMemberIds: changes[0]?.hlc ?? null },
      );
      await pushOk(hv, [addSchool]);
      // On the team, but the school has no consent from the family yet (issue 6): still nothing.
      expect((await pull(SCHOOL.id, { since: checkpoint })).accessibleCaseIds).not.toContain(caseId);
      const consent = teamConsentChange(hv, caseId);
      await pushOk(hv, [consent]);
      const after = await pull(SCHOOL.id, { since: checkpoint });
      expect(after.accessibleCaseIds).toContain(caseId);
      const backfill = await pull(SCHOOL.id, { since: 0, caseIds: [caseId] });
      expect(backfill.records.map((r) => r.id).sort()).toEqual([caseId, childId, consent.recordId].sort());
      expect(backfill.records.every((r) => r.caseId === caseId)).toBe(true);

      // Removed again: no longer accessible, and nothing of it comes through.
      const removeSchool = hv.set('episode', caseId, caseId, { tacMemberIds: [] }, { tacMemberIds: addSchool.hlc });
      await pushOk(hv, [removeSchool]);
      const final = await pull(SCHOOL.id);
      expect(final.accessibleCaseIds).not.toContain(caseId);
      expect((await pullAll(SCHOOL.id)).some((r) => r.caseId === caseId)).toBe(false);
    });

    it('refuses a new case that does not name its author, and records for a case that does not exist', async () => {
      const school = new TestDevice(newDeviceId(), SCHOOL.id);
      const { changes } = newCaseChanges(school, { assessorId: HV.id });
      const result = await pushOk(school, changes);
      expect(result.results[0]).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/must name you/) });
      expect(result.results[1]).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/does not exist/) });
    });

    it('gives each practitioner, over everything this suite wrote, only records of their cases and the directory', async () => {
      for (const practitioner of [HV, SCHOOL]) {
        const { accessibleCaseIds } = await pull(practitioner.id);
        const allowed = new Set([...accessibleCaseIds, DIRECTORY_CASE_ID]);
        const records = await pullAll(practitioner.id, 7);
        expect(records.length).toBeGreaterThan(4);
        for (const record of records) expect(allowed.has(record.caseId), `${record.kind} of another case`).toBe(true);
      }
    });

    it('refuses changes to directory records from a device', async () => {
      const hv = new TestDevice(newDeviceId(), HV.id);
      const change = hv.set('practitioner', HV.id, DIRECTORY_CASE_ID, { name: 'Someone else' });
      const result = await pushOk(hv, [change]);
      expect(result.results[0]).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/Directory/) });
    });
  });

  it('compresses large API answers for clients that accept gzip', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: { ...auth(HV.id), 'accept-encoding': 'gzip' },
      payload: { protocolVersion: 1, schemaVersion: 1, deviceId: 'pullerdevice1', since: 0 },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    const body = JSON.parse(gunzipSync(response.rawPayload).toString('utf8')) as unknown;
    expect(pullResponseSchema.parse(body).records.length).toBeGreaterThan(3);
  });

  it('serves every write to a second store on the same data (another server process) in server order', async () => {
    const second = await opened.reopen();
    const secondApp = await buildApp({ store: second });
    try {
      const device = new TestDevice(newDeviceId(), HV.id);
      const { caseId, changes } = newCaseChanges(device, { assessorId: HV.id });
      const response = await secondApp.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: auth(HV.id),
        payload: { ...device.envelope(), changes },
      });
      expect(response.statusCode, response.body).toBe(200);
      const records = await pullAll(HV.id);
      expect(records.filter((r) => r.caseId === caseId)).toHaveLength(2);
      const seqs = records.map((r) => r.serverSeq);
      expect(new Set(seqs).size).toBe(seqs.length);
    } finally {
      await secondApp.close();
    }
  });
});

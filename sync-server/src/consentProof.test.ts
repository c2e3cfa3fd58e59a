import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentHash } from '../../src/domain/consentHash';
import { newId } from '../../src/domain/ids';
import { loginResponseSchema, pushResponseSchema, pullResponseSchema } from '../../src/domain/syncProtocol';
import { buildApp } from './app';
import { DEMO_PRACTITIONERS, seedDemo } from './demoSeed';
import { sqliteBackend, type OpenedBackend } from './testSupport/backends';
import { newCaseChanges, newDeviceId, TestDevice } from './testSupport/testDevice';
import { CONSENT_PROOF_MISMATCH } from './sync/consentProof';

const PASSWORD = 'consent-proof-password';
const HV = DEMO_PRACTITIONERS.healthVisitor;

describe('the server recomputes every consent proof hash', () => {
  let opened: OpenedBackend;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let token = '';

  beforeAll(async () => {
    opened = await sqliteBackend.open();
    await seedDemo(opened.store, PASSWORD);
    app = await buildApp({ store: opened.store, logger: false });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: HV.email, password: PASSWORD },
    });
    token = loginResponseSchema.parse(login.json()).token;
  });
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  async function writtenConsent(device: TestDevice, caseId: string, tamper: boolean) {
    const text = 'We will share your CAF with the school and the health visiting team.';
    const agencies = [{ agencyId: 'school', basic: 'include' as const, additional: 'include' as const }];
    const shownTextHash = await consentHash({ text, agencies });
    return device.append('consentEvent', newId(), caseId, {
      stage: 'writtenShare',
      signerName: 'Parent Synthetic',
      capacity: 'parentWithPR',
      agencies: tamper ? [{ ...agencies[0], additional: 'exclude' }] : agencies,
      shownText: text,
      shownTextHash,
      signature: { typedName: 'Parent Synthetic', declarationAccepted: true },
      practitionerId: HV.id,
      deviceId: device.deviceId,
      signedAt: '2026-11-20T10:00:00.000Z',
    });
  }

  it('stores a consent record whose hash matches, and refuses one changed after signing, storing nothing of it', async () => {
    const device = new TestDevice(newDeviceId(), HV.id);
    const { caseId, changes } = newCaseChanges(device, { assessorId: HV.id });
    const honest = await writtenConsent(device, caseId, false);
    const tampered = await writtenConsent(device, caseId, true);
    const response = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${token}` },
      payload: { ...device.envelope(), changes: [...changes, honest, tampered] },
    });
    expect(response.statusCode).toBe(200);
    const results = pushResponseSchema.parse(response.json()).results;
    expect(results.find((r) => r.seq === honest.seq)?.status).toBe('applied');
    expect(results.find((r) => r.seq === tampered.seq)).toEqual({
      seq: tampered.seq,
      status: 'rejected',
      reason: CONSENT_PROOF_MISMATCH,
    });

    const pulled = await app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: { authorization: `Bearer ${token}` },
      payload: { ...device.envelope(), since: 0, caseIds: [caseId] },
    });
    const ids = pullResponseSchema.parse(pulled.json()).records.map((r) => r.id);
    expect(ids).toContain(honest.recordId);
    expect(ids).not.toContain(tampered.recordId);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Change } from '../../src/domain/change';
import { newId } from '../../src/domain/ids';
import {
  loginResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  type PulledRecord,
  type PullResponse,
} from '../../src/domain/syncProtocol';
import { buildApp } from './app';
import { DEMO_AGENCIES, DEMO_PRACTITIONERS, seedDemo } from './demoSeed';
import { backendsUnderTest, type OpenedBackend } from './testSupport/backends';
import { agencyScope, signedConsentChange } from './testSupport/consentChanges';
import { newCaseChanges, newDeviceId, TestDevice } from './testSupport/testDevice';

const PASSWORD = 'consent-enforcement-password';
const HV = DEMO_PRACTITIONERS.healthVisitor;
const SCHOOL = DEMO_PRACTITIONERS.schoolWorker;
const SCHOOL_AGENCY = DEMO_AGENCIES.school.id;
const HEALTH_AGENCY = DEMO_AGENCIES.health.id;

const backends = await backendsUnderTest();

/**
 * Issue 6, sync enforcement, over the HTTP API on each backend: a TAC member of another agency
 * receives a case's basic information only under basic consent, its additional information only
 * under additional consent or a recorded lawful reason, and nothing more after a withdrawal.
 */
describe.each(backends)('consent decides what sync sends, on $name', (backend) => {
  let opened: OpenedBackend;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    opened = await backend.open();
    await seedDemo(opened.store, PASSWORD);
    app = await buildApp({ store: opened.store, logger: false });
    for (const p of [HV, SCHOOL]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: p.email, password: PASSWORD },
      });
      tokens[p.id] = loginResponseSchema.parse(response.json()).token;
    }
  });

  afterAll(async () => {
    await app?.close();
    await opened?.cleanup();
  });

  async function pushOk(device: TestDevice, changes: Change[]) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${tokens[device.author]}` },
      payload: { ...device.envelope(), changes },
    });
    expect(response.statusCode, response.body).toBe(200);
    const results = pushResponseSchema.parse(response.json()).results;
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
  }

  async function pull(practitionerId: string, body: Record<string, unknown> = {}): Promise<PullResponse> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: { authorization: `Bearer ${tokens[practitionerId]}` },
      payload: { protocolVersion: 1, schemaVersion: 1, deviceId: 'pullerdevice1', since: 0, limit: 500, ...body },
    });
    expect(response.statusCode, response.body).toBe(200);
    return pullResponseSchema.parse(response.json());
  }

  const kindsOf = (records: PulledRecord[], caseId: string) =>
    [...new Set(records.filter((r) => r.caseId === caseId).map((r) => r.kind))].sort();

  it('sends a TAC member of another agency only what the family agreed, and stops after withdrawal', async () => {
    const hv = new TestDevice(newDeviceId(), HV.id);
    const { caseId, childId, changes } = newCaseChanges(hv, { assessorId: HV.id, tacMemberIds: [SCHOOL.id] });
    const assessmentId = newId();
    await pushOk(hv, [
      ...changes,
      hv.set('assessment', assessmentId, caseId, { childId, assessmentDate: '2026-11-02' }),
      hv.append('consentEvent', newId(), caseId, {
        stage: 'verbalEnquiries',
        signerName: 'Parent Synthetic',
        practitionerId: HV.id,
        deviceId: hv.deviceId,
        signedAt: '2026-11-01T09:00:00.000Z',
      }),
    ]);

    // Verbal consent to make enquiries shares nothing: the school is on the team but gets no record.
    let school = await pull(SCHOOL.id);
    expect(school.accessibleCaseIds).not.toContain(caseId);
    expect(kindsOf(school.records, caseId)).toEqual([]);
    expect((await pull(SCHOOL.id, { caseIds: [caseId] })).records).toEqual([]);
    // The assessor's own agency holds the case and gets everything.
    expect(kindsOf((await pull(HV.id)).records, caseId)).toEqual(['assessment', 'child', 'consentEvent', 'episode']);

    // Written consent: basic information for the school, additional information for health only.
    await pushOk(hv, [
      await signedConsentChange(hv, caseId, {
        stage: 'writtenShare',
        agencies: [agencyScope(SCHOOL_AGENCY, 'include', 'exclude'), agencyScope(HEALTH_AGENCY, 'include', 'include')],
        signedAt: '2026-11-02T10:00:00.000Z',
      }),
    ]);
    school = await pull(SCHOOL.id);
    expect(school.accessibleCaseIds).toContain(caseId);
    expect(school.basicOnlyCaseIds).toEqual([caseId]);
    expect(kindsOf(school.records, caseId)).toEqual(['child', 'consentEvent', 'episode']);
    const basicCheckpoint = school.checkpoint;

    // The family adds additional information for the school: the case is no longer basic only, and
    // a backfill of the case (its older records lie below the checkpoint) brings the assessment.
    await pushOk(hv, [
      await signedConsentChange(hv, caseId, {
        stage: 'agencyChange',
        agencies: [agencyScope(SCHOOL_AGENCY, 'include', 'include')],
        signedAt: '2026-11-03T10:00:00.000Z',
      }),
    ]);
    school = await pull(SCHOOL.id, { since: basicCheckpoint });
    expect(school.basicOnlyCaseIds).toEqual([]);
    expect(school.records.map((r) => r.kind)).toEqual(['consentEvent']);
    const backfill = await pull(SCHOOL.id, { caseIds: [caseId] });
    expect(kindsOf(backfill.records, caseId)).toEqual(['assessment', 'child', 'consentEvent', 'episode']);

    // Withdrawn for the school's additional information: basic only again, and nothing additional
    // comes through, not even a record edited after the withdrawal.
    await pushOk(hv, [
      await signedConsentChange(hv, caseId, {
        stage: 'withdrawal',
        agencies: [agencyScope(SCHOOL_AGENCY, 'include', 'exclude')],
        signedAt: '2026-11-04T10:00:00.000Z',
      }),
    ]);
    const beforeEdit = (await pull(SCHOOL.id)).checkpoint;
    await pushOk(hv, [hv.set('assessment', assessmentId, caseId, { assessmentDate: '2026-11-03' }, {})]);
    school = await pull(SCHOOL.id, { since: beforeEdit });
    expect(school.basicOnlyCaseIds).toEqual([caseId]);
    expect(school.records.filter((r) => r.caseId === caseId)).toEqual([]);
    expect(kindsOf((await pull(SCHOOL.id, { caseIds: [caseId] })).records, caseId)).toEqual([
      'child',
      'consentEvent',
      'episode',
    ]);

    // Withdrawn for every agency: the case leaves the school's device altogether.
    await pushOk(hv, [
      await signedConsentChange(hv, caseId, {
        stage: 'withdrawal',
        agencies: [],
        signedAt: '2026-11-05T10:00:00.000Z',
      }),
    ]);
    school = await pull(SCHOOL.id);
    expect(school.accessibleCaseIds).not.toContain(caseId);
    expect(kindsOf(school.records, caseId)).toEqual([]);
    expect(kindsOf((await pull(HV.id)).records, caseId)).toContain('assessment');
  });

  it('sends everything to a lawful-reason recipient, and everything to the lead professional’s agency', async () => {
    const hv = new TestDevice(newDeviceId(), HV.id);
    const { caseId, childId, changes } = newCaseChanges(hv, { assessorId: HV.id, tacMemberIds: [SCHOOL.id] });
    await pushOk(hv, [...changes, hv.set('assessment', newId(), caseId, { childId, assessmentDate: '2026-11-02' })]);
    expect((await pull(SCHOOL.id)).accessibleCaseIds).not.toContain(caseId);

    await pushOk(hv, [
      hv.append('consentEvent', newId(), caseId, {
        stage: 'shareWithoutConsent',
        lawfulReason: 'riskOfSignificantHarm',
        justification: 'Synthetic: a worry about significant harm was raised at school.',
        decidedBy: 'Synthetic team manager',
        recipientAgencyIds: [SCHOOL_AGENCY],
        practitionerId: HV.id,
        deviceId: hv.deviceId,
        signedAt: '2026-11-02T12:00:00.000Z',
      }),
    ]);
    const school = await pull(SCHOOL.id);
    expect(school.basicOnlyCaseIds).not.toContain(caseId);
    expect(kindsOf(school.records, caseId)).toContain('assessment');

    // A case led by the school worker is the school's to hold, whatever the consent says.
    const led = newCaseChanges(hv, { assessorId: HV.id });
    await pushOk(hv, [
      ...led.changes,
      hv.set('episode', led.caseId, led.caseId, { leadProfessionalId: SCHOOL.id }, { leadProfessionalId: null }),
    ]);
    const lead = await pull(SCHOOL.id);
    expect(lead.accessibleCaseIds).toContain(led.caseId);
    expect(lead.basicOnlyCaseIds).not.toContain(led.caseId);
  });
});

import type { Change } from '../../src/domain/change';
import { formatHlc, tick, type HlcState } from '../../src/domain/hlc';
import { consentHash } from '../../src/domain/consentHash';
import { composeConsentDocument, consentDocumentText } from '../../src/domain/consentText';
import { generateDemoCaseload, type DemoCase } from '../../src/domain/demo/caseloadGenerator';
import { directoryColleagues, generateDemoDirectory } from '../../src/domain/demo/directoryGenerator';
import type { DemoRecord } from '../../src/domain/demo/demoRecord';
import { recordDefinitions } from '../../src/domain/records/registry';
import { DIRECTORY_CASE_ID } from '../../src/domain/records/directory';
import { SCHEMA_VERSION } from '../../src/domain/recordMeta';
import { hashPassword } from './auth/passwords';
import type { SyncStore } from './store/store';
import { applyTrustedChanges } from './sync/push';

/** Fixed ids, so a demo restarted on the same store, or a test, can name them. */
export const DEMO_AGENCIES = {
  health: { id: '01936b2a-0000-7000-8000-000000000a01', name: 'Demo Health Visiting Service', type: 'health' },
  school: { id: '01936b2a-0000-7000-8000-000000000a02', name: 'Demo Primary School', type: 'school' },
} as const;

export const DEMO_PRACTITIONERS = {
  healthVisitor: {
    id: '01936b2a-0000-7000-8000-000000000b01',
    email: 'hv.demo@example.org',
    name: 'Hana Vale (demo)',
    role: 'healthVisitor',
    agencyId: DEMO_AGENCIES.health.id,
  },
  schoolWorker: {
    id: '01936b2a-0000-7000-8000-000000000b02',
    email: 'school.demo@example.org',
    name: 'Sol Okafor-Demo (demo)',
    role: 'familySupportWorker',
    agencyId: DEMO_AGENCIES.school.id,
  },
} as const;

/** The server's own device: seed writes are stamped with it so they never collide with a tablet's sequence. */
export const SEED_DEVICE_ID = 'server-seed';
const SEED_TIME_MS = Date.UTC(2026, 0, 5, 9, 0, 0);

export function directorySeedChanges(): Change[] {
  let seq = 0;
  const author = DEMO_PRACTITIONERS.healthVisitor.id;
  const change = (kind: 'agency' | 'practitioner', recordId: string, fields: Record<string, unknown>): Change => {
    seq += 1;
    return {
      op: 'set',
      deviceId: SEED_DEVICE_ID,
      seq,
      hlc: formatHlc({ wallMs: SEED_TIME_MS, counter: seq, node: SEED_DEVICE_ID }),
      author,
      schemaVersion: SCHEMA_VERSION,
      kind,
      recordId,
      caseId: DIRECTORY_CASE_ID,
      fields,
      base: Object.fromEntries(Object.keys(fields).map((field) => [field, null])),
    };
  };
  return [
    ...Object.values(DEMO_AGENCIES).map((a) => change('agency', a.id, { name: a.name, type: a.type })),
    ...Object.values(DEMO_PRACTITIONERS).map((p) =>
      change('practitioner', p.id, { name: p.name, role: p.role, agencyId: p.agencyId, email: p.email }),
    ),
  ];
}

/**
 * A synthetic caseload (src/domain/demo) shared between the two demo practitioners, as server
 * changes. Stamped with the server's clock now, not the records' back-dated times: a device edits
 * on top of these versions, and a version in its future would make its edit look concurrent.
 */
export async function demoCaseChanges(cases: number, today = new Date().toISOString().slice(0, 10)): Promise<Change[]> {
  // The partner agencies the caseload refers to (one per kind of agency) and colleagues there without
  // a login, who sit on the cases' Teams Around the Child; then the cases.
  const directory = generateDemoDirectory({
    seed: 'sync-server-demo',
    today,
    existingAgencyIds: { health: DEMO_AGENCIES.health.id, school: DEMO_AGENCIES.school.id },
  });
  const demoCases = generateDemoCaseload({
    seed: 'sync-server-demo',
    cases,
    practitionerIds: [DEMO_PRACTITIONERS.healthVisitor.id, DEMO_PRACTITIONERS.schoolWorker.id],
    agencyIds: directory.agencyIdsByKey,
    colleagues: directoryColleagues(directory),
    today,
  });
  const records: DemoRecord[] = [...directory.records];
  for (const demoCase of demoCases) {
    records.push(...demoCase.records);
    const consent = await writtenConsentToDemoAgencies(demoCase);
    if (consent) records.push(consent);
  }
  let clock: HlcState = { wallMs: Date.now() - 60_000, counter: 0, node: SEED_DEVICE_ID };
  let seq = 1000;
  return records.map((record): Change => {
    clock = tick(clock, clock.wallMs);
    seq += 1;
    const fields = Object.fromEntries(Object.entries(record.data).filter(([, value]) => value !== undefined));
    const header = {
      deviceId: SEED_DEVICE_ID,
      seq,
      hlc: formatHlc(clock),
      author: record.meta.caseId === DIRECTORY_CASE_ID ? DEMO_PRACTITIONERS.healthVisitor.id : record.meta.createdBy,
      schemaVersion: SCHEMA_VERSION,
      kind: record.kind,
      recordId: record.meta.id,
      caseId: record.meta.caseId,
    };
    return recordDefinitions[record.kind].merge === 'append'
      ? { ...header, op: 'append', fields }
      : { ...header, op: 'set', fields, base: Object.fromEntries(Object.keys(fields).map((f) => [f, null])) };
  });
}

/**
 * The family's written consent to share with both demo agencies, signed the day after they agreed
 * to enquiries: without it the demo practitioner who does not hold a case would receive nothing of
 * it (issue 6). Its proof hash is real, so the server's own check accepts it.
 */
async function writtenConsentToDemoAgencies(demoCase: DemoCase): Promise<DemoRecord | undefined> {
  const verbal = demoCase.records.find(
    (record): record is Extract<DemoRecord, { kind: 'consentEvent' }> =>
      record.kind === 'consentEvent' && record.data.stage === 'verbalEnquiries',
  );
  if (!verbal || demoCase.status === 'enquiry') return undefined;
  const shown = Object.values(DEMO_AGENCIES).map((agency) => ({
    agencyId: agency.id,
    name: agency.name,
    basic: 'include' as const,
    additional: 'include' as const,
  }));
  const agencies = shown.map(({ agencyId, basic, additional }) => ({ agencyId, basic, additional }));
  const needs = demoCase.records.flatMap((record) => (record.kind === 'need' ? [record.data.description] : []));
  const capacity = verbal.data.capacity ?? 'parentWithPR';
  const shownText = consentDocumentText(
    composeConsentDocument({
      stage: 'writtenShare',
      capacity,
      childNames: demoCase.childNames,
      needs,
      agencies: shown,
    }),
  );
  const signedAt = new Date(Date.parse(verbal.data.signedAt) + 24 * 3600_000).toISOString();
  return {
    kind: 'consentEvent',
    data: {
      ...verbal.data,
      stage: 'writtenShare',
      capacity,
      agencies,
      shownText,
      shownTextHash: await consentHash({ text: shownText, agencies }),
      locale: 'en-GB',
      signature: { typedName: verbal.data.signerName ?? 'A parent', declarationAccepted: true },
      signedAt,
    },
    meta: {
      ...verbal.meta,
      // Derived from the verbal event's id, so the same seed always gives the same demo.
      id: `${verbal.meta.id.slice(0, -4)}c0de`,
      createdAt: signedAt,
      updatedAt: signedAt,
    },
  };
}

/**
 * Seeds the synthetic demo directory and accounts on an empty store (never over real data), plus
 * any synthetic case changes given (written as trusted server changes).
 */
export async function seedDemo(
  store: SyncStore,
  password: string,
  caseChanges: () => readonly Change[] | Promise<readonly Change[]> = () => [],
): Promise<{ seeded: boolean }> {
  if ((await store.countAccounts()) > 0) return { seeded: false };
  await applyTrustedChanges(store, [...directorySeedChanges(), ...(await caseChanges())]);
  const passwordHash = await hashPassword(password);
  for (const p of Object.values(DEMO_PRACTITIONERS)) {
    await store.putAccount({
      id: p.id,
      email: p.email,
      name: p.name,
      role: p.role,
      agencyId: p.agencyId,
      passwordHash,
    });
  }
  return { seeded: true };
}

import type { Change } from '../../src/domain/change';
import { formatHlc } from '../../src/domain/hlc';
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
 * Seeds the synthetic demo directory and accounts on an empty store (never over real data), plus
 * any synthetic case changes given (written as trusted server changes).
 */
export async function seedDemo(
  store: SyncStore,
  password: string,
  caseChanges: readonly Change[] = [],
): Promise<{ seeded: boolean }> {
  if ((await store.countAccounts()) > 0) return { seeded: false };
  await applyTrustedChanges(store, [...directorySeedChanges(), ...caseChanges]);
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/change';
import { DIRECTORY_CASE_ID } from '../../src/domain/records/directory';
import { DEMO_PRACTITIONERS, demoCaseChanges, directorySeedChanges, seedDemo } from './demoSeed';
import { sqliteBackend, type OpenedBackend } from './testSupport/backends';
import { pullResponseSchema } from '../../src/domain/syncProtocol';
import { pull } from './sync/pull';
import { validateRecord } from './sync/push';
import { consentProofFailures } from './sync/consentProof';

describe('demo seed', () => {
  let opened: OpenedBackend;

  beforeAll(async () => {
    opened = await sqliteBackend.open();
  });
  afterAll(async () => {
    await opened.cleanup();
  });

  it('writes the directory, both demo logins and a synthetic caseload shared between them, once', async () => {
    // Long enough that a random salt or hash cannot happen to contain it (a two-letter one sometimes did).
    const password = 'seed-test-password';
    expect(await seedDemo(opened.store, password, () => demoCaseChanges(6))).toEqual({ seeded: true });
    expect(await seedDemo(opened.store, password, () => demoCaseChanges(6))).toEqual({ seeded: false });
    expect(await opened.store.countAccounts()).toBe(2);
    for (const practitioner of Object.values(DEMO_PRACTITIONERS)) {
      const account = await opened.store.findAccountByEmail(practitioner.email);
      expect(account?.name).toBe(practitioner.name);
      expect(account?.passwordHash).not.toContain(password);
      const page = pullResponseSchema.parse(
        JSON.parse(await pull(opened.store, practitioner.id, { since: 0, limit: 500 })),
      );
      expect(page.accessibleCaseIds.length).toBeGreaterThan(0);
      expect(page.records.some((r) => r.caseId === DIRECTORY_CASE_ID && r.kind === 'practitioner')).toBe(true);
      for (const record of page.records) expect(validateRecord(record.kind, record.data)).toBeUndefined();
    }
  });

  it('gives each demo case past enquiry the family’s written consent to both demo agencies, with a true proof hash', async () => {
    const changes = await demoCaseChanges(6, '2026-11-23');
    const fieldOf = (change: Change, field: string) => (change.op === 'delete' ? undefined : change.fields[field]);
    const written = changes.filter((c) => c.kind === 'consentEvent' && fieldOf(c, 'stage') === 'writtenShare');
    const cases = new Set(changes.filter((c) => c.kind === 'episode').map((c) => c.caseId));
    const enquiries = changes.filter((c) => c.kind === 'episode' && fieldOf(c, 'status') === 'enquiry').length;
    expect(written).toHaveLength(cases.size - enquiries);
    expect((await consentProofFailures(written)).size).toBe(0);
    // Both demo logins see every case they are on, the school worker's through that consent.
    const school = pullResponseSchema.parse(
      JSON.parse(await pull(opened.store, DEMO_PRACTITIONERS.schoolWorker.id, { since: 0, limit: 500 })),
    );
    expect(school.basicOnlyCaseIds).toEqual([]);
  });

  it('puts both demo logins and a colleague without a login on the team of every case past its first TAC meeting', async () => {
    const changes = await demoCaseChanges(12, '2026-11-23');
    const directoryPeople = new Set(
      changes.filter((c) => c.kind === 'practitioner' && c.caseId === DIRECTORY_CASE_ID).map((c) => c.recordId),
    );
    const logins: string[] = Object.values(DEMO_PRACTITIONERS).map((p) => p.id);
    const met = new Set(
      changes
        .filter((c) => c.kind === 'tacMeeting' && c.op === 'set' && c.fields['status'] === 'held')
        .map((c) => c.caseId),
    );
    expect(met.size).toBeGreaterThan(5);
    for (const episode of changes.filter((c) => c.kind === 'episode' && met.has(c.caseId))) {
      const fields = episode.op === 'delete' ? {} : episode.fields;
      const team = [
        fields['assessorId'],
        fields['leadProfessionalId'],
        ...((fields['tacMemberIds'] as string[]) ?? []),
      ];
      for (const login of logins) expect(team).toContain(login);
      const colleagues = ((fields['tacMemberIds'] as string[]) ?? []).filter((id) => !logins.includes(id));
      expect(colleagues.length).toBeGreaterThan(0);
      for (const id of colleagues) expect(directoryPeople.has(id)).toBe(true);
    }
  });

  it('holds one agency of each kind, so a family is not asked about two health services or two schools', async () => {
    const changes = [...directorySeedChanges(), ...(await demoCaseChanges(12, '2026-11-23'))];
    const agencyTypes = changes
      .filter((c) => c.kind === 'agency' && c.op === 'set')
      .map((c) => (c.op === 'set' ? c.fields['type'] : undefined));
    expect(agencyTypes.length).toBeGreaterThan(5);
    expect(new Set(agencyTypes).size).toBe(agencyTypes.length);
  });
});

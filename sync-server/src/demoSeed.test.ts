import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTORY_CASE_ID } from '../../src/domain/records/directory';
import { DEMO_PRACTITIONERS, demoCaseChanges, seedDemo } from './demoSeed';
import { sqliteBackend, type OpenedBackend } from './testSupport/backends';
import { pull } from './sync/pull';
import { validateRecord } from './sync/push';

describe('demo seed', () => {
  let opened: OpenedBackend;

  beforeAll(async () => {
    opened = await sqliteBackend.open();
  });
  afterAll(async () => {
    await opened.cleanup();
  });

  it('writes the directory, both demo logins and a synthetic caseload shared between them, once', async () => {
    expect(await seedDemo(opened.store, 'pw', () => demoCaseChanges(6))).toEqual({ seeded: true });
    expect(await seedDemo(opened.store, 'pw', () => demoCaseChanges(6))).toEqual({ seeded: false });
    expect(await opened.store.countAccounts()).toBe(2);
    for (const practitioner of Object.values(DEMO_PRACTITIONERS)) {
      const account = await opened.store.findAccountByEmail(practitioner.email);
      expect(account?.name).toBe(practitioner.name);
      expect(account?.passwordHash).not.toContain('pw');
      const page = await pull(opened.store, practitioner.id, { since: 0, limit: 500 });
      expect(page.accessibleCaseIds.length).toBeGreaterThan(0);
      expect(page.records.some((r) => r.caseId === DIRECTORY_CASE_ID && r.kind === 'practitioner')).toBe(true);
      for (const record of page.records) expect(validateRecord(record.kind, record.data)).toBeUndefined();
    }
  });
});

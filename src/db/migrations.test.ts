import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { bucketOf } from './caseClocksIndex';
import { CafDatabase } from './database';

/** What every stored record carries besides its id, kind, case and data, as released in version 1. */
const STORED_META = {
  schemaVersion: 1,
  createdAt: '2026-11-01T10:00:00.000Z',
  createdBy: 'p1',
  createdDevice: 'device0001',
  updatedAt: '2026-11-01T10:00:00.000Z',
  updatedBy: 'p1',
  deleted: 0,
};

describe('upgrading the device database', () => {
  it('opens records written under version 1 intact under the current version, with the new index filled', async () => {
    const name = `upgrade-${Date.now()}`;
    // Version 1 exactly as released.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      records: 'id, caseId, [kind+caseId], [kind+searchKey], [kind+dueOn]',
      outbox: 'seq, recordId, caseId',
      rejected: 'seq',
      settings: 'key',
    });
    const child = {
      id: 'c1',
      kind: 'child',
      caseId: 'case1',
      data: { firstName: 'Ada', lastName: 'Testcase', unborn: false, dateOfBirth: '2019-05-06' },
      versions: { firstName: 'v1' },
      ...STORED_META,
      searchKey: 'ada testcase',
    };
    const unborn = {
      ...child,
      id: 'c2',
      data: { lastName: 'Testcase', unborn: true, expectedDateOfDelivery: '2027-01-02' },
    };
    const episode = {
      ...child,
      id: 'case1',
      kind: 'episode',
      data: {
        status: 'assessment',
        childIds: ['c1', 'c2'],
        enquiryDate: '2026-10-01',
        assessorId: 'p1',
        tacMemberIds: [],
      },
      versions: {},
    };
    await v1.table('records').bulkAdd([child, unborn, episode]);
    await v1.table('outbox').add({ seq: 1, recordId: 'c1', caseId: 'case1', op: 'set' });
    await v1.table('settings').add({ key: 'deviceId', value: 'device0001' });
    v1.close();

    const current = new CafDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThan(1);
    const stored = await current.records.get('c1');
    expect(stored?.data).toEqual(child.data);
    expect(stored?.versions).toEqual(child.versions);
    expect(await current.outbox.count()).toBe(1);
    expect((await current.settings.get('deviceId'))?.value).toBe('device0001');
    const byDob = await current.records.where('[kind+searchDob]').equals(['child', '2027-01-02']).toArray();
    expect(byDob.map((record) => record.id)).toEqual(['c2']);
    // Version 4 filled the caseload dashboard's index: the assessment is due 4 weeks after the enquiry.
    const bucket = await current.caseClockBuckets.get(bucketOf('case1'));
    expect(bucket?.cases['case1']).toMatchObject({
      assessmentDueOn: '2026-10-29',
      childIds: ['c1', 'c2'],
    });
    current.close();
  });

  it('moves a version 3 device to the bucketed caseload index, recomputed from its records', async () => {
    const name = `upgrade-v3-${Date.now()}`;
    // Version 3 exactly as released: one caseload row per case.
    const v3 = new Dexie(name);
    v3.version(3).stores({
      records: 'id, caseId, [kind+caseId], [kind+searchKey], [kind+dueOn], [kind+searchDob]',
      outbox: 'seq, recordId, caseId',
      rejected: 'seq',
      settings: 'key',
      caseClocks: 'caseId, listedFrom',
    });
    const episode = {
      id: 'case3',
      kind: 'episode',
      caseId: 'case3',
      data: { status: 'assessment', childIds: ['c3'], enquiryDate: '2026-10-01', assessorId: 'p1', tacMemberIds: [] },
      versions: {},
      ...STORED_META,
    };
    await v3.table('records').add(episode);
    await v3.table('caseClocks').add({ caseId: 'case3', listedFrom: '2026-10-22', stale: 'a row from version 3' });
    v3.close();

    const current = new CafDatabase(name);
    await current.open();
    expect(current.tables.map((table) => table.name)).not.toContain('caseClocks');
    const bucket = await current.caseClockBuckets.get(bucketOf('case3'));
    expect(bucket?.cases['case3']).toMatchObject({ assessmentDueOn: '2026-10-29', childIds: ['c3'] });
    expect(bucket?.cases['case3']).not.toHaveProperty('stale');
    current.close();
  });
});

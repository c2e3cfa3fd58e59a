import { describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { freshSignedInDatabase } from './testDatabase';
import { applyWrites, createRecord, updateRecord } from './recordWrites';
import {
  ValidationError,
  NotSignedInError,
  StorageFullError,
  isQuotaError,
  ImmutableRecordError,
} from './storageErrors';
import { clearSession } from './session';
import { searchCases } from './recordReads';
import { database } from './connection';

const PRACTITIONER = '0190a000-0000-7000-8000-000000000001';

async function createCase(first = 'Ada', last = 'Testcase', dob = '2018-04-02') {
  const caseId = newId();
  const childId = newId();
  await applyWrites([
    {
      op: 'create',
      kind: 'episode',
      caseId,
      id: caseId,
      data: {
        status: 'enquiry',
        childIds: [childId],
        enquiryDate: '2026-11-01',
        assessorId: PRACTITIONER,
        tacMemberIds: [],
      },
    },
    {
      op: 'create',
      kind: 'child',
      caseId,
      id: childId,
      data: { firstName: first, lastName: last, unborn: false, dateOfBirth: dob },
    },
  ]);
  return { caseId, childId };
}

describe('writing records through the data layer', () => {
  it('commits the record and its outbox change together, with gap-free sequence numbers', async () => {
    const db = await freshSignedInDatabase();
    const { caseId, childId } = await createCase();
    await updateRecord('child', childId, { firstName: 'Adaeze' });
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((change) => change.seq)).toEqual([1, 2, 3]);
    expect(outbox.map((change) => change.op)).toEqual(['set', 'set', 'set']);
    const edit = outbox[2];
    if (edit?.op !== 'set') throw new Error('expected a set change');
    expect(edit.fields).toEqual({ firstName: 'Adaeze' });
    // The edit was made on top of the version written by the create.
    expect(edit.base.firstName).toBe(outbox[1]?.hlc);
    expect(edit.hlc > (outbox[1]?.hlc ?? '')).toBe(true);
    expect(edit.caseId).toBe(caseId);
    const child = await db.records.get(childId);
    expect(child?.data.firstName).toBe('Adaeze');
    expect(child?.versions.firstName).toBe(edit.hlc);
  });

  it('writes nothing at all when one value in a batch is invalid', async () => {
    const db = await freshSignedInDatabase();
    const caseId = newId();
    await expect(
      applyWrites([
        {
          op: 'create',
          kind: 'episode',
          caseId,
          id: caseId,
          data: {
            status: 'enquiry',
            childIds: ['x'],
            enquiryDate: '2026-11-01',
            assessorId: PRACTITIONER,
            tacMemberIds: [],
          },
        },
        { op: 'create', kind: 'child', caseId, data: { firstName: 'Bo', lastName: '', unborn: false } },
      ]),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.records.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses an invalid edit with a message per field and keeps the stored value', async () => {
    const db = await freshSignedInDatabase();
    const { childId } = await createCase();
    const error = await updateRecord('child', childId, { lastName: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ field: 'lastName', message: 'Enter the child’s last name' }]);
    expect((await db.records.get(childId))?.data.lastName).toBe('Testcase');
    expect(await db.outbox.count()).toBe(2);
  });

  it('records nothing when an edit changes no value', async () => {
    const db = await freshSignedInDatabase();
    const { childId } = await createCase();
    await updateRecord('child', childId, { firstName: 'Ada' });
    expect(await db.outbox.count()).toBe(2);
  });

  it('needs a signed-in practitioner so every change has an author', async () => {
    await freshSignedInDatabase();
    await clearSession();
    await expect(createCase()).rejects.toBeInstanceOf(NotSignedInError);
  });

  it('refuses to edit an append-only record', async () => {
    await freshSignedInDatabase();
    const { caseId } = await createCase();
    const id = await createRecord('auditEvent', caseId, { action: 'viewed', at: new Date().toISOString() });
    await expect(updateRecord('auditEvent', id, { action: 'edited' })).rejects.toBeInstanceOf(ImmutableRecordError);
  });

  it('finds cases by any part of a name and by date of birth', async () => {
    await freshSignedInDatabase();
    await createCase('Ada', 'Testcase', '2018-04-02');
    await createCase('Zoë', "O'Fictional", '2020-01-15');
    expect((await searchCases({ name: 'zoe' })).length).toBe(1);
    expect((await searchCases({ name: 'ofict' })).length).toBe(1);
    expect((await searchCases({ dateOfBirth: '2018-04-02' }))[0]?.children[0]?.data.firstName).toBe('Ada');
    expect((await searchCases({ name: 'ada', dateOfBirth: '2020-01-15' })).length).toBe(0);
    expect((await searchCases({})).length).toBe(2);
  });

  it('tells the practitioner plainly when storage is full, also when the quota error is wrapped in an AbortError', async () => {
    const db = await freshSignedInDatabase();
    const { childId } = await createCase();
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'Quota exceeded' })).toBe(true);
    expect(isQuotaError({ name: 'ConstraintError' })).toBe(false);
    const original = db.outbox.add.bind(db.outbox);
    db.outbox.add = () => {
      const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const abort = Object.assign(new DOMException('Transaction aborted', 'AbortError'), { inner });
      return Promise.reject(abort) as never;
    };
    const error = await updateRecord('child', childId, { firstName: 'Changed' }).catch((e: unknown) => e);
    db.outbox.add = original;
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/run out of storage space/);
    // The transaction rolled back: the record still holds the old value.
    expect((await database().records.get(childId))?.data.firstName).toBe('Ada');
  });
});

import { describe, expect, it } from 'vitest';
import { applyWrites, deleteRecord, ImmutableRecordError, listCaseRecords, updateRecord } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { consentHashMatches } from '../../domain/consentHash';
import { composeConsentDocument } from '../../domain/consentText';
import { newId } from '../../domain/ids';
import { signedConsentWrite, withdrawalWrites } from './consentWrites';

describe('a signed consent record', () => {
  it('is evidence: the data layer refuses to edit or delete it after signing', async () => {
    const db = await freshSignedInDatabase();
    const caseId = newId();
    const agencies = [{ agencyId: 'agency-health', name: 'Health', basic: 'include', additional: 'exclude' }] as const;
    const sections = composeConsentDocument({
      stage: 'writtenShare',
      capacity: 'self',
      childNames: ['Ada Testcase'],
      needs: [],
      agencies: [...agencies],
    });
    const { id, write } = await signedConsentWrite(
      { typedName: 'Ada Testcase', initials: '', declaration: true, drawing: null },
      {
        stage: 'writtenShare',
        caseId,
        childIds: [],
        capacity: 'self',
        sections,
        agencies: [...agencies],
        before: {},
        practitionerId: 'p1',
        deviceId: 'd1',
        locale: 'en-GB',
        now: new Date('2026-03-04T10:00:00Z'),
      },
    );
    await applyWrites([write]);
    const stored = await db.records.get(id);
    expect(await consentHashMatches(stored?.data ?? {})).toBe(true);

    await expect(updateRecord('consentEvent', id, { signerName: 'Someone else' })).rejects.toBeInstanceOf(
      ImmutableRecordError,
    );
    await expect(
      updateRecord('consentEvent', id, {
        agencies: [{ agencyId: 'agency-police', basic: 'include', additional: 'include' }],
      }),
    ).rejects.toBeInstanceOf(ImmutableRecordError);
    await expect(deleteRecord('consentEvent', id)).rejects.toBeInstanceOf(ImmutableRecordError);
    // Writing a "new" record under the signed one's id cannot replace it either.
    await expect(
      applyWrites([
        { op: 'create', kind: 'consentEvent', caseId, id, data: { ...stored?.data, signerName: 'Someone else' } },
      ]),
    ).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    // Nor can an edit in a batch with an innocent write: the whole batch is refused.
    await expect(
      applyWrites([
        { op: 'create', kind: 'auditEvent', caseId, data: { action: 'note', at: '2026-03-04T11:00:00.000Z' } },
        { op: 'update', kind: 'consentEvent', id, fields: { signedAt: '2026-01-01T00:00:00.000Z' } },
      ]),
    ).rejects.toBeInstanceOf(ImmutableRecordError);
    expect((await db.records.get(id))?.data).toEqual(stored?.data);
    expect(await db.outbox.count()).toBe(1);
    expect(await listCaseRecords(caseId, 'auditEvent')).toHaveLength(0);
  });

  it('a withdrawal is evidence too: it cannot be edited or deleted to give consent back', async () => {
    const db = await freshSignedInDatabase();
    const caseId = newId();
    const now = new Date('2026-03-05T09:00:00Z');
    const { id, writes } = withdrawalWrites({
      caseId,
      signerName: 'Ada Testcase',
      agencyIds: 'all',
      byFamily: false,
      practitionerId: 'p1',
      deviceId: 'd1',
      signedAt: now.toISOString(),
      now,
    });
    await applyWrites(writes);
    const stored = await db.records.get(id);
    await expect(
      updateRecord('consentEvent', id, {
        agencies: [{ agencyId: 'agency-police', basic: 'exclude', additional: 'exclude' }],
      }),
    ).rejects.toBeInstanceOf(ImmutableRecordError);
    await expect(deleteRecord('consentEvent', id)).rejects.toBeInstanceOf(ImmutableRecordError);
    expect(await db.records.get(id)).toEqual(stored);
  });

  it('records a withdrawal with its audit entry in one batch', async () => {
    await freshSignedInDatabase();
    const caseId = newId();
    const now = new Date('2026-03-05T09:00:00Z');
    const { id, writes } = withdrawalWrites({
      caseId,
      signerName: 'Ada Testcase',
      agencyIds: ['agency-police'],
      byFamily: true,
      reviewBy: 'lead-1',
      practitionerId: 'p1',
      deviceId: 'd1',
      signedAt: now.toISOString(),
      now,
    });
    await applyWrites(writes);
    const [event] = await listCaseRecords(caseId, 'consentEvent');
    expect(event?.id).toBe(id);
    expect(event?.data).toMatchObject({
      stage: 'withdrawal',
      agencies: [{ agencyId: 'agency-police', basic: 'exclude', additional: 'exclude' }],
      byFamilyOnDevice: true,
      reviewBy: 'lead-1',
    });
    const [audit] = await listCaseRecords(caseId, 'auditEvent');
    expect(audit?.data).toMatchObject({ action: 'consentWithdrawn', subjectId: id });
  });
});

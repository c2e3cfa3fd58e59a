import { describe, expect, it } from 'vitest';
import type { Change } from '../domain/change';
import { newId } from '../domain/ids';
import type { PulledRecord, PullResponse, PushResponse } from '../domain/syncProtocol';
import { applyWrites, readCaseloadClocks, updateRecord } from '../db';
import { applyPulledBatch } from '../db/sync';
import { freshSignedInDatabase } from '../db/testDatabase';
import { PUSH_BATCH_SIZE, syncOnce } from './syncEngine';
import { SyncRequestError, type SyncTransport } from './syncClient';
import { nothingToPull } from './testTransports';

const ME = '0190a000-0000-7000-8000-000000000001';

async function localCase() {
  const caseId = newId();
  const childId = newId();
  await applyWrites([
    {
      op: 'create',
      kind: 'episode',
      caseId,
      id: caseId,
      data: { status: 'enquiry', childIds: [childId], enquiryDate: '2026-11-01', assessorId: ME, tacMemberIds: [] },
    },
    {
      op: 'create',
      kind: 'child',
      caseId,
      id: childId,
      data: { firstName: 'Ada', lastName: 'Testcase', unborn: false, dateOfBirth: '2018-04-02' },
    },
  ]);
  return { caseId, childId };
}

function pulled(
  record: { id: string; caseId: string; kind: PulledRecord['kind']; data: Record<string, unknown> },
  serverSeq: number,
): PulledRecord {
  const hlc = `${String(1_800_000_000_000 + serverSeq).padStart(13, '0')}-0000-serverdevice`;
  return {
    ...record,
    versions: Object.fromEntries(Object.keys(record.data).map((field) => [field, hlc])),
    meta: {
      schemaVersion: 1,
      createdAt: '2026-11-01T10:00:00.000Z',
      createdBy: ME,
      createdDevice: 'serverdevice',
      createdHlc: hlc,
      updatedAt: '2026-11-01T10:00:00.000Z',
      updatedBy: ME,
      updatedHlc: hlc,
      fieldAuthors: {},
    },
    deleted: false,
    serverSeq,
  };
}

/** `times` edits of the case's reason for enquiry, each its own outbox change. */
async function editReasonRepeatedly(caseId: string, times: number, reason = (n: number) => `Edit ${n}`) {
  await applyWrites(
    Array.from({ length: times }, (_, n) => ({
      op: 'update' as const,
      kind: 'episode' as const,
      id: caseId,
      fields: { reasonForEnquiry: reason(n) },
    })),
  );
}

/** The same server, but the connection drops when the second page is asked for. */
function droppedAtSecondPull(transport: SyncTransport): SyncTransport {
  let pulls = 0;
  return {
    push: transport.push,
    async pull(since, limit, caseIds) {
      pulls++;
      if (pulls === 2) throw new SyncRequestError('offline', 'connection dropped');
      return transport.pull(since, limit, caseIds);
    },
  };
}

/** A scripted server: records every push, answers pulls from a fixed list in pages. */
function scriptedTransport(records: PulledRecord[], accessible: string[], page = 2) {
  const pushes: Change[][] = [];
  const pulls: Array<{ since: number; caseIds?: string[] }> = [];
  const transport: SyncTransport = {
    async push(changes): Promise<PushResponse> {
      pushes.push(changes);
      return {
        results: changes.map((c) => ({ seq: c.seq, status: 'applied' as const })),
        lastSeq: changes.at(-1)?.seq ?? 0,
      };
    },
    async pull(since, _limit, caseIds): Promise<PullResponse> {
      pulls.push({ since, caseIds });
      const rest = records.filter((r) => r.serverSeq > since && (!caseIds || caseIds.includes(r.caseId)));
      const batch = rest.slice(0, page);
      return {
        records: batch,
        checkpoint: batch.at(-1)?.serverSeq ?? since,
        hasMore: rest.length > page,
        remaining: Math.max(0, rest.length - page),
        accessibleCaseIds: accessible,
        basicOnlyCaseIds: [],
      };
    },
  };
  return { transport, pushes, pulls };
}

describe('the client sync engine', () => {
  it('pushes the outbox in sequence order and empties it once the server has committed', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await localCase();
    const { transport, pushes } = scriptedTransport([], [caseId]);
    const result = await syncOnce(transport);
    expect(pushes[0]?.map((c) => c.seq)).toEqual([1, 2]);
    expect(result.pushed).toBe(2);
    expect(await db.outbox.count()).toBe(0);
  });

  it('moves a refused change to the visible list with its reason and carries on', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await localCase();
    const transport: SyncTransport = {
      async push(changes) {
        return {
          results: changes.map((c) => ({
            seq: c.seq,
            status: c.seq === 1 ? ('rejected' as const) : ('applied' as const),
            reason: 'Not valid',
          })),
          lastSeq: 2,
        };
      },
      pull: nothingToPull([caseId]),
    };
    const result = await syncOnce(transport);
    expect(result.rejected).toBe(1);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.rejected.toArray()).map((r) => [r.seq, r.reason])).toEqual([[1, 'Not valid']]);
  });

  it('drops changes the server already holds when a lost reply left a sequence gap', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await localCase();
    let calls = 0;
    const transport: SyncTransport = {
      async push(changes) {
        calls++;
        if (calls === 1) throw new SyncRequestError('sequenceGap', 'gap', 3);
        return { results: changes.map((c) => ({ seq: c.seq, status: 'applied' as const })), lastSeq: 3 };
      },
      pull: nothingToPull([caseId]),
    };
    await syncOnce(transport);
    expect(await db.outbox.count()).toBe(0);
  });

  it('sends the next batch before the last is answered, and sends again a batch that overtook the one before it', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await localCase();
    // 2 changes from localCase and enough more for a full batch and a second of 502.
    const total = PUSH_BATCH_SIZE + 502;
    await editReasonRepeatedly(caseId, total - 2);
    // A server that applies a device's changes only in unbroken order, and where the first request
    // is slow: the second arrives before it and is refused with a sequence gap.
    let serverLastSeq = 0;
    let requests = 0;
    const received: number[][] = [];
    const transport: SyncTransport = {
      async push(changes) {
        requests++;
        if (requests === 1) await new Promise((resolve) => setTimeout(resolve, 30));
        const first = changes[0]?.seq ?? 0;
        if (first !== serverLastSeq + 1) throw new SyncRequestError('sequenceGap', 'gap', serverLastSeq + 1);
        received.push(changes.map((c) => c.seq));
        serverLastSeq = changes.at(-1)?.seq ?? serverLastSeq;
        return { results: changes.map((c) => ({ seq: c.seq, status: 'applied' as const })), lastSeq: serverLastSeq };
      },
      pull: nothingToPull([caseId]),
    };
    const result = await syncOnce(transport);
    expect(requests).toBe(3);
    expect(received.flat()).toEqual(Array.from({ length: total }, (_, n) => n + 1));
    expect(result.pushed).toBe(total);
    expect(await db.outbox.count()).toBe(0);
  });

  it('sends a batch the server finds too large again in smaller batches, and stops at a single change', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await localCase();
    await editReasonRepeatedly(caseId, 8, (n) => (n === 5 ? 'x'.repeat(3000) : `Edit ${n}`));
    // A server whose body limit is 2,500 characters: seq 8 (the long reason) never fits.
    const sizes: number[] = [];
    const transport: SyncTransport = {
      async push(changes) {
        sizes.push(changes.length);
        if (JSON.stringify(changes).length > 2500)
          throw new SyncRequestError('tooLarge', 'The request body is larger than the limit.');
        return {
          results: changes.map((c) => ({ seq: c.seq, status: 'applied' as const })),
          lastSeq: changes.at(-1)?.seq ?? 0,
        };
      },
      pull: nothingToPull([caseId]),
    };
    await expect(syncOnce(transport)).rejects.toMatchObject({ kind: 'tooLarge' });
    // Everything before the oversized change went; it and what follows it wait in the outbox.
    expect((await db.outbox.toArray()).map((change) => change.seq)).toEqual([8, 9, 10]);
    expect(sizes[0]).toBe(10);
    expect(sizes.at(-1)).toBe(1);
  });

  it('stops on a sequence gap the outbox cannot fill instead of sending again and again', async () => {
    await freshSignedInDatabase();
    await localCase();
    let requests = 0;
    const transport: SyncTransport = {
      async push() {
        requests++;
        throw new SyncRequestError('sequenceGap', 'gap', 1);
      },
      pull: nothingToPull([]),
    };
    await expect(syncOnce(transport)).rejects.toBeInstanceOf(SyncRequestError);
    expect(requests).toBe(1);
  });

  it('commits each pulled batch with its checkpoint, so an interrupted first sync resumes where it stopped', async () => {
    const db = await freshSignedInDatabase();
    const caseId = newId();
    const records = [1, 2, 3, 4, 5].map((n) =>
      pulled({ id: newId(), caseId, kind: 'auditEvent', data: { action: `a${n}`, at: '2026-11-01T10:00:00.000Z' } }, n),
    );
    await expect(syncOnce(droppedAtSecondPull(scriptedTransport(records, [caseId], 2).transport))).rejects.toThrow(
      'connection dropped',
    );
    expect(await db.records.count()).toBe(2);
    expect((await db.settings.get('pullCheckpoint'))?.value).toBe(2);
    const resumed = scriptedTransport(records, [caseId], 2);
    await syncOnce(resumed.transport);
    expect(resumed.pulls[0]?.since).toBe(2);
    expect(await db.records.count()).toBe(5);
  });

  it('never commits a page past one that failed, though it was handed to IndexedDB before that one finished', async () => {
    const db = await freshSignedInDatabase();
    const caseId = newId();
    const audit = (n: number) =>
      pulled({ id: newId(), caseId, kind: 'auditEvent', data: { action: `a${n}`, at: '2026-11-01T10:00:00.000Z' } }, n);
    // The second record of the first page cannot be stored (IndexedDB cannot clone a function).
    const unstorable = audit(2);
    unstorable.data = { ...unstorable.data, notCloneable: () => undefined };
    const { transport, pulls } = scriptedTransport([audit(1), unstorable, audit(3), audit(4)], [caseId], 2);
    await expect(syncOnce(transport)).rejects.toThrow();
    // The second page was asked for, and written, while the first was being written.
    expect(pulls.map((pull) => pull.since)).toEqual([0, 2]);
    expect(await db.records.count()).toBe(0);
    expect(await db.settings.get('pullCheckpoint')).toBeUndefined();
  });

  it('keeps a deletion still waiting in the outbox when the record arrives from the server', async () => {
    const db = await freshSignedInDatabase();
    const { caseId, childId } = await localCase();
    await applyWrites([{ op: 'delete', kind: 'child', id: childId }]);
    // Unsent, the deletion meets the server's copy of the record (edited meanwhile by someone else).
    const server = pulled({ id: childId, caseId, kind: 'child', data: { firstName: 'Ada', lastName: 'Server' } }, 9);
    await applyPulledBatch([server], 9);
    const child = await db.records.get(childId);
    expect(child?.deleted).toBe(1);
    // Its creation is unsent too, so the device's own values stay as well.
    expect(child?.data.lastName).toBe('Testcase');
  });

  it('brings the caseload dashboard up to date with what a pull brought, also when the pull was cut off', async () => {
    const db = await freshSignedInDatabase();
    const caseId = newId();
    const childId = newId();
    const episode = {
      status: 'assessment',
      childIds: [childId],
      enquiryDate: '2026-10-01',
      assessorId: ME,
      tacMemberIds: [],
    };
    const records = [
      pulled({ id: caseId, caseId, kind: 'episode', data: episode }, 1),
      pulled({ id: childId, caseId, kind: 'child', data: { firstName: 'Bo', lastName: 'Testcase', unborn: false } }, 2),
      pulled({ id: newId(), caseId, kind: 'auditEvent', data: { action: 'a', at: '2026-11-01T10:00:00.000Z' } }, 3),
    ];
    // Cut off after the first page: the episode is on the device, the sync did not finish.
    await expect(syncOnce(droppedAtSecondPull(scriptedTransport(records, [caseId], 1).transport))).rejects.toThrow(
      'connection dropped',
    );
    expect(await db.records.count()).toBe(1);
    const { rows, openCases } = await readCaseloadClocks('2027-06-01');
    expect(openCases).toBe(1);
    expect(rows.map((row) => [row.caseId, row.childIds])).toEqual([[caseId, [childId]]]);

    // A finished sync leaves nothing waiting: the row is recomputed once, at its end.
    await db.caseClockBuckets.clear();
    await syncOnce(scriptedTransport(records, [caseId], 1).transport);
    expect(await db.settings.get('staleCaseClocks')).toBeUndefined();
    expect((await db.caseClockBuckets.toArray()).flatMap((bucket) => Object.keys(bucket.cases))).toEqual([caseId]);
  });

  it('never lets pulled data overwrite an edit still waiting in the outbox', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await localCase();
    const server = pulled(
      {
        id: caseId,
        caseId,
        kind: 'episode',
        data: {
          status: 'assessment',
          childIds: ['x'],
          enquiryDate: '2026-11-01',
          assessorId: ME,
          tacMemberIds: [],
          reasonForEnquiry: 'Older server text',
        },
      },
      7,
    );
    const { transport } = scriptedTransport([], [caseId]);
    const typingDuringSync: SyncTransport = {
      push: transport.push,
      async pull() {
        // The practitioner types while the sync is between its push and its pull.
        await updateRecord('episode', caseId, { reasonForEnquiry: 'My unsent words' });
        return {
          records: [server],
          checkpoint: 7,
          hasMore: false,
          remaining: 0,
          accessibleCaseIds: [caseId],
          basicOnlyCaseIds: [],
        };
      },
    };
    await syncOnce(typingDuringSync);
    const episode = await db.records.get(caseId);
    expect(episode?.data.reasonForEnquiry).toBe('My unsent words');
    expect(episode?.data.status).toBe('assessment');
    expect(await db.outbox.count()).toBe(1);
  });

  it('stops instead of looping when the server acknowledges nothing', async () => {
    await freshSignedInDatabase();
    await localCase();
    const silent: SyncTransport = {
      push: async () => ({ results: [], lastSeq: 0 }),
      pull: nothingToPull([]),
    };
    await expect(syncOnce(silent)).rejects.toBeInstanceOf(SyncRequestError);
  });

  it('purges a case the practitioner no longer has access to, and backfills one newly shared', async () => {
    const db = await freshSignedInDatabase();
    const keep = newId();
    const gone = newId();
    const shared = newId();
    const first = [
      pulled(
        { id: newId(), caseId: keep, kind: 'auditEvent', data: { action: 'k', at: '2026-11-01T10:00:00.000Z' } },
        1,
      ),
      pulled(
        { id: newId(), caseId: gone, kind: 'auditEvent', data: { action: 'g', at: '2026-11-01T10:00:00.000Z' } },
        2,
      ),
      pulled(
        { id: newId(), caseId: shared, kind: 'auditEvent', data: { action: 's', at: '2026-11-01T10:00:00.000Z' } },
        3,
      ),
    ];
    await syncOnce(scriptedTransport(first.slice(0, 2), [keep, gone]).transport);
    expect(await db.records.count()).toBe(2);
    // Now: access to `gone` removed, `shared` added (its record predates our checkpoint).
    const second = scriptedTransport(first, [keep, shared], 10);
    const originalPull = second.transport.pull;
    second.transport.pull = (since, limit, caseIds) =>
      originalPull(caseIds ? since : Math.max(since, 3), limit, caseIds);
    const result = await syncOnce(second.transport);
    expect(result.purged).toBe(1);
    expect(second.pulls.some((p) => p.caseIds?.includes(shared))).toBe(true);
    const caseIds = (await db.records.toArray()).map((r) => r.caseId).sort();
    expect(caseIds).toEqual([keep, shared].sort());
  });

  it('keeps only the basic information of a case whose consent now covers no more, and fetches the rest when it does', async () => {
    const db = await freshSignedInDatabase();
    const caseId = newId();
    const childId = newId();
    const episode = pulled(
      {
        id: caseId,
        caseId,
        kind: 'episode',
        data: { status: 'assessment', childIds: [childId], enquiryDate: '2026-11-01', assessorId: 'someone-else' },
      },
      1,
    );
    const child = pulled(
      { id: childId, caseId, kind: 'child', data: { firstName: 'Ada', lastName: 'Basic', unborn: false } },
      2,
    );
    const assessment = pulled({ id: newId(), caseId, kind: 'assessment', data: { childId } }, 3);
    const server = { records: [episode, child, assessment], basicOnly: [] as string[] };
    const transport: SyncTransport = {
      push: async () => ({ results: [], lastSeq: 0 }),
      async pull(since, _limit, caseIds) {
        const basic = new Set(['episode', 'child', 'consentEvent']);
        const visible = server.records.filter(
          (r) => r.serverSeq > since && (!server.basicOnly.includes(r.caseId) || basic.has(r.kind)),
        );
        const records = caseIds ? visible.filter((r) => caseIds.includes(r.caseId)) : visible;
        return {
          records,
          checkpoint: Math.max(since, ...server.records.map((r) => r.serverSeq)),
          hasMore: false,
          remaining: 0,
          accessibleCaseIds: [caseId],
          basicOnlyCaseIds: server.basicOnly,
        };
      },
    };
    await syncOnce(transport);
    expect(await db.records.where('caseId').equals(caseId).count()).toBe(3);

    // The family withdraws consent to share more than basic information with this agency.
    server.basicOnly = [caseId];
    await syncOnce(transport);
    const kinds = (await db.records.where('caseId').equals(caseId).toArray()).map((r) => r.kind).sort();
    expect(kinds).toEqual(['child', 'episode']);

    // Consent is given again: the assessment lies below the checkpoint, so the case is backfilled.
    server.basicOnly = [];
    await syncOnce(transport);
    expect(await db.records.get(assessment.id)).toBeDefined();
  });
});

import { watchOutboxSummary } from './outboxSummary';
import type { Change } from '../domain/change';
import { BASIC_INFORMATION_KINDS } from '../domain/consentScope';
import type { PulledRecord, PushResult } from '../domain/syncProtocol';
import { database } from './connection';
import type { StoredRecord } from './database';
import { deriveIndexes } from './derivedIndexes';
import { markCaseClocksStale, movesCaseClocks, refreshStaleCaseClocks, removeCaseClocks } from './caseClocksIndex';
import { ensureDeviceId, observeRemoteClock, readSetting, SETTING } from './deviceState';

/**
 * The sync engine's door to storage. Everything here runs in IndexedDB transactions so that a
 * batch and its checkpoint, or an acknowledgement and the outbox, can never disagree after a crash.
 */

/** The oldest unsent changes, in sequence order; `after` skips those up to a sequence number already sent. */
export async function readOutboxBatch(limit: number, after = 0): Promise<Change[]> {
  return database().outbox.where('seq').above(after).limit(limit).toArray();
}

export async function deviceIdentity(): Promise<string> {
  const db = database();
  return db.transaction('rw', db.settings, () => ensureDeviceId(db));
}

/**
 * Apply the server's verdict on pushed changes: applied or duplicate ones leave the outbox;
 * rejected ones move to the visible "not accepted" list with the server's reason.
 */
export async function acknowledgePush(results: PushResult[], now: Date = new Date()): Promise<{ rejected: number }> {
  const db = database();
  const refused = results.filter((result) => result.status === 'rejected');
  await db.transaction('rw', db.outbox, db.rejected, async () => {
    if (refused.length > 0) {
      const changes = await db.outbox.bulkGet(refused.map((result) => result.seq));
      await db.rejected.bulkPut(
        refused.flatMap((result, index) => {
          const change = changes[index];
          return change
            ? [
                {
                  seq: result.seq,
                  change,
                  reason: result.reason ?? 'The server did not accept this change.',
                  rejectedAt: now.toISOString(),
                },
              ]
            : [];
        }),
      );
    }
    const seqs = results.map((result) => result.seq);
    const lowest = Math.min(...seqs);
    const highest = Math.max(...seqs);
    // A batch's sequence numbers are one unbroken run: deleting the range is one request, where a
    // key at a time was most of a 1,000-change push's time on the device.
    if (seqs.length > 0 && highest - lowest + 1 === new Set(seqs).size)
      await db.outbox.where('seq').between(lowest, highest, true, true).delete();
    else await db.outbox.bulkDelete(seqs);
  });
  return { rejected: refused.length };
}

/**
 * The server has consumed every sequence number below `expectedSeq` (a reply was lost after it
 * committed): those outbox entries are already on the server and can go.
 */
export async function dropConsumedChanges(expectedSeq: number): Promise<number> {
  return database().outbox.where('seq').below(expectedSeq).delete();
}

export async function readPullCheckpoint(): Promise<number> {
  return (await readSetting<number>(database(), SETTING.pullCheckpoint)) ?? 0;
}

export async function readKnownCaseIds(): Promise<string[]> {
  return (await readSetting<string[]>(database(), 'knownCaseIds')) ?? [];
}

/** The cases this device held only the basic information of after the last sync. */
export async function readBasicOnlyCaseIds(): Promise<string[]> {
  return (await readSetting<string[]>(database(), 'basicOnlyCaseIds')) ?? [];
}

export async function recordSyncSuccess(at: Date): Promise<void> {
  await database().settings.put({ key: SETTING.lastSyncAt, value: at.toISOString() });
}

function toStored(pulled: PulledRecord): StoredRecord {
  return {
    id: pulled.id,
    kind: pulled.kind,
    caseId: pulled.caseId,
    data: pulled.data,
    versions: pulled.versions,
    schemaVersion: pulled.meta.schemaVersion,
    createdAt: pulled.meta.createdAt,
    createdBy: pulled.meta.createdBy,
    createdDevice: pulled.meta.createdDevice,
    updatedAt: pulled.meta.updatedAt,
    updatedBy: pulled.meta.updatedBy,
    deleted: pulled.deleted ? 1 : 0,
    serverSeq: pulled.serverSeq,
  };
}

/**
 * Keep what this device has not pushed yet: for every field with a pending outbox change, the local
 * value and version win over the pulled one until the server has the edit and sends it back merged.
 * The pending changes themselves hold those values (the data layer stores exactly what a change
 * carries, stamped with its clock), so the device's copy need not be read back.
 */
function overlayPending(pulled: StoredRecord, pending: readonly Change[]): StoredRecord {
  const data = { ...pulled.data };
  const versions = { ...pulled.versions };
  let deleted: 0 | 1 = 0;
  for (const change of [...pending].sort((a, b) => a.seq - b.seq)) {
    if (change.op === 'delete') {
      deleted = 1;
      continue;
    }
    for (const [field, value] of Object.entries(change.fields)) {
      if (value === null || value === undefined) delete data[field];
      else data[field] = value;
      versions[field] = change.hlc;
    }
  }
  return { ...pulled, data, versions, deleted };
}

export interface PullBatchResult {
  applied: number;
}

/** A page was to follow one that was never committed (it failed after this one was sent to IndexedDB). */
export class PullOrderError extends Error {
  constructor(expected: number, found: number) {
    super(`A pulled page continues from checkpoint ${expected}, but the device is at ${found}.`);
    this.name = 'PullOrderError';
  }
}

/**
 * Commit one pulled batch together with its checkpoint, in one transaction: an interrupted first
 * sync resumes after the last committed batch instead of starting again.
 * `checkpoint` is null for a backfill of newly shared cases, which must not move the checkpoint.
 * With `after` (the checkpoint the page continues from), the transaction first checks the device is
 * there, and otherwise changes nothing: the engine hands IndexedDB a page before the one ahead of it
 * has committed, and a page must never commit past one that failed.
 */
export async function applyPulledBatch(
  records: PulledRecord[],
  checkpoint: number | null,
  now: Date = new Date(),
  after?: number,
): Promise<PullBatchResult> {
  const db = database();
  return db.transaction('rw', [db.records, db.outbox, db.settings, db.caseClockBuckets], async () => {
    // Neither read touches the records store, so the records written meanwhile cannot change what they find.
    const position = after === undefined ? undefined : readSetting<number>(db, SETTING.pullCheckpoint);
    const pendingRead = db.outbox
      .where('recordId')
      .anyOf(records.map((record) => record.id))
      .toArray();
    // Written straight away, while IndexedDB may still be committing the page before: the structured
    // clone of each record (most of a page's time) is done by then. Records with unsent edits are
    // written again below with those edits on top, and a page out of order is rolled back whole.
    const rows = records.map((pulled) => deriveIndexes(toStored(pulled)));
    const written = db.records.bulkPut(rows);
    written.catch(() => undefined);
    if (position !== undefined) {
      const found = (await position) ?? 0;
      if (found !== after) throw new PullOrderError(after as number, found);
    }
    const pendingByRecord = new Map<string, Change[]>();
    for (const change of await pendingRead) {
      const list = pendingByRecord.get(change.recordId) ?? [];
      list.push(change);
      pendingByRecord.set(change.recordId, list);
    }
    if (pendingByRecord.size > 0) {
      await db.records.bulkPut(
        rows.flatMap((row) => {
          const pending = pendingByRecord.get(row.id);
          return pending ? [deriveIndexes(overlayPending(row, pending))] : [];
        }),
      );
    }
    await written;
    let newestHlc = '';
    for (const pulled of records) if (pulled.meta.updatedHlc > newestHlc) newestHlc = pulled.meta.updatedHlc;
    await markCaseClocksStale(
      db,
      rows.filter((row) => movesCaseClocks(row.kind, 'all')).map((row) => row.caseId),
    );
    if (newestHlc) await observeRemoteClock(db, newestHlc, now.getTime());
    if (checkpoint !== null) await db.settings.put({ key: SETTING.pullCheckpoint, value: checkpoint });
    return { applied: rows.length };
  });
}

/** After the pages of a pull: recompute the dashboard rows of every case they touched, once. */
export async function refreshCaseClocksAfterPull(): Promise<void> {
  await refreshStaleCaseClocks(database());
}

/**
 * Remove every case the practitioner may no longer hold (access removed, consent withdrawn), and
 * everything but the basic information of cases their agency now has basic consent for only.
 * A case with changes still waiting to be pushed is kept until they have been sent.
 */
export async function purgeInaccessibleCases(
  accessibleCaseIds: string[],
  directoryCaseId: string,
  basicOnlyCaseIds: string[] = [],
): Promise<number> {
  const db = database();
  const allowed = new Set([...accessibleCaseIds, directoryCaseId]);
  const basicKinds = new Set<string>(BASIC_INFORMATION_KINDS);
  return db.transaction('rw', [db.records, db.outbox, db.settings, db.caseClockBuckets], async () => {
    const held = new Set((await db.records.orderBy('caseId').uniqueKeys()) as string[]);
    const pending = new Set((await db.outbox.orderBy('caseId').uniqueKeys()) as string[]);
    let purged = 0;
    const gone: string[] = [];
    for (const caseId of held) {
      if (allowed.has(caseId) || pending.has(caseId)) continue;
      purged += await db.records.where('caseId').equals(caseId).delete();
      gone.push(caseId);
    }
    await removeCaseClocks(db, gone);
    const trimmed: string[] = [];
    for (const caseId of basicOnlyCaseIds) {
      if (!held.has(caseId) || pending.has(caseId)) continue;
      const removed = await db.records
        .where('caseId')
        .equals(caseId)
        .filter((record) => !basicKinds.has(record.kind))
        .delete();
      if (removed > 0) trimmed.push(caseId);
      purged += removed;
    }
    // Recomputed with the pull's own cases when the sync finishes (refreshCaseClocksAfterPull).
    await markCaseClocksStale(db, trimmed);
    await db.settings.bulkPut([
      { key: 'knownCaseIds', value: accessibleCaseIds },
      { key: 'basicOnlyCaseIds', value: basicOnlyCaseIds },
    ]);
    return purged;
  });
}

export async function listRejectedChanges() {
  return database().rejected.orderBy('seq').toArray();
}

/** Calls back whenever the number of unsent changes changes (in this tab or another). */
export function watchPendingChanges(callback: (count: number) => void): () => void {
  return watchOutboxSummary((summary) => callback(summary.count));
}

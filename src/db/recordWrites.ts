import type { Change } from '../domain/change';
import { newId } from '../domain/ids';
import { SCHEMA_VERSION } from '../domain/recordMeta';
import { recordDefinitions, type RecordData, type RecordKind } from '../domain/records/registry';
import { database as connectionDatabase, strictDatabase } from './connection';
import type { StoredRecord } from './database';
import { deriveIndexes } from './derivedIndexes';
import { movesCaseClocks, refreshCaseClocks } from './caseClocksIndex';
import { openStampIssuer } from './deviceState';
import {
  ImmutableRecordError,
  isQuotaError,
  NotSignedInError,
  RecordNotFoundError,
  StorageFullError,
  ValidationError,
  type FieldIssue,
} from './storageErrors';

/** One write in an atomic batch. In `update`, `null` or `undefined` clears a field. */
export type WriteOperation =
  | { op: 'create'; kind: RecordKind; caseId: string; id?: string; data: Record<string, unknown> }
  | { op: 'update'; kind: RecordKind; id: string; fields: Record<string, unknown> }
  | { op: 'delete'; kind: RecordKind; id: string };

export interface WriteResult {
  ids: string[];
  /** Changes written to the outbox; none when an update changed nothing. */
  changes: number;
}

/**
 * Kinds whose writes commit with strict durability: signed consent is evidence, and the family has
 * been told it is saved (issue 6). Everything else keeps the browser's faster default, which is
 * what autosave on every keystroke needs.
 */
export const STRICT_DURABILITY_KINDS: ReadonlySet<RecordKind> = new Set<RecordKind>(['consentEvent']);

function withoutEmpty(fields: Record<string, unknown>): Record<string, unknown> {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined || value === '') continue;
    clean[key] = value;
  }
  return clean;
}

export function validateRecord(kind: RecordKind, data: Record<string, unknown>): Record<string, unknown> {
  const result = recordDefinitions[kind].schema.safeParse(data);
  if (result.success) return result.data as Record<string, unknown>;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    field: String(issue.path[0] ?? ''),
    message: issue.message,
  }));
  throw new ValidationError(issues);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Apply writes atomically: every record and its outbox change commit in one IndexedDB transaction,
 * or nothing does. Validation happens before anything is written, so an invalid value never
 * reaches IndexedDB. Only resolves once the transaction has committed: callers may then say "saved".
 */
export async function applyWrites(operations: WriteOperation[], now: Date = new Date()): Promise<WriteResult> {
  // The whole batch commits on one connection, so a withdrawal's audit entry is as durable as the withdrawal.
  const db = operations.some((operation) => STRICT_DURABILITY_KINDS.has(operation.kind))
    ? strictDatabase()
    : connectionDatabase();
  const started = performance.now();
  const nowIso = now.toISOString();
  try {
    // The dashboard's index joins the transaction only when a write can move a case's deadlines,
    // so a keystroke's autosave locks (and waits on) no more than it writes.
    const touchesClocks = operations.some((operation) =>
      movesCaseClocks(operation.kind, operation.op === 'update' ? Object.keys(operation.fields) : 'all'),
    );
    const tables = touchesClocks
      ? [db.records, db.outbox, db.settings, db.caseClockBuckets]
      : [db.records, db.outbox, db.settings];
    const result = await db.transaction('rw', tables, async () => {
      // The device's clock and the records being edited are read together, and the writes below are
      // issued without waiting for one another (the transaction waits for all of them): each wait is
      // a hop through the page's task queue, and a keystroke's autosave should make as few as it can.
      const editedIds = [
        ...new Set(operations.flatMap((operation) => (operation.op === 'create' ? [] : [operation.id]))),
      ];
      const [stamps, editedRecords] = await Promise.all([
        openStampIssuer(db, now.getTime()),
        db.records.bulkGet(editedIds),
      ]);
      const firstRead = new Map(editedIds.map((id, index) => [id, editedRecords[index]]));
      const pendingWrites: Promise<unknown>[] = [];
      // A failed request aborts the transaction, which rejects with the cause; this only keeps the
      // individual request's rejection from being reported as unhandled when the loop stops early.
      const issue = (...requests: Promise<unknown>[]) => {
        for (const request of requests) {
          request.catch(() => undefined);
          pendingWrites.push(request);
        }
      };
      const session = stamps.session;
      if (!session) throw new NotSignedInError();
      const author = session.practitioner.id;
      const ids: string[] = [];
      let changes = 0;
      const clocksToRefresh = new Set<string>();
      for (const operation of operations) {
        const definition = recordDefinitions[operation.kind];
        if (operation.op === 'create') {
          const id = operation.id ?? newId();
          const data = validateRecord(operation.kind, withoutEmpty(operation.data));
          const stamp = stamps.next();
          const versions = Object.fromEntries(Object.keys(data).map((field) => [field, stamp.hlc]));
          const record: StoredRecord = {
            id,
            kind: operation.kind,
            caseId: operation.kind === 'episode' ? id : operation.caseId,
            data,
            versions,
            schemaVersion: SCHEMA_VERSION,
            createdAt: nowIso,
            createdBy: author,
            createdDevice: stamp.deviceId,
            updatedAt: nowIso,
            updatedBy: author,
            deleted: 0,
          };
          const header = {
            deviceId: stamp.deviceId,
            seq: stamp.seq,
            hlc: stamp.hlc,
            author,
            schemaVersion: SCHEMA_VERSION,
            kind: operation.kind,
            recordId: id,
            caseId: record.caseId,
          };
          const change: Change =
            definition.merge === 'append'
              ? { ...header, op: 'append', fields: data }
              : {
                  ...header,
                  op: 'set',
                  fields: data,
                  base: Object.fromEntries(Object.keys(data).map((field) => [field, null])),
                };
          issue(db.records.add(deriveIndexes(record)), db.outbox.add(change));
          if (movesCaseClocks(operation.kind, 'all')) clocksToRefresh.add(record.caseId);
          ids.push(id);
          changes++;
          continue;
        }
        // A record edited twice in one batch is read again, to see the first edit.
        const existing = firstRead.has(operation.id) ? firstRead.get(operation.id) : await db.records.get(operation.id);
        firstRead.delete(operation.id);
        if (!existing || existing.kind !== operation.kind) throw new RecordNotFoundError(operation.kind);
        if (definition.merge === 'append') throw new ImmutableRecordError(operation.kind);
        if (operation.op === 'delete') {
          const stamp = stamps.next();
          const newest = Object.values(existing.versions).sort().at(-1) ?? null;
          issue(db.records.put({ ...existing, deleted: 1, updatedAt: nowIso, updatedBy: author }));
          if (movesCaseClocks(existing.kind, 'all')) clocksToRefresh.add(existing.caseId);
          issue(
            db.outbox.add({
              deviceId: stamp.deviceId,
              seq: stamp.seq,
              hlc: stamp.hlc,
              author,
              schemaVersion: SCHEMA_VERSION,
              kind: existing.kind,
              recordId: existing.id,
              caseId: existing.caseId,
              op: 'delete',
              base: newest,
            }),
          );
          ids.push(existing.id);
          changes++;
          continue;
        }
        const changed = Object.entries(operation.fields).filter(
          ([field, value]) => !sameValue(existing.data[field], value === '' || value === null ? undefined : value),
        );
        if (changed.length === 0) {
          ids.push(existing.id);
          continue;
        }
        if (
          movesCaseClocks(
            existing.kind,
            changed.map(([field]) => field),
          )
        )
          clocksToRefresh.add(existing.caseId);
        const merged = withoutEmpty({ ...existing.data, ...Object.fromEntries(changed) });
        const data = validateRecord(existing.kind, merged);
        const stamp = stamps.next();
        const versions = { ...existing.versions };
        const fields: Record<string, unknown> = {};
        const base: Record<string, string | null> = {};
        for (const [field] of changed) {
          fields[field] = data[field] ?? null;
          base[field] = existing.versions[field] ?? null;
          versions[field] = stamp.hlc;
        }
        issue(
          db.records.put(
            deriveIndexes({ ...existing, data, versions, updatedAt: nowIso, updatedBy: author, deleted: 0 }),
          ),
        );
        issue(
          db.outbox.add({
            deviceId: stamp.deviceId,
            seq: stamp.seq,
            hlc: stamp.hlc,
            author,
            schemaVersion: SCHEMA_VERSION,
            kind: existing.kind,
            recordId: existing.id,
            caseId: existing.caseId,
            op: 'set',
            fields,
            base,
          }),
        );
        ids.push(existing.id);
        changes++;
      }
      issue(stamps.save());
      // The deadlines index reads the records just written: IndexedDB runs requests in order, so it sees them.
      if (clocksToRefresh.size > 0) issue(refreshCaseClocks(db, clocksToRefresh));
      await Promise.all(pendingWrites);
      return { ids, changes };
    });
    performance.measure('caf:write', { start: started, end: performance.now() });
    return result;
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error instanceof Error ? error.name : 'unknown');
    throw error;
  }
}

export async function createRecord<K extends RecordKind>(
  kind: K,
  caseId: string,
  data: RecordData<K>,
  id?: string,
): Promise<string> {
  const result = await applyWrites([{ op: 'create', kind, caseId, data: data as Record<string, unknown>, id }]);
  return result.ids[0] as string;
}

export async function updateRecord<K extends RecordKind>(
  kind: K,
  id: string,
  fields: Partial<Record<keyof RecordData<K>, unknown>>,
): Promise<WriteResult> {
  return applyWrites([{ op: 'update', kind, id, fields: fields as Record<string, unknown> }]);
}

export async function deleteRecord(kind: RecordKind, id: string): Promise<WriteResult> {
  return applyWrites([{ op: 'delete', kind, id }]);
}

import type { Change } from '../../../src/domain/change';
import { applyChange, CONFLICT_KIND, type MergedRecord } from '../../../src/domain/merge';
import { DIRECTORY_CASE_ID } from '../../../src/domain/records/directory';
import { editKeepsRecordValid } from '../../../src/domain/records/editValidation';
import { isRecordKind, recordDefinitions } from '../../../src/domain/records/registry';
import {
  describeIssues,
  SUPPORTED_SCHEMA_VERSIONS,
  type PushRequest,
  type PushResponse,
  type PushResult,
} from '../../../src/domain/syncProtocol';
import { CONSENT_PROOF_MISMATCH, consentProofFailures } from './consentProof';
import { ApiError } from '../apiError';
import type { SyncStore, WriteTx } from '../store/store';
import { updateRequired } from './versions';

/** Checks the whole merged record against its kind's schema, as the device did before writing it. */
export function validateRecord(kind: string, data: Record<string, unknown>): string | undefined {
  if (!isRecordKind(kind)) return `Unknown record kind: ${kind}`;
  const parsed = recordDefinitions[kind].schema.safeParse(data);
  return parsed.success ? undefined : describeIssues(parsed.error);
}

/** Who may see a case: its assessor, lead professional and TAC members, read from its episode. */
export function episodeMembers(data: Record<string, unknown>): string[] {
  const members = new Set<string>();
  for (const key of ['assessorId', 'leadProfessionalId'] as const) {
    const id = data[key];
    if (typeof id === 'string' && id) members.add(id);
  }
  const tac = data['tacMemberIds'];
  if (Array.isArray(tac)) for (const id of tac) if (typeof id === 'string' && id) members.add(id);
  return [...members];
}

function unknownFields(change: Change): string[] {
  if (change.op === 'delete' || !isRecordKind(change.kind)) return [];
  const shape = recordDefinitions[change.kind].schema.shape as Record<string, unknown>;
  return Object.keys(change.fields).filter((field) => !Object.hasOwn(shape, field));
}

type ChangeVerdict = { status: 'applied' } | { status: 'rejected'; reason: string };

const keyOf = (kind: string, id: string) => `${kind}/${id}`;

/**
 * The records one push touches, read up front in a few batched queries, merged in memory, and
 * written back once at the end of the transaction (each changed record once, with one new server
 * sequence number). A thousand changes then cost a handful of round trips, not thousands.
 */
export class PushBatch {
  private readonly records = new Map<string, MergedRecord>();
  private readonly conflicts = new Map<string, MergedRecord[]>();
  private readonly members = new Map<string, Set<string>>();
  private readonly dirty = new Map<string, MergedRecord>();
  private readonly dirtyMembers = new Map<string, string[]>();

  private constructor(private readonly tx: WriteTx) {}

  static async load(tx: WriteTx, changes: readonly Change[]): Promise<PushBatch> {
    const batch = new PushBatch(tx);
    const keys = new Map<string, { kind: string; id: string }>();
    for (const change of changes) {
      keys.set(keyOf(change.kind, change.recordId), { kind: change.kind, id: change.recordId });
      keys.set(keyOf('episode', change.caseId), { kind: 'episode', id: change.caseId });
    }
    for (const record of await tx.getRecords([...keys.values()]))
      batch.records.set(keyOf(record.kind, record.id), record);
    const recordIds = [...new Set(changes.map((c) => c.recordId))];
    for (const conflict of await tx.conflictsAbout(recordIds)) batch.addConflict(conflict);
    for (const [caseId, ids] of await tx.caseMembers(changes.map((c) => c.caseId))) batch.members.set(caseId, ids);
    return batch;
  }

  private addConflict(conflict: MergedRecord): void {
    const subject = String(conflict.data['recordId']);
    const list = (this.conflicts.get(subject) ?? []).filter((c) => c.id !== conflict.id);
    list.push(conflict);
    this.conflicts.set(subject, list);
  }

  getRecord(kind: string, id: string): MergedRecord | undefined {
    return this.records.get(keyOf(kind, id));
  }

  conflictsAbout(recordId: string): MergedRecord[] {
    return this.conflicts.get(recordId) ?? [];
  }

  isCaseMember(caseId: string, practitionerId: string): boolean {
    return this.members.get(caseId)?.has(practitionerId) ?? false;
  }

  put(record: MergedRecord): void {
    const key = keyOf(record.kind, record.id);
    this.records.set(key, record);
    if (record.kind === CONFLICT_KIND) this.addConflict(record);
    // Re-inserted so the write order (and so server order) follows the last change to each record.
    this.dirty.delete(key);
    this.dirty.set(key, record);
  }

  setCaseMembers(caseId: string, practitionerIds: string[]): void {
    this.members.set(caseId, new Set(practitionerIds));
    this.dirtyMembers.set(caseId, practitionerIds);
  }

  async flush(): Promise<void> {
    for (const [caseId, ids] of this.dirtyMembers) await this.tx.setCaseMembers(caseId, ids);
    await this.tx.putRecords([...this.dirty.values()]);
    this.dirty.clear();
    this.dirtyMembers.clear();
  }
}

/**
 * Applies one change to the batch: access, merge, validation. `trusted` is for the server's own
 * writes (demo seeding, directory records), which skip the access rules.
 */
export function applyOneChange(
  batch: PushBatch,
  practitionerId: string,
  change: Change,
  trusted = false,
): ChangeVerdict {
  const reject = (reason: string): ChangeVerdict => ({ status: 'rejected', reason });
  if (!isRecordKind(change.kind)) return reject(`Unknown record kind: ${change.kind}`);
  const definition = recordDefinitions[change.kind];

  if (!trusted && change.caseId === DIRECTORY_CASE_ID) {
    return reject(
      'Directory records (practitioners, agencies) are managed by the service and cannot be changed from a device.',
    );
  }
  if (change.kind === 'episode' && change.recordId !== change.caseId) {
    return reject('An episode’s id must be the id of its case.');
  }
  const unknown = unknownFields(change);
  if (unknown.length > 0) return reject(`Unknown field for a ${change.kind} record: ${unknown.join(', ')}`);

  const current = batch.getRecord(change.kind, change.recordId);
  if (!trusted && change.kind === CONFLICT_KIND && !current) {
    return reject('Conflicts are opened by the server; a device can only resolve one.');
  }

  const member = trusted || batch.isCaseMember(change.caseId, practitionerId);
  const opensNewCase = change.kind === 'episode' && !current;
  if (!member && !opensNewCase) {
    return reject(
      batch.getRecord('episode', change.caseId)
        ? 'You are not the assessor, lead professional or a TAC member on this case, so you cannot change it.'
        : 'This case does not exist on the server yet: its episode must be sent first.',
    );
  }

  const conflicts = definition.merge === 'fields' && change.op === 'set' ? batch.conflictsAbout(change.recordId) : [];
  const outcome = applyChange({
    current,
    change,
    mode: definition.merge,
    conflicts,
    // A stored record passed its schema when it was written, so an edit is checked for what it changed.
    validate: (kind, data) =>
      current && !current.deleted && editKeepsRecordValid(kind, current.data, data)
        ? undefined
        : validateRecord(kind, data),
  });
  if (outcome.status === 'rejected') return reject(outcome.reason);
  if (outcome.status === 'unchanged') return { status: 'applied' };

  const { record } = outcome;
  for (const conflict of outcome.conflicts) {
    const problem = validateRecord(CONFLICT_KIND, conflict.data);
    // A conflict the schema refuses would drop someone's words: refuse the change instead.
    if (problem) throw new Error(`Merge produced an invalid conflict record: ${problem}`);
  }
  if (record.kind === 'episode') {
    const members = episodeMembers(record.data);
    if (!trusted && opensNewCase && !members.includes(practitionerId)) {
      return reject('A new case must name you as its assessor, lead professional or a TAC member.');
    }
    batch.setCaseMembers(record.caseId, members);
  }
  batch.put(record);
  for (const conflict of outcome.conflicts) batch.put(conflict);
  return { status: 'applied' };
}

/** Checks that need no storage: a batch failing them is refused whole, before anything is read or written. */
function checkBatchShape(practitionerId: string, request: PushRequest): void {
  let previous: number | undefined;
  for (const [index, change] of request.changes.entries()) {
    if (change.deviceId !== request.deviceId) {
      throw new ApiError(400, 'bad_request', `changes.${index}.deviceId: must be the device id of the request`);
    }
    if (previous !== undefined && change.seq !== previous + 1) {
      throw new ApiError(
        400,
        'bad_request',
        `changes.${index}.seq: changes must be in the device’s sequence order without gaps (expected ${previous + 1}, got ${change.seq})`,
      );
    }
    previous = change.seq;
    if (change.author !== practitionerId) {
      throw new ApiError(
        403,
        'author_mismatch',
        `changes.${index}.author: a device can only push changes made by its signed-in practitioner`,
      );
    }
    if (!SUPPORTED_SCHEMA_VERSIONS.includes(change.schemaVersion)) throw updateRequired();
  }
}

export async function push(store: SyncStore, practitionerId: string, request: PushRequest): Promise<PushResponse> {
  checkBatchShape(practitionerId, request);
  const badConsentProof = await consentProofFailures(request.changes);
  return store.write(async (tx) => {
    const device = await tx.getDevice(request.deviceId);
    if (device && device.practitionerId !== practitionerId) {
      throw new ApiError(
        403,
        'device_taken',
        'This device id is registered to another practitioner. Sign out fully and sign in again to get a new device id.',
      );
    }
    let lastSeq = device?.lastSeq ?? 0;
    const results: PushResult[] = [];
    const fresh = request.changes.filter((change) => change.seq > lastSeq);
    for (const change of request.changes) {
      if (change.seq <= lastSeq) results.push({ seq: change.seq, status: 'duplicate' });
    }
    const first = fresh[0];
    if (first && first.seq !== lastSeq + 1) {
      throw new ApiError(
        409,
        'sequence_gap',
        `Changes are missing: the server has this device’s changes up to ${lastSeq}, and this batch continues at ${first.seq}. Send from ${lastSeq + 1}.`,
        { expectedSeq: lastSeq + 1 },
      );
    }
    const batch = await PushBatch.load(tx, fresh);
    for (const change of fresh) {
      const verdict: ChangeVerdict = badConsentProof.has(change.seq)
        ? { status: 'rejected', reason: CONSENT_PROOF_MISMATCH }
        : applyOneChange(batch, practitionerId, change);
      results.push(
        verdict.status === 'applied' ? { seq: change.seq, status: 'applied' } : { seq: change.seq, ...verdict },
      );
      lastSeq = change.seq;
    }
    await batch.flush();
    await tx.putDevice({ deviceId: request.deviceId, practitionerId, lastSeq });
    return { results, lastSeq };
  });
}

/** The server's own writes (seeding): applied as trusted changes, in one transaction. */
export async function applyTrustedChanges(store: SyncStore, changes: readonly Change[]): Promise<void> {
  await store.write(async (tx) => {
    const batch = await PushBatch.load(tx, changes);
    for (const change of changes) {
      const verdict = applyOneChange(batch, change.author, change, true);
      if (verdict.status === 'rejected') throw new Error(`Seed change refused: ${verdict.reason}`);
    }
    await batch.flush();
  });
}

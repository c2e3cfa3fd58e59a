import type { Change, DeleteChange, SetChange, AppendChange } from './change';
import { compareHlc, parseHlc } from './hlc';
import { newId } from './ids';

/**
 * Merge rules: how the server folds one change into the current state of a record. Pure functions of
 * plain data, so the same rules can be replayed anywhere (tests, a future client-side preview).
 *
 * The rules, and why they converge (the same set of changes gives the same state in any order that
 * respects each device's sequence and what each device had seen when it made a change):
 * - A field's value is the one set by the change with the highest HLC (HLCs are unique per device, so
 *   there is always exactly one winner). That is order-independent by construction.
 * - Whether a losing value is kept is decided by `base`: a change whose base for a field is the
 *   current version of that field was made on top of it (a follow-up edit) and simply replaces it.
 *   Any other change to the field was concurrent: neither author saw the other's value, so the loser
 *   is kept as a candidate of the field's open conflict for people to resolve.
 * - A change based on a value that is itself a kept candidate supersedes that candidate (its author
 *   edited their own losing value again), so the candidate leaves the conflict.
 * - A deletion is a tombstone carrying the newest field version the deleting device had seen. The
 *   record is deleted only while no field version is newer than that: an edit the deleter had not
 *   seen revives it, and the record says why.
 * - Append-only kinds are written once and never change, so they never conflict.
 */

export type MergeMode = 'fields' | 'append';

export const CONFLICT_KIND = 'conflict';

/** One value that lost a concurrent edit: kept so nobody's words are lost. */
export interface ConflictCandidate {
  value: unknown;
  author: string;
  deviceId: string;
  hlc: string;
  /** Wall-clock time of the edit, from its HLC, for people to read. */
  at: string;
}

/** The data of a `conflict` record: one field of one record with concurrent values to resolve. */
export interface ConflictData {
  recordKind: string;
  recordId: string;
  field: string;
  candidates: ConflictCandidate[];
  status: 'open' | 'resolved';
  [extra: string]: unknown;
}

export interface Tombstone {
  hlc: string;
  /** The newest field version the deleting device had seen (null: it had seen none). */
  base: string | null;
  author: string;
  deviceId: string;
}

export interface MergedMeta {
  schemaVersion: number;
  createdAt: string;
  createdBy: string;
  createdDevice: string;
  /** HLC of the change that created the record (the lowest HLC seen), to keep `created*` order-independent. */
  createdHlc: string;
  updatedAt: string;
  updatedBy: string;
  /** HLC of the newest change applied, to keep `updated*` order-independent. */
  updatedHlc: string;
  /** Who set each field's current value. */
  fieldAuthors: Record<string, string>;
  /** The strongest deletion seen, kept even when an edit overruled it. */
  tombstone?: Tombstone;
  /** Set when a deletion was overruled by an edit its author had not seen. */
  deleteOverruled?: { reason: string; by: string; hlc: string };
}

/** The current merged state of one record, as the server stores and serves it. */
export interface MergedRecord {
  kind: string;
  id: string;
  caseId: string;
  data: Record<string, unknown>;
  /** Per field, the HLC of the change that set the current value: what a client sends back as `base`. */
  versions: Record<string, string>;
  meta: MergedMeta;
  deleted: boolean;
}

export type MergeOutcome =
  | { status: 'applied'; record: MergedRecord; conflicts: MergedRecord[] }
  /** Already folded in (the same change again): nothing to write. */
  | { status: 'unchanged' }
  | { status: 'rejected'; reason: string };

export interface MergeInput {
  current: MergedRecord | undefined;
  change: Change;
  mode: MergeMode;
  /** Conflict records about `current` (any status); the merge adds to an open one per field. */
  conflicts: readonly MergedRecord[];
  /** Ids for new conflict records; injectable so tests are deterministic. */
  newConflictId?: () => string;
  /** Checks the whole merged record against its kind's schema; returns a reason when invalid. */
  validate?: (kind: string, data: Record<string, unknown>) => string | undefined;
}

export function hlcToIso(hlc: string): string {
  return new Date(parseHlc(hlc).wallMs).toISOString();
}

export function applyChange(input: MergeInput): MergeOutcome {
  const { current, change, mode } = input;
  if (current && current.caseId !== change.caseId) {
    return { status: 'rejected', reason: 'This record belongs to another case.' };
  }
  if (current && current.kind !== change.kind) {
    return { status: 'rejected', reason: 'A record with this id already exists as another kind of record.' };
  }
  let outcome: MergeOutcome;
  if (mode === 'append') {
    if (change.op !== 'append') {
      return { status: 'rejected', reason: 'This kind of record is append-only: it cannot be edited or deleted.' };
    }
    outcome = applyAppend(current, change);
  } else if (change.op === 'append') {
    return { status: 'rejected', reason: 'This kind of record is edited field by field: send a set, not an append.' };
  } else if (change.op === 'delete') {
    outcome = applyDelete(current, change);
  } else {
    outcome = applySet(current, change, input.conflicts, input.newConflictId ?? newId);
  }
  if (outcome.status === 'applied' && input.validate && !outcome.record.deleted) {
    const problem = input.validate(outcome.record.kind, outcome.record.data);
    if (problem) return { status: 'rejected', reason: problem };
  }
  return outcome;
}

function newMeta(change: Change): MergedMeta {
  const at = hlcToIso(change.hlc);
  return {
    schemaVersion: change.schemaVersion,
    createdAt: at,
    createdBy: change.author,
    createdDevice: change.deviceId,
    createdHlc: change.hlc,
    updatedAt: at,
    updatedBy: change.author,
    updatedHlc: change.hlc,
    fieldAuthors: {},
  };
}

/** Folds a change's stamp into the metadata, keeping the earliest as creator and the latest as updater. */
function stampMeta(meta: MergedMeta, change: Change): MergedMeta {
  const next = { ...meta, schemaVersion: Math.max(meta.schemaVersion, change.schemaVersion) };
  if (compareHlc(change.hlc, meta.createdHlc) < 0) {
    next.createdAt = hlcToIso(change.hlc);
    next.createdBy = change.author;
    next.createdDevice = change.deviceId;
    next.createdHlc = change.hlc;
  }
  if (compareHlc(change.hlc, meta.updatedHlc) > 0) {
    next.updatedAt = hlcToIso(change.hlc);
    next.updatedBy = change.author;
    next.updatedHlc = change.hlc;
  }
  return next;
}

function applyAppend(current: MergedRecord | undefined, change: AppendChange): MergeOutcome {
  if (current) {
    if (current.meta.createdHlc === change.hlc && current.meta.createdDevice === change.deviceId) {
      return { status: 'unchanged' };
    }
    return { status: 'rejected', reason: 'This record is already recorded and append-only records cannot be changed.' };
  }
  const versions: Record<string, string> = {};
  const fieldAuthors: Record<string, string> = {};
  const data: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(change.fields)) {
    if (value === null) continue;
    data[field] = value;
    versions[field] = change.hlc;
    fieldAuthors[field] = change.author;
  }
  return {
    status: 'applied',
    record: {
      kind: change.kind,
      id: change.recordId,
      caseId: change.caseId,
      data,
      versions,
      meta: { ...newMeta(change), fieldAuthors },
      deleted: false,
    },
    conflicts: [],
  };
}

function newestVersion(versions: Record<string, string>): string | null {
  let newest: string | null = null;
  for (const version of Object.values(versions)) {
    if (newest === null || compareHlc(version, newest) > 0) newest = version;
  }
  return newest;
}

/** Deleted while the strongest tombstone has seen every field version; otherwise revived, with the reason. */
function settleDeletion(record: MergedRecord): MergedRecord {
  const tombstone = record.meta.tombstone;
  if (!tombstone) return record;
  const newest = newestVersion(record.versions);
  const overruled = newest !== null && (tombstone.base === null || compareHlc(newest, tombstone.base) > 0);
  const meta: MergedMeta = { ...record.meta };
  if (overruled) {
    meta.deleteOverruled = {
      reason: 'Kept because it was edited at the same time as it was deleted; the deletion did not include that edit.',
      by: tombstone.author,
      hlc: tombstone.hlc,
    };
  } else {
    delete meta.deleteOverruled;
  }
  return { ...record, meta, deleted: !overruled };
}

/** The tombstone that deletes most: the one that had seen the newest version (ties: the later deletion). */
function strongerTombstone(a: Tombstone | undefined, b: Tombstone): Tombstone {
  if (!a) return b;
  const byBase = compareHlc(a.base ?? '', b.base ?? '');
  if (byBase !== 0) return byBase > 0 ? a : b;
  return compareHlc(a.hlc, b.hlc) >= 0 ? a : b;
}

function applyDelete(current: MergedRecord | undefined, change: DeleteChange): MergeOutcome {
  if (!current) {
    return { status: 'rejected', reason: 'There is no such record to delete.' };
  }
  const tombstone: Tombstone = { hlc: change.hlc, base: change.base, author: change.author, deviceId: change.deviceId };
  const existing = current.meta.tombstone;
  if (existing && existing.hlc === tombstone.hlc && existing.deviceId === tombstone.deviceId) {
    return { status: 'unchanged' };
  }
  const strongest = strongerTombstone(existing, tombstone);
  if (existing && strongest === existing) {
    // A weaker deletion changes nothing but who is recorded as the last to touch the record.
    return { status: 'applied', record: { ...current, meta: stampMeta(current.meta, change) }, conflicts: [] };
  }
  const record = settleDeletion({ ...current, meta: { ...stampMeta(current.meta, change), tombstone: strongest } });
  return { status: 'applied', record, conflicts: [] };
}

function candidateOf(value: unknown, author: string, hlc: string): ConflictCandidate {
  // JSON has no undefined: a cleared field is a null candidate.
  return { value: value === undefined ? null : value, author, deviceId: parseHlc(hlc).node, hlc, at: hlcToIso(hlc) };
}

function sortCandidates(candidates: ConflictCandidate[]): ConflictCandidate[] {
  return [...candidates].sort((a, b) => compareHlc(a.hlc, b.hlc));
}

function conflictData(record: MergedRecord): ConflictData {
  return record.data as ConflictData;
}

function applySet(
  current: MergedRecord | undefined,
  change: SetChange,
  existingConflicts: readonly MergedRecord[],
  newConflictId: () => string,
): MergeOutcome {
  const data: Record<string, unknown> = { ...(current?.data ?? {}) };
  const versions: Record<string, string> = { ...(current?.versions ?? {}) };
  const fieldAuthors: Record<string, string> = { ...(current?.meta.fieldAuthors ?? {}) };
  // Conflicts touched by this change, by field: at most one open conflict per record field.
  const touched = new Map<string, MergedRecord>();
  const openConflict = (field: string): MergedRecord | undefined =>
    touched.get(field) ??
    existingConflicts.find((c) => conflictData(c).field === field && conflictData(c).status === 'open');

  if (current && change.kind === CONFLICT_KIND && change.fields['status'] === 'resolved') {
    const seen = change.base['candidates'];
    if (seen !== undefined && seen !== current.versions['candidates']) {
      return {
        status: 'rejected',
        reason: 'Another version was added to this conflict while it was being resolved: look at it again.',
      };
    }
  }

  let changedSomething = false;
  for (const [field, value] of Object.entries(change.fields)) {
    const version = versions[field];
    const base = change.base[field] ?? null;
    const open = openConflict(field);
    if (version === change.hlc) continue; // this very change is already the current value
    if (open && conflictData(open).candidates.some((c) => c.hlc === change.hlc)) continue; // already kept
    changedSomething = true;

    const followsCurrent = version === undefined || (base === version && compareHlc(change.hlc, version) > 0);
    // Only a conflict needs the change as a candidate; most edits simply follow the current value.
    const incoming = (): ConflictCandidate => candidateOf(value, change.author, change.hlc);
    if (followsCurrent) {
      if (value === null) delete data[field];
      else data[field] = value;
      versions[field] = change.hlc;
      fieldAuthors[field] = change.author;
      // A follow-up of a value that is one side of an open conflict takes that value's place there.
      if (open && version !== undefined) {
        const candidates = conflictData(open).candidates.filter((c) => c.hlc !== version);
        touched.set(
          field,
          withCandidates(open, current ?? null, change, field, [...candidates, incoming()], newConflictId),
        );
      }
      continue;
    }

    // Concurrent: the open conflict's sides (or, when there is none, the current value) plus this
    // change, less the value this change was made on top of (its author's own earlier side).
    const currentSide = candidateOf(data[field], fieldAuthors[field] ?? change.author, version);
    const sides = open ? conflictData(open).candidates : [currentSide];
    const candidates = [...sides.filter((c) => c.hlc !== base && c.hlc !== version), currentSide, incoming()];
    if (compareHlc(change.hlc, version) > 0) {
      if (value === null) delete data[field];
      else data[field] = value;
      versions[field] = change.hlc;
      fieldAuthors[field] = change.author;
    }
    touched.set(field, withCandidates(open, current ?? null, change, field, candidates, newConflictId));
  }
  if (!changedSomething) return { status: 'unchanged' };

  const meta = stampMeta(current ? { ...current.meta } : newMeta(change), change);
  meta.fieldAuthors = fieldAuthors;
  const record = settleDeletion({
    kind: change.kind,
    id: change.recordId,
    caseId: change.caseId,
    data,
    versions,
    meta,
    deleted: current?.deleted ?? false,
  });
  return { status: 'applied', record, conflicts: [...touched.values()] };
}

function withCandidates(
  open: MergedRecord | undefined,
  subject: MergedRecord | null,
  change: SetChange,
  field: string,
  candidates: ConflictCandidate[],
  newConflictId: () => string,
): MergedRecord {
  const sorted = sortCandidates(candidates);
  // The conflict's own versions follow the change that last touched it, so a client's later
  // resolution (a set based on these versions) is a follow-up, not a concurrent edit.
  if (open) {
    const meta = stampMeta(open.meta, change);
    return {
      ...open,
      data: { ...open.data, candidates: sorted },
      versions: { ...open.versions, candidates: maxHlc(open.versions['candidates'], change.hlc) },
      meta,
    };
  }
  const data: ConflictData = {
    recordKind: change.kind,
    recordId: change.recordId,
    field,
    candidates: sorted,
    status: 'open',
  };
  const versions: Record<string, string> = {};
  const fieldAuthors: Record<string, string> = {};
  for (const key of Object.keys(data)) {
    versions[key] = change.hlc;
    fieldAuthors[key] = change.author;
  }
  return {
    kind: CONFLICT_KIND,
    id: newConflictId(),
    caseId: subject?.caseId ?? change.caseId,
    data,
    versions,
    meta: { ...newMeta(change), fieldAuthors },
    deleted: false,
  };
}

function maxHlc(a: string | undefined, b: string): string {
  return a === undefined || compareHlc(b, a) > 0 ? b : a;
}

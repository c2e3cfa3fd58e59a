// The synthetic records both sync systems move in the sync benchmarks: the same 10,000 case records (plus the
// directory the cases refer to) become trusted changes for our server and documents for PouchDB, and the same
// list of 10,000 field edits is made on the device. Everything is deterministic from the seed.
import type { Change } from '../src/domain/change';
import { generateDemoRecords } from '../src/domain/demo/caseloadGenerator';
import { generateDemoDirectory } from '../src/domain/demo/directoryGenerator';
import type { DemoRecord } from '../src/domain/demo/demoRecord';
import { formatHlc, tick, type HlcState } from '../src/domain/hlc';
import { SCHEMA_VERSION } from '../src/domain/recordMeta';
import { recordDefinitions, type RecordKind } from '../src/domain/records/registry';
import { DEMO_PRACTITIONERS, directorySeedChanges, SEED_DEVICE_ID } from '../sync-server/src/demoSeed';

export const SYNC_BENCH_RECORDS = 10_000;
export const SYNC_BENCH_EDITS = 10_000;
const SEED = 'sync-bench';
/** Fixed, so the records (and their dates) are the same on every run; only the HLC stamps follow the clock. */
const TODAY = '2026-11-02';

/** The practitioner the device signs in as: assessor of every generated case, so every case record reaches them. */
export const BENCH_PRACTITIONER = DEMO_PRACTITIONERS.healthVisitor;

/** The suffixes the two devices add to a field; the validity of the edits is checked with both appended. */
export const EDIT_SUFFIXES = [' (checked)', ' (checked on a second device)'] as const;

/** One planned field edit: the device sets `field` of record `id` to `original + suffix`. */
export interface FieldEdit {
  readonly kind: RecordKind;
  readonly id: string;
  readonly field: string;
  readonly original: string;
}

/** What PouchDB stores for one record: the record's own content, keyed by its id. */
export interface PouchRecordDoc {
  readonly _id: string;
  readonly kind: string;
  readonly caseId: string;
  readonly data: Record<string, unknown>;
}

export interface SyncBenchData {
  /** The 10,000 generated case records. */
  readonly caseRecords: readonly DemoRecord[];
  /** Every change the server is seeded with: the demo directory (seedDemo writes it), partner agencies, the cases. */
  readonly serverChanges: readonly Change[];
  /** The same records as PouchDB documents, one per record the server holds. */
  readonly pouchDocs: readonly PouchRecordDoc[];
  /** 10,000 distinct (record, field) edits that pass the record's schema on both devices. */
  readonly edits: readonly FieldEdit[];
}

/**
 * The partner agencies and the case records as trusted server changes, stamped with the clock of a minute ago:
 * the device edits on top of these versions, and a version in its future would make its edits look concurrent.
 * The demo directory itself (seq 1–4) is written by seedDemo.
 */
function caseChanges(records: readonly DemoRecord[], nowMs: number): Change[] {
  let clock: HlcState = { wallMs: nowMs - 60_000, counter: 0, node: SEED_DEVICE_ID };
  let seq = 1000;
  return records.map((record): Change => {
    clock = tick(clock, clock.wallMs);
    seq += 1;
    const fields = Object.fromEntries(Object.entries(record.data).filter(([, value]) => value !== undefined));
    const header = {
      deviceId: SEED_DEVICE_ID,
      seq,
      hlc: formatHlc(clock),
      author: record.kind === 'agency' ? BENCH_PRACTITIONER.id : record.meta.createdBy,
      schemaVersion: SCHEMA_VERSION,
      kind: record.kind,
      recordId: record.meta.id,
      caseId: record.meta.caseId,
    };
    return recordDefinitions[record.kind].merge === 'append'
      ? { ...header, op: 'append', fields }
      : { ...header, op: 'set', fields, base: Object.fromEntries(Object.keys(fields).map((f) => [f, null])) };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Fields naming another record or a person (ids, `…By`): editing them would move a record or change who may see it. */
function isReference(field: string, value: string): boolean {
  return UUID.test(value) || /(Id|Ids|By)$/.test(field);
}

/**
 * Free-text fields of records merged by fields whose value still passes the kind's schema with either device's
 * suffix appended (both, for margin): enums, ids, dates and patterned values drop out. Spread over as many
 * records as possible: the first editable field of every record, then the second of every record, and so on.
 */
export function planFieldEdits(records: readonly DemoRecord[], count: number): FieldEdit[] {
  const perRecord: FieldEdit[][] = [];
  for (const record of records) {
    const definition = recordDefinitions[record.kind];
    if (definition.merge !== 'fields') continue;
    const data = record.data as Record<string, unknown>;
    const candidates: FieldEdit[] = [];
    for (const [field, value] of Object.entries(data)) {
      if (typeof value !== 'string' || isReference(field, value)) continue;
      const longest = `${value}${EDIT_SUFFIXES[0]}${EDIT_SUFFIXES[1]}`;
      if (!definition.schema.safeParse({ ...data, [field]: longest }).success) continue;
      candidates.push({ kind: record.kind, id: record.meta.id, field, original: value });
    }
    perRecord.push(candidates);
  }
  const edits: FieldEdit[] = [];
  for (let rank = 0; perRecord.some((candidates) => candidates.length > rank); rank++) {
    for (const candidates of perRecord) {
      const edit = candidates[rank];
      if (edit === undefined) continue;
      edits.push(edit);
      if (edits.length === count) return edits;
    }
  }
  throw new Error(`only ${edits.length} editable text fields in the generated records; the benchmark needs ${count}`);
}

function pouchDocFor(change: Change): PouchRecordDoc {
  if (change.op === 'delete') throw new Error('the seed holds no deletions');
  return { _id: change.recordId, kind: change.kind, caseId: change.caseId, data: change.fields };
}

export function makeSyncBenchData(nowMs: number = Date.now()): SyncBenchData {
  const directory = generateDemoDirectory({ seed: SEED, today: TODAY });
  const agencies = directory.records.filter((record) => record.kind === 'agency');
  const caseRecords = generateDemoRecords({
    seed: SEED,
    count: SYNC_BENCH_RECORDS,
    practitionerIds: [BENCH_PRACTITIONER.id],
    agencyIds: directory.agencyIdsByKey,
    today: TODAY,
  });
  const serverChanges = caseChanges([...agencies, ...caseRecords], nowMs);
  return {
    caseRecords,
    serverChanges,
    pouchDocs: [...directorySeedChanges(), ...serverChanges].map(pouchDocFor),
    edits: planFieldEdits(caseRecords, SYNC_BENCH_EDITS),
  };
}

import { SCHEMA_VERSION, type RecordMeta } from '../recordMeta';
import type { RecordData, RecordKind } from '../records/registry';
import { seededUuidv7 } from './seededIds';
import type { SeededRandom } from './seededRandom';

/** A record as the data layer stores it: its kind, its data (valid against the kind's schema) and its metadata. */
export type DemoRecord = { [K in RecordKind]: { kind: K; data: RecordData<K>; meta: RecordMeta } }[RecordKind];

/** A demo device id: it is also an HLC node id, so it must fit that pattern. */
export const DEMO_DEVICE_ID = 'demo-device-0001';

/** A working-hours time on `date`, so records look typed during a visit rather than at midnight. */
export function demoTimestamp(random: SeededRandom, date: string): string {
  const hour = String(random.int(8, 17)).padStart(2, '0');
  const minute = String(random.int(0, 59)).padStart(2, '0');
  const second = String(random.int(0, 59)).padStart(2, '0');
  return `${date}T${hour}:${minute}:${second}.000Z`;
}

/**
 * Makes the records of one case (or of the directory), drawing ids and times from the seeded
 * generator so the same seed always produces the same records.
 */
export class DemoRecordWriter {
  readonly records: DemoRecord[] = [];

  constructor(
    private readonly random: SeededRandom,
    readonly caseId: string,
    private readonly deviceId: string,
  ) {}

  /** A fresh id for a record created on `date` (time-ordered like a real UUIDv7). */
  idOn(date: string): { id: string; at: string } {
    const at = demoTimestamp(this.random, date);
    return { id: seededUuidv7(this.random, Date.parse(at)), at };
  }

  add<K extends RecordKind>(
    kind: K,
    data: RecordData<K>,
    options: { on: string; by: string; id?: { id: string; at: string }; updatedOn?: string },
  ): string {
    const { id, at } = options.id ?? this.idOn(options.on);
    const updatedAt =
      options.updatedOn && options.updatedOn > options.on ? demoTimestamp(this.random, options.updatedOn) : at;
    const meta: RecordMeta = {
      id,
      caseId: this.caseId,
      schemaVersion: SCHEMA_VERSION,
      createdAt: at,
      createdBy: options.by,
      createdDevice: this.deviceId,
      updatedAt,
      updatedBy: options.by,
    };
    this.records.push({ kind, data, meta } as DemoRecord);
    return id;
  }
}

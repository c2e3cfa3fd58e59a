import type { AppendChange, DeleteChange, SetChange } from '../../../src/domain/change';
import { formatHlc, tick, type HlcState } from '../../../src/domain/hlc';
import { newId } from '../../../src/domain/ids';
import type { RecordKind } from '../../../src/domain/records/registry';
import { PROTOCOL_VERSION } from '../../../src/domain/syncProtocol';
import { SCHEMA_VERSION } from '../../../src/domain/recordMeta';

/** A stand-in for a tablet's outbox: stamps changes with its device id, gap-free seq and an HLC. */
export class TestDevice {
  seq = 0;
  private clock: HlcState;

  constructor(
    readonly deviceId: string,
    readonly author: string,
  ) {
    this.clock = { wallMs: Date.now(), counter: 0, node: deviceId };
  }

  private stamp() {
    this.clock = tick(this.clock, Date.now());
    this.seq += 1;
    return {
      deviceId: this.deviceId,
      seq: this.seq,
      hlc: formatHlc(this.clock),
      author: this.author,
      schemaVersion: SCHEMA_VERSION,
    };
  }

  set(
    kind: RecordKind,
    recordId: string,
    caseId: string,
    fields: Record<string, unknown>,
    base: Record<string, string | null> = {},
  ): SetChange {
    const fullBase = { ...Object.fromEntries(Object.keys(fields).map((f) => [f, null])), ...base };
    return { ...this.stamp(), op: 'set', kind, recordId, caseId, fields, base: fullBase };
  }

  append(kind: RecordKind, recordId: string, caseId: string, fields: Record<string, unknown>): AppendChange {
    return { ...this.stamp(), op: 'append', kind, recordId, caseId, fields };
  }

  delete(kind: RecordKind, recordId: string, caseId: string, base: string | null): DeleteChange {
    return { ...this.stamp(), op: 'delete', kind, recordId, caseId, base };
  }

  envelope() {
    return { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION, deviceId: this.deviceId };
  }
}

export function newDeviceId(): string {
  return `dev${newId().replace(/-/g, '').slice(-20)}`;
}

/** A minimal valid new case: the child and the episode naming its members. */
export function newCaseChanges(
  device: TestDevice,
  members: { assessorId: string; tacMemberIds?: string[] },
): { caseId: string; childId: string; changes: SetChange[] } {
  const caseId = newId();
  const childId = newId();
  const episode = device.set('episode', caseId, caseId, {
    status: 'enquiry',
    childIds: [childId],
    enquiryDate: '2026-01-10',
    assessorId: members.assessorId,
    tacMemberIds: members.tacMemberIds ?? [],
  });
  const child = device.set('child', childId, caseId, {
    firstName: 'Testchild',
    lastName: 'Synthetic',
    unborn: false,
    dateOfBirth: '2022-03-04',
  });
  return { caseId, childId, changes: [episode, child] };
}

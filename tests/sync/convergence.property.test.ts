import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyWrites, createRecord, deleteRecord, updateRecord } from '../../src/db';
import { deviceIdentity } from '../../src/db/sync';
import type { Change } from '../../src/domain/change';
import { newId } from '../../src/domain/ids';
import { teamConsentFields } from '../../sync-server/src/testSupport/consentChanges';
import type { PulledRecord } from '../../src/domain/syncProtocol';
import { syncOnce } from '../../src/sync/syncEngine';
import {
  HEALTH_VISITOR,
  InProcessServer,
  makeTemplate,
  requestJson,
  SCHOOL_WORKER,
  SimulatedDevice,
} from './syncHarness';

/**
 * Several devices edit one family's case offline, sync in random orders through a network that
 * drops, duplicates and holds back requests, while the server restarts. Afterwards every replica
 * must hold the same state, and every change must be the current value or a kept conflict,
 * unless someone who had seen it replaced it.
 */
const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? (process.env.CI ? 1000 : 100));
const SEED = Number(process.env.SYNC_PROPERTY_SEED ?? 20261123);
const DEVICES = 3;

type Fault = 'none' | 'dropRequest' | 'dropResponse' | 'duplicate' | 'hold';
type Target = { record: 'episode' | 'child'; field: string };
const TARGETS: Target[] = [
  { record: 'episode', field: 'reasonForEnquiry' },
  { record: 'episode', field: 'concernRaisedBy' },
  { record: 'child', field: 'communicationNeeds' },
  { record: 'child', field: 'alternativeNames' },
  { record: 'child', field: 'disability' },
];

type Command =
  | { type: 'edit'; device: number; target: number; value: string }
  | { type: 'note'; device: number; text: string }
  | { type: 'addMember'; device: number; name: string }
  | { type: 'removeMember'; device: number; pick: number }
  | { type: 'sync'; device: number; fault: Fault; faultAt: number }
  | { type: 'deliverHeld' }
  | { type: 'restart' };

const device = fc.nat(DEVICES - 1);
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('edit' as const),
      device,
      target: fc.nat(TARGETS.length - 1),
      value: fc.constantFrom('', 'a', 'b', 'note', 'Zoë’s words', 'x'.repeat(30)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('note' as const),
      device,
      text: fc.string({ minLength: 1, maxLength: 12 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('addMember' as const),
      device,
      name: fc.constantFrom('Aunt Demo', 'Grandad Demo'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('removeMember' as const), device, pick: fc.nat(5) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('sync' as const),
      device,
      fault: fc.constantFrom<Fault>('none', 'none', 'dropRequest', 'dropResponse', 'duplicate', 'hold'),
      faultAt: fc.nat(2),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'deliverHeld' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'restart' as const }) },
);

interface Held {
  input: RequestInfo | URL;
  init: RequestInit | undefined;
}

/** A network that misbehaves on one request of a sync, as a lift or a basement would. */
function faultyFetch(
  server: InProcessServer,
  fault: Fault,
  faultAt: number,
  held: Held[],
  sent: Change[],
): typeof fetch {
  let index = 0;
  return async (input, init) => {
    const body = requestJson(init) as { changes?: Change[] };
    const mine = index++ === faultAt ? fault : 'none';
    if (mine === 'dropRequest') throw new TypeError('network down before sending');
    if (mine === 'hold') {
      held.push({ input, init });
      throw new TypeError('request timed out (it may arrive later)');
    }
    if (body.changes) sent.push(...body.changes);
    const response = await server.fetch(input, init);
    if (mine === 'dropResponse') throw new TypeError('connection lost before the reply');
    if (mine === 'duplicate') return server.fetch(input, init);
    return response;
  };
}

async function pullEverything(server: InProcessServer, token: string, caseId: string): Promise<PulledRecord[]> {
  const records: PulledRecord[] = [];
  let since = 0;
  for (;;) {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        protocolVersion: 1,
        schemaVersion: 1,
        deviceId: 'dpropertyreader',
        since,
        limit: 500,
        caseIds: [caseId],
      },
    });
    const page = response.json() as { records: PulledRecord[]; checkpoint: number; hasMore: boolean };
    records.push(...page.records);
    since = page.checkpoint;
    if (!page.hasMore) return records;
  }
}

function snapshot(
  records: Array<{ id: string; kind: string; data: unknown; versions: unknown; deleted: boolean | number }>,
) {
  return Object.fromEntries(
    [...records]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => [r.id, { kind: r.kind, data: r.data, versions: r.versions, deleted: Boolean(r.deleted) }]),
  );
}

describe('sync convergence under faults (property-based, real client engine against the real server)', () => {
  let template: Awaited<ReturnType<typeof makeTemplate>>;
  beforeAll(async () => {
    template = await makeTemplate();
  });
  afterAll(() => template.cleanup());

  it(
    `all replicas converge and no acknowledged change is lost (${RUNS} runs, seed ${SEED})`,
    async () => {
      console.log(`sync convergence property: ${RUNS} runs, seed ${SEED} (replay with SYNC_PROPERTY_SEED)`);
      let totalCommands = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(commandArb, { minLength: 50, maxLength: 60 }), async (commands) => {
          totalCommands += commands.length;
          const server = await InProcessServer.start(template.file);
          const devices = [
            new SimulatedDevice(HEALTH_VISITOR.email),
            new SimulatedDevice(HEALTH_VISITOR.email),
            new SimulatedDevice(SCHOOL_WORKER.email),
          ];
          const held: Held[] = [];
          const sent: Change[] = [];
          try {
            for (const d of devices) await d.signIn(server, template.logins.get(d.email));
            // The health visitor opens a case with the school worker in the team, and everyone syncs.
            const [first] = devices as [SimulatedDevice];
            first.activate();
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
                  enquiryDate: '2026-11-02',
                  assessorId: HEALTH_VISITOR.id,
                  tacMemberIds: [SCHOOL_WORKER.id],
                },
              },
              {
                op: 'create',
                kind: 'child',
                caseId,
                id: childId,
                data: { firstName: 'Ada', lastName: 'Propertytest', unborn: false, dateOfBirth: '2018-04-02' },
              },
              // The family's written consent lets the school worker's device receive the case (issue 6).
              {
                op: 'create',
                kind: 'consentEvent',
                caseId,
                id: newId(),
                data: teamConsentFields(HEALTH_VISITOR.id, await deviceIdentity()),
              },
            ]);
            for (const d of devices) {
              d.activate();
              await syncOnce(d.transport(faultyFetch(server, 'none', 0, held, sent)));
            }
            const members: string[][] = devices.map(() => []);

            for (const command of commands) {
              switch (command.type) {
                case 'edit': {
                  const d = devices[command.device] as SimulatedDevice;
                  d.activate();
                  const target = TARGETS[command.target] as Target;
                  await updateRecord(target.record, target.record === 'episode' ? caseId : childId, {
                    [target.field]: command.value,
                  });
                  break;
                }
                case 'note': {
                  (devices[command.device] as SimulatedDevice).activate();
                  await createRecord('auditEvent', caseId, {
                    action: 'note',
                    detail: command.text,
                    at: new Date().toISOString(),
                  });
                  break;
                }
                case 'addMember': {
                  (devices[command.device] as SimulatedDevice).activate();
                  const id = await createRecord('familyMember', caseId, {
                    householdId: 'household',
                    name: command.name,
                    relationship: 'Relative',
                    parentalResponsibility: 'no',
                  });
                  members[command.device]?.push(id);
                  break;
                }
                case 'removeMember': {
                  const list = members[command.device] ?? [];
                  const id = list[command.pick % Math.max(1, list.length)];
                  if (!id) break;
                  (devices[command.device] as SimulatedDevice).activate();
                  const still = await (devices[command.device] as SimulatedDevice).db.records.get(id);
                  if (still && still.deleted === 0) await deleteRecord('familyMember', id);
                  break;
                }
                case 'sync': {
                  const d = devices[command.device] as SimulatedDevice;
                  d.activate();
                  await syncOnce(d.transport(faultyFetch(server, command.fault, command.faultAt, held, sent))).catch(
                    () => undefined,
                  );
                  break;
                }
                case 'deliverHeld': {
                  for (const request of held.splice(0)) await server.fetch(request.input, request.init);
                  break;
                }
                case 'restart':
                  await server.restart();
                  break;
              }
            }

            // The network heals: late requests arrive, then every device syncs until quiet.
            for (const request of held.splice(0)) await server.fetch(request.input, request.init);
            for (let round = 0; round < 3; round++)
              for (const d of devices) {
                d.activate();
                await syncOnce(d.transport(faultyFetch(server, 'none', 0, held, sent)));
              }

            const truth = await pullEverything(server, devices[0]?.token ?? '', caseId);
            const expected = snapshot(truth);
            for (const d of devices) {
              expect(await d.db.outbox.count()).toBe(0);
              expect(await d.db.rejected.count()).toBe(0);
              const local = await d.db.records.where('caseId').equals(caseId).toArray();
              expect(snapshot(local)).toEqual(expected);
            }

            // Every change is the current value, or a kept conflict side, unless replaced by someone who saw it.
            const byId = new Map(truth.map((r) => [r.id, r]));
            const conflicts = truth.filter((r) => r.kind === 'conflict');
            const seenAsBase = new Set<string>();
            for (const change of sent)
              if (change.op === 'set')
                for (const base of Object.values(change.base)) if (base) seenAsBase.add(`${change.recordId}:${base}`);
            for (const change of sent) {
              if (change.op === 'append') {
                expect(byId.get(change.recordId)?.data).toEqual(change.fields);
                continue;
              }
              if (change.op !== 'set' || change.kind === 'conflict') continue;
              for (const [field, value] of Object.entries(change.fields)) {
                const record = byId.get(change.recordId);
                if (record?.versions[field] === change.hlc) {
                  expect(record.data[field] ?? null).toEqual(value);
                  continue;
                }
                const replacedByOneWhoSawIt = [...sent].some(
                  (other) =>
                    other.op === 'set' && other.recordId === change.recordId && other.base[field] === change.hlc,
                );
                if (replacedByOneWhoSawIt) continue;
                const kept = conflicts.some(
                  (c) =>
                    c.data.recordId === change.recordId &&
                    c.data.field === field &&
                    (c.data.candidates as Array<{ hlc: string; value: unknown }>).some(
                      (candidate) =>
                        candidate.hlc === change.hlc &&
                        JSON.stringify(candidate.value ?? null) === JSON.stringify(value ?? null),
                    ),
                );
                expect(kept, `change ${change.hlc} to ${change.kind}.${field} is neither current nor kept`).toBe(true);
              }
            }
          } finally {
            for (const d of devices) await d.destroy();
            await server.stop();
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      console.log(`sync convergence property: passed ${RUNS} runs, ${totalCommands} commands, seed ${SEED}`);
    },
    30 * 60_000,
  );
});

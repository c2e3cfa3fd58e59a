import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Change, DeleteChange, SetChange } from './change';
import { formatHlc, parseHlc, receive, tick, type HlcState } from './hlc';
import { applyChange, CONFLICT_KIND, type ConflictData, type MergedRecord, type MergeOutcome } from './merge';

const CASE_ID = '01900000-0000-7000-8000-000000000001';
const RECORD_ID = '01900000-0000-7000-8000-0000000000aa';
const AUTHOR_A = '01900000-0000-7000-8000-00000000000a';
const AUTHOR_B = '01900000-0000-7000-8000-00000000000b';

function hlc(wallMs: number, node: string, counter = 0): string {
  return formatHlc({ wallMs: 1_700_000_000_000 + wallMs, counter, node });
}

const seqByDevice = new Map<string, number>();
function nextSeq(deviceId: string): number {
  const seq = (seqByDevice.get(deviceId) ?? 0) + 1;
  seqByDevice.set(deviceId, seq);
  return seq;
}

function set(
  at: string,
  fields: Record<string, unknown>,
  base: Record<string, string | null>,
  author = AUTHOR_A,
  recordId = RECORD_ID,
): SetChange {
  const deviceId = parseHlc(at).node;
  return {
    op: 'set',
    deviceId,
    seq: nextSeq(deviceId),
    hlc: at,
    author,
    schemaVersion: 1,
    kind: 'household',
    recordId,
    caseId: CASE_ID,
    fields,
    base,
  };
}

function del(at: string, base: string | null, author = AUTHOR_A): DeleteChange {
  const deviceId = parseHlc(at).node;
  return {
    op: 'delete',
    deviceId,
    seq: nextSeq(deviceId),
    hlc: at,
    author,
    schemaVersion: 1,
    kind: 'household',
    recordId: RECORD_ID,
    caseId: CASE_ID,
    base,
  };
}

let conflictCounter = 0;
const conflictId = () => `conflict-${++conflictCounter}`;

/** A tiny in-memory server: records by id and conflicts by id, applying changes in the order given. */
class State {
  records = new Map<string, MergedRecord>();
  conflicts = new Map<string, MergedRecord>();
  outcomes: MergeOutcome[] = [];

  apply(change: Change, mode: 'fields' | 'append' = 'fields'): MergeOutcome {
    const current = this.records.get(change.recordId);
    const conflicts = [...this.conflicts.values()].filter((c) => (c.data as ConflictData).recordId === change.recordId);
    const outcome = applyChange({ current, change, mode, conflicts, newConflictId: conflictId });
    if (outcome.status === 'applied') {
      this.records.set(outcome.record.id, outcome.record);
      for (const conflict of outcome.conflicts) this.conflicts.set(conflict.id, conflict);
    }
    this.outcomes.push(outcome);
    return outcome;
  }

  record(id = RECORD_ID): MergedRecord {
    const record = this.records.get(id);
    if (!record) throw new Error('no record');
    return record;
  }

  openConflicts(): ConflictData[] {
    return [...this.conflicts.values()].map((c) => c.data as ConflictData).filter((c) => c.status === 'open');
  }
}

describe('merge of field edits', () => {
  it('applies a follow-up edit based on the current version without any conflict', () => {
    const s = new State();
    const first = hlc(1, 'deviceAAA');
    s.apply(set(first, { notes: 'first' }, { notes: null }));
    s.apply(set(hlc(2, 'deviceBBB'), { notes: 'second' }, { notes: first }, AUTHOR_B));
    expect(s.record().data).toEqual({ notes: 'second' });
    expect(s.record().versions['notes']).toBe(hlc(2, 'deviceBBB'));
    expect(s.record().meta.fieldAuthors['notes']).toBe(AUTHOR_B);
    expect(s.openConflicts()).toEqual([]);
  });

  it('applies edits to different fields of the same record both', () => {
    const s = new State();
    const created = hlc(1, 'deviceAAA');
    s.apply(set(created, { notes: 'n', phone: '1' }, {}));
    s.apply(set(hlc(5, 'deviceAAA'), { notes: 'from A' }, { notes: created }));
    s.apply(set(hlc(4, 'deviceBBB'), { phone: '0123' }, { phone: created }, AUTHOR_B));
    expect(s.record().data).toEqual({ notes: 'from A', phone: '0123' });
    expect(s.openConflicts()).toEqual([]);
  });

  it('keeps both edits when two practitioners change the same field concurrently: higher HLC wins, the other is a conflict', () => {
    const s = new State();
    const created = hlc(1, 'deviceAAA');
    s.apply(set(created, { notes: 'original' }, {}));
    s.apply(set(hlc(10, 'deviceBBB'), { notes: 'B says' }, { notes: created }, AUTHOR_B));
    s.apply(set(hlc(5, 'deviceAAA'), { notes: 'A says' }, { notes: created }));
    expect(s.record().data['notes']).toBe('B says');
    const [conflict] = s.openConflicts();
    expect(conflict?.field).toBe('notes');
    expect(conflict?.recordKind).toBe('household');
    expect(conflict?.recordId).toBe(RECORD_ID);
    expect(conflict?.candidates).toEqual([
      {
        value: 'A says',
        author: AUTHOR_A,
        deviceId: 'deviceAAA',
        hlc: hlc(5, 'deviceAAA'),
        at: new Date(1_700_000_000_005).toISOString(),
      },
      {
        value: 'B says',
        author: AUTHOR_B,
        deviceId: 'deviceBBB',
        hlc: hlc(10, 'deviceBBB'),
        at: new Date(1_700_000_000_010).toISOString(),
      },
    ]);
  });

  it('keeps the replaced value as the conflict when the later-arriving concurrent edit wins', () => {
    const s = new State();
    const created = hlc(1, 'deviceAAA');
    s.apply(set(created, { notes: 'original' }, {}));
    s.apply(set(hlc(5, 'deviceAAA'), { notes: 'A says' }, { notes: created }));
    s.apply(set(hlc(10, 'deviceBBB'), { notes: 'B says' }, { notes: created }, AUTHOR_B));
    expect(s.record().data['notes']).toBe('B says');
    expect(s.openConflicts()[0]?.candidates.map((c) => [c.value, c.author])).toEqual([
      ['A says', AUTHOR_A],
      ['B says', AUTHOR_B],
    ]);
  });

  it('adds a third concurrent value to the open conflict instead of opening another', () => {
    const s = new State();
    s.apply(set(hlc(1, 'deviceAAA'), { notes: 'a' }, {}));
    s.apply(set(hlc(2, 'deviceBBB'), { notes: 'b' }, {}, AUTHOR_B));
    s.apply(set(hlc(3, 'deviceCCC'), { notes: 'c' }, {}, AUTHOR_B));
    expect(s.record().data['notes']).toBe('c');
    expect(s.openConflicts()).toHaveLength(1);
    expect(s.openConflicts()[0]?.candidates.map((c) => c.value)).toEqual(['a', 'b', 'c']);
  });

  it('opens a new conflict once the earlier one is resolved', () => {
    const s = new State();
    s.apply(set(hlc(1, 'deviceAAA'), { notes: 'a' }, {}));
    s.apply(set(hlc(2, 'deviceBBB'), { notes: 'b' }, {}, AUTHOR_B));
    const [first] = [...s.conflicts.values()];
    if (!first) throw new Error('expected a conflict');
    s.conflicts.set(first.id, { ...first, data: { ...first.data, status: 'resolved' } });
    s.apply(set(hlc(3, 'deviceCCC'), { notes: 'c' }, { notes: hlc(1, 'deviceAAA') }, AUTHOR_B));
    expect(s.conflicts.size).toBe(2);
    expect(s.openConflicts()[0]?.candidates.map((c) => c.value)).toEqual(['b', 'c']);
  });

  it('drops a kept candidate when its own author edits on top of it', () => {
    const s = new State();
    const a1 = hlc(1, 'deviceAAA');
    s.apply(set(hlc(5, 'deviceBBB'), { notes: 'b' }, {}, AUTHOR_B));
    s.apply(set(a1, { notes: 'a1' }, {}));
    expect(s.openConflicts()[0]?.candidates.map((c) => c.value)).toEqual(['a1', 'b']);
    s.apply(set(hlc(3, 'deviceAAA'), { notes: 'a2' }, { notes: a1 }));
    expect(s.openConflicts()[0]?.candidates.map((c) => c.value)).toEqual(['a2', 'b']);
  });

  it('puts a follow-up of the current value in its place in the open conflict', () => {
    const s = new State();
    const b = hlc(5, 'deviceBBB');
    s.apply(set(hlc(1, 'deviceAAA'), { notes: 'a' }, {}));
    s.apply(set(b, { notes: 'b' }, {}, AUTHOR_B));
    s.apply(set(hlc(6, 'deviceBBB'), { notes: 'b2' }, { notes: b }, AUTHOR_B));
    expect(s.record().data['notes']).toBe('b2');
    expect(s.openConflicts()[0]?.candidates.map((c) => c.value)).toEqual(['a', 'b2']);
  });

  it('refuses to resolve a conflict when a version was added since the resolver looked', () => {
    const s = new State();
    s.apply(set(hlc(1, 'deviceAAA'), { notes: 'a' }, {}));
    s.apply(set(hlc(2, 'deviceBBB'), { notes: 'b' }, {}, AUTHOR_B));
    const [conflict] = [...s.conflicts.values()];
    if (!conflict) throw new Error('expected a conflict');
    const seen = conflict.versions['candidates'] ?? null;
    s.apply(set(hlc(3, 'deviceCCC'), { notes: 'c' }, {}, AUTHOR_B));
    const resolve: SetChange = {
      ...set(
        hlc(4, 'deviceAAA'),
        { status: 'resolved' },
        { status: conflict.versions['status'] ?? null, candidates: seen },
      ),
      kind: 'conflict',
      recordId: conflict.id,
    };
    expect(
      applyChange({ current: s.conflicts.get(conflict.id), change: resolve, mode: 'fields', conflicts: [] }),
    ).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/Another version was added/),
    });
    const current = s.conflicts.get(conflict.id);
    const fresh = {
      ...resolve,
      base: { status: conflict.versions['status'] ?? null, candidates: current?.versions['candidates'] ?? null },
    };
    expect(applyChange({ current, change: fresh, mode: 'fields', conflicts: [] }).status).toBe('applied');
  });

  it('is idempotent: the same change twice changes nothing', () => {
    const s = new State();
    const change = set(hlc(1, 'deviceAAA'), { notes: 'a' }, {});
    s.apply(change);
    const before = structuredClone(s.record());
    expect(s.apply(change).status).toBe('unchanged');
    expect(s.record()).toEqual(before);
    s.apply(set(hlc(0, 'deviceBBB'), { notes: 'b' }, {}, AUTHOR_B));
    const loser = set(hlc(0, 'deviceBBB'), { notes: 'b' }, {}, AUTHOR_B);
    expect(s.apply(loser).status).toBe('unchanged');
    expect(s.openConflicts()[0]?.candidates).toHaveLength(2);
  });

  it('clears a field set to null and keeps its version', () => {
    const s = new State();
    const first = hlc(1, 'deviceAAA');
    s.apply(set(first, { notes: 'a', phone: '1' }, {}));
    s.apply(set(hlc(2, 'deviceAAA'), { phone: null }, { phone: first }));
    expect(s.record().data).toEqual({ notes: 'a' });
    expect(s.record().versions['phone']).toBe(hlc(2, 'deviceAAA'));
  });

  it('rejects a change whose merged record fails validation, and says why', () => {
    const outcome = applyChange({
      current: undefined,
      change: set(hlc(1, 'deviceAAA'), { notes: 42 }, {}),
      mode: 'fields',
      conflicts: [],
      validate: (_kind, data) => (typeof data['notes'] === 'string' ? undefined : 'notes: Expected text'),
    });
    expect(outcome).toEqual({ status: 'rejected', reason: 'notes: Expected text' });
  });

  it('rejects moving a record to another case', () => {
    const s = new State();
    s.apply(set(hlc(1, 'deviceAAA'), { notes: 'a' }, {}));
    const moved = { ...set(hlc(2, 'deviceAAA'), { notes: 'b' }, {}), caseId: '01900000-0000-7000-8000-000000000999' };
    expect(s.apply(moved)).toMatchObject({ status: 'rejected', reason: 'This record belongs to another case.' });
  });

  it('keeps created metadata from the earliest change and updated metadata from the latest, whatever the order', () => {
    const s = new State();
    s.apply(set(hlc(9, 'deviceBBB'), { notes: 'b' }, {}, AUTHOR_B));
    s.apply(set(hlc(1, 'deviceAAA'), { phone: '1' }, {}));
    const { meta } = s.record();
    expect([meta.createdBy, meta.createdDevice, meta.createdAt]).toEqual([
      AUTHOR_A,
      'deviceAAA',
      new Date(1_700_000_000_001).toISOString(),
    ]);
    expect([meta.updatedBy, meta.updatedAt]).toEqual([AUTHOR_B, new Date(1_700_000_000_009).toISOString()]);
  });
});

describe('merge of deletions', () => {
  it('deletes a record when the deleting device had seen every edit', () => {
    const s = new State();
    const first = hlc(1, 'deviceAAA');
    s.apply(set(first, { notes: 'a' }, {}));
    s.apply(del(hlc(2, 'deviceBBB'), first, AUTHOR_B));
    expect(s.record().deleted).toBe(true);
    expect(s.record().data).toEqual({ notes: 'a' });
    expect(s.record().meta.tombstone?.author).toBe(AUTHOR_B);
  });

  it('does not let a deletion beat an edit it had not seen (edit arrives later), and says why', () => {
    const s = new State();
    const first = hlc(1, 'deviceAAA');
    s.apply(set(first, { notes: 'a' }, {}));
    s.apply(del(hlc(3, 'deviceBBB'), first, AUTHOR_B));
    expect(s.record().deleted).toBe(true);
    s.apply(set(hlc(2, 'deviceAAA'), { notes: 'still needed' }, { notes: first }));
    expect(s.record().deleted).toBe(false);
    expect(s.record().data['notes']).toBe('still needed');
    expect(s.record().meta.deleteOverruled?.by).toBe(AUTHOR_B);
    expect(s.record().meta.deleteOverruled?.reason).toMatch(/edited at the same time/);
  });

  it('does not let a deletion beat an edit it had not seen (edit arrived first)', () => {
    const s = new State();
    const first = hlc(1, 'deviceAAA');
    s.apply(set(first, { notes: 'a' }, {}));
    s.apply(set(hlc(2, 'deviceAAA'), { notes: 'still needed' }, { notes: first }));
    s.apply(del(hlc(3, 'deviceBBB'), first, AUTHOR_B));
    expect(s.record().deleted).toBe(false);
    expect(s.record().meta.deleteOverruled).toBeDefined();
  });

  it('rejects deleting a record that does not exist', () => {
    expect(new State().apply(del(hlc(1, 'deviceAAA'), null)).status).toBe('rejected');
  });

  it('treats the same deletion twice as unchanged', () => {
    const s = new State();
    const first = hlc(1, 'deviceAAA');
    s.apply(set(first, { notes: 'a' }, {}));
    const deletion = del(hlc(2, 'deviceAAA'), first);
    s.apply(deletion);
    expect(s.apply(deletion).status).toBe('unchanged');
  });
});

describe('merge of append-only records', () => {
  const appendChange = (at: string): Change => ({
    op: 'append',
    deviceId: parseHlc(at).node,
    seq: 1,
    hlc: at,
    author: AUTHOR_A,
    schemaVersion: 1,
    kind: 'auditEvent',
    recordId: RECORD_ID,
    caseId: CASE_ID,
    fields: { action: 'viewed', at: '2026-01-01T10:00:00Z' },
  });

  it('inserts once and treats a replay as unchanged', () => {
    const s = new State();
    const change = appendChange(hlc(1, 'deviceAAA'));
    expect(s.apply(change, 'append').status).toBe('applied');
    expect(s.apply(change, 'append').status).toBe('unchanged');
    expect(s.record().data).toEqual({ action: 'viewed', at: '2026-01-01T10:00:00Z' });
  });

  it('rejects a second, different append with the same id, an edit and a delete', () => {
    const s = new State();
    s.apply(appendChange(hlc(1, 'deviceAAA')), 'append');
    expect(s.apply(appendChange(hlc(2, 'deviceBBB')), 'append').status).toBe('rejected');
    const edit = { ...set(hlc(3, 'deviceAAA'), { action: 'x' }, {}), kind: 'auditEvent' as const };
    expect(s.apply(edit, 'append')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/append-only/) });
    const deletion = { ...del(hlc(4, 'deviceAAA'), null), kind: 'auditEvent' as const };
    expect(s.apply(deletion, 'append').status).toBe('rejected');
    expect(s.conflicts.size).toBe(0);
  });

  it('rejects an append to a kind edited field by field', () => {
    const change = { ...appendChange(hlc(1, 'deviceAAA')), kind: 'household' as const };
    expect(new State().apply(change, 'fields').status).toBe('rejected');
  });
});

// ---------------------------------------------------------------------------------------------
// Convergence, property-based. Devices edit a few records offline, sync at random moments; the
// changes they made are then replayed in many different orders a server could have received them
// in (each device's own order kept, and every change after what its device had seen). Every order
// must give the same state, and every edit nobody built upon must be the current value or a kept
// conflict candidate.

const FIELDS = ['notes', 'phone', 'postcode'] as const;
const RECORD_IDS = ['01900000-0000-7000-8000-0000000000r1', '01900000-0000-7000-8000-0000000000r2'] as const;
const DEVICES = ['deviceAAA', 'deviceBBB', 'deviceCCC'] as const;

type Command =
  | { type: 'edit'; device: number; record: number; field: number; value: string; advanceMs: number }
  | { type: 'delete'; device: number; record: number; advanceMs: number }
  | { type: 'sync'; device: number };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('edit' as const),
      device: fc.nat(DEVICES.length - 1),
      record: fc.nat(RECORD_IDS.length - 1),
      field: fc.nat(FIELDS.length - 1),
      value: fc.string({ maxLength: 4 }),
      advanceMs: fc.nat(3),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('delete' as const),
      device: fc.nat(DEVICES.length - 1),
      record: fc.nat(RECORD_IDS.length - 1),
      advanceMs: fc.nat(3),
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('sync' as const), device: fc.nat(DEVICES.length - 1) }) },
);

interface MadeChange {
  change: Change;
  /** Indexes of changes that must come before this one (everything its device had seen). */
  after: Set<number>;
}

/** Runs the commands against one server, as they happened, and returns every change with what it depended on. */
function simulate(commands: Command[]): MadeChange[] {
  const server = new State();
  const made: MadeChange[] = [];
  const serverLog: number[] = [];
  const devices = DEVICES.map((node) => ({
    clock: { wallMs: 1_700_000_000_000, counter: 0, node } as HlcState,
    now: 1_700_000_000_000,
    seq: 0,
    view: new Map<string, MergedRecord>(),
    pending: [] as number[],
    seen: new Set<number>(),
    own: [] as number[],
  }));
  const author = (device: number) => (device % 2 === 0 ? AUTHOR_A : AUTHOR_B);

  for (const command of commands) {
    const device = devices[command.device];
    if (!device) continue;
    if (command.type === 'sync') {
      for (const index of device.pending) {
        const entry = made[index];
        if (!entry) continue;
        server.apply(entry.change);
        serverLog.push(index);
      }
      device.pending = [];
      for (const index of serverLog) device.seen.add(index);
      device.view = new Map(server.records);
      for (const record of server.records.values()) {
        for (const version of Object.values(record.versions)) device.clock = receive(device.clock, version, device.now);
      }
      continue;
    }
    device.now += command.advanceMs;
    device.clock = tick(device.clock, device.now);
    const at = formatHlc(device.clock);
    const recordId = RECORD_IDS[command.record] as string;
    const local = device.view.get(recordId);
    const header = {
      deviceId: device.clock.node,
      seq: ++device.seq,
      hlc: at,
      author: author(command.device),
      schemaVersion: 1,
      kind: 'household' as const,
      recordId,
      caseId: CASE_ID,
    };
    let change: Change;
    if (command.type === 'edit') {
      const field = FIELDS[command.field] as string;
      change = {
        ...header,
        op: 'set',
        fields: { [field]: command.value },
        base: { [field]: local?.versions[field] ?? null },
      };
    } else {
      if (!local) {
        device.seq -= 1;
        continue;
      }
      const versions = Object.values(local.versions).sort();
      change = { ...header, op: 'delete', base: versions[versions.length - 1] ?? null };
    }
    const index = made.length;
    made.push({ change, after: new Set([...device.seen, ...device.own]) });
    device.own.push(index);
    device.pending.push(index);
    // The device's own view follows its own edits, as the local store does.
    if (change.op === 'set') {
      const outcome = applyChange({ current: local, change, mode: 'fields', conflicts: [] });
      if (outcome.status === 'applied') device.view.set(recordId, outcome.record);
    }
  }
  return made;
}

function shuffleCausally(made: MadeChange[], random: () => number): Change[] {
  const done = new Set<number>();
  const order: Change[] = [];
  while (done.size < made.length) {
    const ready = made
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry, index }) => !done.has(index) && [...entry.after].every((i) => done.has(i)));
    const pick = ready[Math.floor(random() * ready.length)];
    if (!pick) throw new Error('no change ready: dependency cycle');
    done.add(pick.index);
    order.push(pick.entry.change);
  }
  return order;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The state with conflict ids (which depend on arrival order) left out. */
function normalise(state: State) {
  const records = [...state.records.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => ({
      id: r.id,
      data: r.data,
      versions: r.versions,
      deleted: r.deleted,
      overruled: r.meta.deleteOverruled !== undefined,
      created: r.meta.createdHlc,
      updated: r.meta.updatedHlc,
      authors: r.meta.fieldAuthors,
    }));
  const conflicts = state
    .openConflicts()
    .map((c) => ({ recordId: c.recordId, field: c.field, candidates: c.candidates }))
    .sort((a, b) => `${a.recordId}/${a.field}`.localeCompare(`${b.recordId}/${b.field}`));
  return { records, conflicts };
}

const runs = Number(process.env['FC_RUNS'] ?? (process.env['CI'] ? 1000 : 300));
const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2 ** 31);

describe('merge convergence (property)', () => {
  it('gives the same state in every causal order and keeps every edit nobody built upon', { timeout: 120_000 }, () => {
    console.log(`merge convergence property: seed=${seed} runs=${runs} (replay with FC_SEED=${seed})`);
    fc.assert(
      fc.property(fc.array(commandArb, { minLength: 50, maxLength: 90 }), fc.integer(), (commands, orderSeed) => {
        const made = simulate(commands);
        const random = mulberry32(orderSeed);
        let reference: ReturnType<typeof normalise> | undefined;
        for (let attempt = 0; attempt < 4; attempt++) {
          const state = new State();
          for (const change of shuffleCausally(made, random)) state.apply(change);
          const normal = normalise(state);
          if (reference) expect(normal).toEqual(reference);
          else reference = normal;

          // Every set that no later set of the same field was based on survives somewhere.
          const sets = made.map((m) => m.change).filter((c): c is SetChange => c.op === 'set');
          for (const change of sets) {
            const [field] = Object.keys(change.fields) as [string];
            const builtUpon = sets.some((o) => o.recordId === change.recordId && o.base[field] === change.hlc);
            if (builtUpon) continue;
            const record = state.records.get(change.recordId);
            const isCurrent = record?.versions[field] === change.hlc;
            const isKept = state
              .openConflicts()
              .some(
                (c) =>
                  c.recordId === change.recordId &&
                  c.field === field &&
                  c.candidates.some((k) => k.hlc === change.hlc && k.value === change.fields[field]),
              );
            expect(isCurrent || isKept, `edit ${change.hlc} of ${field} lost`).toBe(true);
          }
          for (const conflict of state.conflicts.values()) {
            expect(conflict.kind).toBe(CONFLICT_KIND);
            const data = conflict.data as ConflictData;
            expect(data.candidates.length).toBeGreaterThanOrEqual(2);
            // The current value is always one side of its open conflict.
            expect(data.candidates.map((c) => c.hlc)).toContain(state.records.get(data.recordId)?.versions[data.field]);
          }
        }
      }),
      { seed, numRuns: runs },
    );
  });
});

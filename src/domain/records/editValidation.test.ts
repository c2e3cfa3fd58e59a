import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoRecords } from '../demo/caseloadGenerator';
import { generateDemoDirectory } from '../demo/directoryGenerator';
import { editKeepsRecordValid } from './editValidation';
import { RECORD_KINDS, recordDefinitions, type RecordKind } from './registry';

type Data = Record<string, unknown>;

const directory = generateDemoDirectory({ seed: 'edit-validation', today: '2026-11-02' });
const demo = [
  ...directory.records,
  ...generateDemoRecords({
    seed: 'edit-validation',
    count: 1_500,
    practitionerIds: ['01936b2a-0000-7000-8000-000000000001'],
    agencyIds: directory.agencyIdsByKey,
    today: '2026-11-02',
  }),
];

/** Conflicts are opened by the server, so the demo has none: one open and one resolved. */
const conflicts: Data[] = [
  {
    recordKind: 'assessment',
    recordId: 'r1',
    field: 'parentViews',
    candidates: [
      {
        value: 'Mornings are hard',
        author: 'p1',
        deviceId: 'deviceAAAA',
        hlc: '1770000000000-0000-deviceAAAA',
        at: '2026-02-02T10:00:00.000Z',
      },
      {
        value: 'Mornings are a struggle',
        author: 'p2',
        deviceId: 'deviceBBBB',
        hlc: '1770000000001-0000-deviceBBBB',
        at: '2026-02-02T10:00:00.001Z',
      },
    ],
    status: 'open',
  },
];
conflicts.push({
  ...conflicts[0],
  status: 'resolved',
  resolution: 'merged',
  resolvedBy: 'p1',
  resolvedAt: '2026-02-03T09:00:00Z',
});

const mergeableKinds = RECORD_KINDS.filter((kind) => recordDefinitions[kind].merge === 'fields');

/** Valid records of every mergeable kind, as a device or the server would hold them. */
const validRecords = new Map<RecordKind, Data[]>(
  mergeableKinds.map((kind) => {
    const records = kind === 'conflict' ? conflicts : demo.filter((r) => r.kind === kind).map((r) => r.data as Data);
    return [kind, records.filter((data) => recordDefinitions[kind].schema.safeParse(data).success)];
  }),
);

/** Values a field may be set to: what other records hold there, and what a careless or hostile device might send. */
function candidateValues(kind: RecordKind, field: string): unknown[] {
  const seen = (validRecords.get(kind) ?? []).map((data) => data[field]).filter((value) => value !== undefined);
  return [
    ...seen.slice(0, 6),
    null, // removes the field
    '',
    '   ',
    'x',
    'x'.repeat(10_001),
    '2026-02-30',
    '2026-03-01',
    '2026-03-01T09:00:00Z',
    'steppedUp',
    'resolved',
    'merged',
    'referToSocialCare',
    true,
    false,
    42,
    [],
    {},
  ];
}

const editArb = fc
  .constantFrom(...mergeableKinds.filter((kind) => (validRecords.get(kind) ?? []).length > 0))
  .chain((kind) => {
    const fields = Object.keys(recordDefinitions[kind].schema.shape);
    const records = validRecords.get(kind) ?? [];
    return fc.record({
      kind: fc.constant(kind),
      before: fc.constantFrom(...records),
      edits: fc.array(
        fc
          .constantFrom(...fields)
          .chain((field) =>
            fc.record({ field: fc.constant(field), value: fc.constantFrom(...candidateValues(kind, field)) }),
          ),
        { minLength: 1, maxLength: 3 },
      ),
    });
  });

/** What a merge does with an edit's fields: null removes a field, anything else sets it. */
function edited(before: Data, edits: readonly { field: string; value: unknown }[]): Data {
  const after = { ...before };
  for (const { field, value } of edits) {
    if (value === null) delete after[field];
    else after[field] = value;
  }
  return after;
}

describe('checking an edit for what it changed', () => {
  it('has valid records of every mergeable kind to edit', () => {
    for (const kind of mergeableKinds) expect(validRecords.get(kind)?.length, kind).toBeGreaterThan(0);
  });

  it('agrees with validating the whole record, for any edit of a valid record', () => {
    fc.assert(
      fc.property(editArb, ({ kind, before, edits }) => {
        const after = edited(before, edits);
        expect(editKeepsRecordValid(kind, before, after)).toBe(recordDefinitions[kind].schema.safeParse(after).success);
      }),
      { numRuns: 3_000, seed: 20261206 },
    );
  });

  it('applies the rules across fields to the parsed values, as a full parse does', () => {
    const child = validRecords.get('child')?.find((data) => data['unborn'] === false && data['firstName']);
    expect(child).toBeDefined();
    // A first name of spaces is trimmed to nothing, which the child's rules refuse.
    const after = { ...child, firstName: '   ' };
    expect(recordDefinitions.child.schema.safeParse(after).success).toBe(false);
    expect(editKeepsRecordValid('child', child as Data, after)).toBe(false);
    expect(editKeepsRecordValid('child', child as Data, { ...child, firstName: 'Ada' })).toBe(true);
  });

  it('is never sure about a field the kind does not have, or a kind that does not exist', () => {
    const household = validRecords.get('household')?.[0] as Data;
    expect(editKeepsRecordValid('household', household, { ...household, favouriteColour: 'blue' })).toBe(false);
    expect(editKeepsRecordValid('spaceship', household, household)).toBe(false);
  });

  it('knows the rules of every kind whose schema has rules across fields', () => {
    for (const kind of mergeableKinds) {
      // zod keeps an object's own refinements as checks on the object schema.
      const checks = (recordDefinitions[kind].schema as unknown as { _zod: { def: { checks?: unknown[] } } })._zod.def
        .checks;
      expect('rules' in recordDefinitions[kind], kind).toBe((checks?.length ?? 0) > 0);
    }
  });
});

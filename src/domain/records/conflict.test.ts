import { describe, expect, it } from 'vitest';
import { conflictSchema } from './conflict';
import { messagesOf } from './schemaTestSupport';

const candidate = (value: unknown, node: string) => ({
  value,
  author: 'p1',
  deviceId: node,
  hlc: `1770000000000-0000-${node}`,
  at: '2026-02-02T10:00:00.000Z',
});
const open = {
  recordKind: 'assessment',
  recordId: 'r1',
  field: 'parentViews',
  candidates: [
    candidate('Mum says mornings are hard', 'deviceAAAA'),
    candidate('Mornings are a struggle', 'deviceBBBB'),
  ],
  status: 'open',
};

describe('conflict', () => {
  it('accepts an open conflict with both values', () => {
    expect(conflictSchema.parse(open)).toEqual(open);
  });

  it('needs who, when and how it was resolved', () => {
    expect(messagesOf(conflictSchema, { ...open, status: 'resolved' })).toEqual({
      resolution: 'Select whether you kept one version or merged them',
      resolvedBy: 'Enter who resolved the conflict',
      resolvedAt: 'Enter when the conflict was resolved',
    });
    expect(
      conflictSchema.safeParse({
        ...open,
        status: 'resolved',
        resolution: 'merged',
        resolvedBy: 'p1',
        resolvedAt: '2026-02-03T09:00:00Z',
      }).success,
    ).toBe(true);
  });

  it('refuses a candidate without a clock timestamp', () => {
    expect(
      messagesOf(conflictSchema, { ...open, candidates: [{ ...candidate('x', 'deviceAAAA'), hlc: 'yesterday' }] }),
    ).toEqual({
      'candidates.0.hlc': 'Must be a hybrid logical clock timestamp',
    });
  });
});

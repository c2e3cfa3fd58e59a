import { describe, expect, it } from 'vitest';
import {
  describeIssues,
  errorResponseSchema,
  MAX_PUSH_CHANGES,
  PROTOCOL_VERSION,
  pullRequestSchema,
  pushRequestSchema,
} from './syncProtocol';

const change = {
  op: 'set',
  deviceId: 'tabletA1b2c3d4',
  seq: 1,
  hlc: '1767950000000-0000-tabletA1b2c3d4',
  author: '01936b2a-0000-7000-8000-000000000b01',
  schemaVersion: 1,
  kind: 'household',
  recordId: '01936b2a-0000-7000-8000-00000000dd01',
  caseId: '01936b2a-0000-7000-8000-00000000cc01',
  fields: { notes: 'n' },
  base: { notes: null },
};
const envelope = { protocolVersion: PROTOCOL_VERSION, schemaVersion: 1, deviceId: 'tabletA1b2c3d4' };

describe('sync protocol schemas', () => {
  it('accepts a well-formed push', () => {
    expect(pushRequestSchema.safeParse({ ...envelope, changes: [change] }).success).toBe(true);
  });

  it('names the path and the problem of a bad change', () => {
    const parsed = pushRequestSchema.safeParse({
      ...envelope,
      changes: [change, { ...change, seq: 2, kind: 'spaceship' }],
    });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeIssues(parsed.error)).toContain('changes.1.kind: Unknown record kind');
  });

  it('refuses an empty batch and one over the limit', () => {
    expect(pushRequestSchema.safeParse({ ...envelope, changes: [] }).success).toBe(false);
    const many = Array.from({ length: MAX_PUSH_CHANGES + 1 }, (_, i) => ({ ...change, seq: i + 1 }));
    expect(pushRequestSchema.safeParse({ ...envelope, changes: many }).success).toBe(false);
  });

  it('defaults a pull to 500 records and refuses more', () => {
    expect(pullRequestSchema.parse({ ...envelope, since: 0 }).limit).toBe(500);
    expect(pullRequestSchema.safeParse({ ...envelope, since: 0, limit: 501 }).success).toBe(false);
    expect(pullRequestSchema.safeParse({ ...envelope, since: -1 }).success).toBe(false);
  });

  it('shortens a long list of issues', () => {
    const parsed = pushRequestSchema.safeParse({ changes: 'none' });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeIssues(parsed.error, 2)).toMatch(/\(and \d+ more\)$/);
  });

  it('describes error bodies with a stable code', () => {
    expect(
      errorResponseSchema.safeParse({ error: { code: 'sequence_gap', message: 'Send from 3.', expectedSeq: 3 } })
        .success,
    ).toBe(true);
    expect(errorResponseSchema.safeParse({ error: { code: 'made_up', message: 'x' } }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { levelOfNeedEntrySchema } from './levelOfNeed';
import { messagesOf } from './schemaTestSupport';

const good = {
  modelId: 'halton-levels',
  levelId: '3a',
  date: '2026-03-02',
  reason: 'Needs across health and school that one agency cannot meet',
  decidedBy: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
};

describe('level of need entry', () => {
  it('accepts a dated decision with who and why', () => {
    expect(levelOfNeedEntrySchema.parse(good)).toEqual(good);
  });

  it('asks for the level, the date and the reason', () => {
    expect(messagesOf(levelOfNeedEntrySchema, { modelId: 'halton-levels', decidedBy: 'x' })).toEqual({
      levelId: 'Select the level of need',
      date: 'Enter the date the level of need was decided',
      reason: 'Enter the reason for this level of need',
    });
  });

  it('refuses a date that does not exist', () => {
    expect(messagesOf(levelOfNeedEntrySchema, { ...good, date: '2026-02-30' })).toEqual({ date: 'Enter a real date' });
  });

  it('refuses a blank reason made of spaces', () => {
    expect(messagesOf(levelOfNeedEntrySchema, { ...good, reason: '   ' })).toEqual({
      reason: 'Enter the reason for this level of need',
    });
  });
});

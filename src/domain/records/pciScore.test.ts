import { describe, expect, it } from 'vitest';
import { pciScoreSchema } from './pciScore';
import { messagesOf } from './schemaTestSupport';

const score = {
  needId: 'n1',
  rater: 'parent',
  value: 4,
  scaleId: 'pci-1-5',
  direction: 'higherIsMoreConcern',
  date: '2026-02-02',
  baseline: true,
};

describe('PCI score', () => {
  it('accepts a baseline parent score', () => {
    expect(pciScoreSchema.parse(score)).toEqual(score);
  });

  it('accepts a re-score that belongs to a review', () => {
    expect(pciScoreSchema.safeParse({ ...score, baseline: undefined, reviewId: 'r1', rater: 'child' }).success).toBe(
      true,
    );
  });

  it('refuses a score outside the scale', () => {
    expect(messagesOf(pciScoreSchema, { ...score, value: 6 })).toEqual({ value: 'Select a score from 1 to 5' });
    expect(messagesOf(pciScoreSchema, { ...score, value: 0 })).toEqual({ value: 'Select a score from 1 to 5' });
  });

  it('refuses a direction that contradicts the scale', () => {
    expect(messagesOf(pciScoreSchema, { ...score, direction: 'higherIsLessConcern' })).toEqual({
      direction: 'The direction does not match the scale',
    });
  });

  it('takes a reason instead of a score when the rater could not score', () => {
    expect(messagesOf(pciScoreSchema, { ...score, value: undefined })).toEqual({
      value: 'Select a score, or enter why it was not given',
    });
    expect(
      pciScoreSchema.safeParse({ ...score, rater: 'child', value: undefined, notScoredReason: 'Aged 2' }).success,
    ).toBe(true);
  });

  it('belongs to the baseline or to a review', () => {
    expect(messagesOf(pciScoreSchema, { ...score, baseline: false })).toEqual({
      reviewId: 'Select the review this score belongs to, or mark it as the baseline',
    });
  });
});

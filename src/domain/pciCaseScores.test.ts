import { describe, expect, it } from 'vitest';
import { caseScoresFromRecords, type PciSourceRecord } from './pciCaseScores';

const record = (kind: string, id: string, caseId: string, data: Record<string, unknown>): PciSourceRecord => ({
  kind,
  id,
  caseId,
  createdAt: '2026-11-02T10:00:00.000Z',
  data,
});

const score = { rater: 'parent', value: 4, scaleId: 'pci-1-5', direction: 'higherIsMoreConcern', date: '2026-11-02' };

describe('the needs, scores and reviews of each case, as the device and the server both read them', () => {
  it('groups by case, keeps what the rules read, and leaves out a score its schema refuses', () => {
    const cases = caseScoresFromRecords([
      record('review', 'r1', 'case-b', { date: '2026-12-01', status: 'held', notes: 'not read' }),
      record('need', 'n1', 'case-b', {
        description: 'Free text the figures never read',
        category: 'generalHealth',
        outcomeTag: 'improvedHealth',
        identifiedAtReviewId: 'r1',
        status: 'open',
      }),
      record('pciScore', 's1', 'case-b', { ...score, needId: 'n1', reviewId: 'r1', raterName: 'A parent' }),
      // Neither a baseline nor a review, or off the scale: not scores the rules can place. Episodes are not read.
      record('pciScore', 's2', 'case-b', { ...score, needId: 'n1' }),
      record('pciScore', 's3', 'case-a', { ...score, needId: 'n9', baseline: true, value: 9 }),
      record('episode', 'case-a', 'case-a', { status: 'review' }),
    ]);
    expect(cases).toEqual([
      {
        caseId: 'case-b',
        needs: [
          {
            id: 'n1',
            data: {
              category: 'generalHealth',
              outcomeTag: 'improvedHealth',
              identifiedAtReviewId: 'r1',
              status: 'open',
            },
          },
        ],
        scores: [
          {
            id: 's1',
            createdAt: '2026-11-02T10:00:00.000Z',
            data: { ...score, needId: 'n1', reviewId: 'r1', raterName: 'A parent' },
          },
        ],
        reviews: [{ id: 'r1', data: { date: '2026-12-01', status: 'held' } }],
      },
    ]);
  });
});

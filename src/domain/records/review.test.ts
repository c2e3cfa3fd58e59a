import { describe, expect, it } from 'vitest';
import { reviewSchema } from './review';
import { messagesOf } from './schemaTestSupport';

const review = { date: '2026-04-10', status: 'held' };

describe('review', () => {
  it('accepts a held review with progress and the next date', () => {
    const full = {
      ...review,
      actionProgress: [{ actionId: 'a1', summary: 'Attended two sessions', status: 'inProgress' }],
      newConcerns: 'Rent arrears',
      agenciesToAdd: ['housing'],
      nextReviewDate: '2026-07-10',
    };
    expect(reviewSchema.parse(full)).toEqual(full);
  });

  it('asks for the date of the review', () => {
    expect(messagesOf(reviewSchema, { status: 'planned' })).toEqual({ date: 'Enter the date of the review' });
  });

  it('refuses a next review date on or before this review', () => {
    expect(messagesOf(reviewSchema, { ...review, nextReviewDate: '2026-04-10' })).toEqual({
      nextReviewDate: 'The next review date must be after the date of this review',
    });
  });

  it('asks why the lead professional changes', () => {
    expect(messagesOf(reviewSchema, { ...review, newLeadProfessionalId: 'p2' })).toEqual({
      leadProfessionalChangeReason: 'Enter the reason for changing the lead professional',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { readabilityOf, sentencesOf } from './readability';

describe('plain-English checks', () => {
  it('splits texts into sentences at full stops, question marks and line breaks, dropping ones without words', () => {
    expect(sentencesOf(['We will keep this safe. Is that all right?', 'Yes\n\n---'])).toEqual([
      'We will keep this safe.',
      'Is that all right?',
      'Yes',
    ]);
  });

  it('grades short, plain sentences low and long, dense ones high', () => {
    const plain = readabilityOf(['We will keep this safe.', 'You can say no.']);
    const dense = readabilityOf([
      'Notwithstanding the aforementioned considerations, information pertaining to the determination of eligibility may subsequently be disseminated to organisations participating in multidisciplinary collaboration.',
    ]);
    expect(plain.grade).toBeLessThan(2);
    expect(plain.longestSentence).toBe(5);
    expect(dense.grade).toBeGreaterThan(15);
    expect(dense.longestSentence).toBe(21);
  });
});

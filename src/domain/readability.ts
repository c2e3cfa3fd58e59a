/**
 * Plain-English checks for what families and children read (consent and PCI screens): the sentences of
 * a text and its Flesch-Kincaid grade. Rough on purpose (syllables are counted by vowel groups): it is
 * a guard against long, dense wording creeping in, not a language model.
 */

/** The sentences of these texts: split at . ! ? and line breaks, keeping only those with letters. */
export function sentencesOf(texts: readonly string[]): string[] {
  return texts
    .join('\n')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[a-z]/i.test(sentence));
}

function syllables(word: string): number {
  const clean = word.toLowerCase().replace(/[^a-z]/g, '');
  if (clean.length <= 3) return 1;
  const groups = clean.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export interface Readability {
  /** Flesch-Kincaid grade level (US school grade: grade 6 is about age 11 to 12). */
  grade: number;
  /** Words in the longest sentence. */
  longestSentence: number;
}

export function readabilityOf(sentences: readonly string[]): Readability {
  const words = sentences.flatMap((sentence) => sentence.split(/\s+/).filter((word) => /[a-z]/i.test(word)));
  return {
    grade:
      0.39 * (words.length / sentences.length) +
      11.8 * (words.reduce((sum, word) => sum + syllables(word), 0) / words.length) -
      15.59,
    longestSentence: Math.max(...sentences.map((sentence) => sentence.split(/\s+/).length)),
  };
}

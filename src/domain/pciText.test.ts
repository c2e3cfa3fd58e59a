import { describe, expect, it } from 'vitest';
import { readabilityOf, sentencesOf } from './readability';
import { DEFAULT_PCI_SCALE } from './config/pciScale';
import { ENGLISH_PCI_MESSAGES as M, pciMessages } from './pciText';

const lowest = DEFAULT_PCI_SCALE.points[0]?.plainLabel ?? '';
const highest = DEFAULT_PCI_SCALE.points.at(-1)?.plainLabel ?? '';

/** Every sentence a family or child reads while scoring, with sample values in the parts that take them. */
function allFamilySentences(): string[] {
  const text = [
    M.introHeading,
    M.introText,
    M.introScale(1, 5, lowest, highest),
    M.introNoWrongAnswers,
    M.introChildTurn('Wren'),
    M.startButton,
    M.questionCaption(1, 3),
    M.childQuestionCaption('Wren', 1, 3),
    M.questionHeading,
    M.aboutChild('Wren Testcase'),
    M.scaleHint(1, 5, lowest, highest),
    M.saveButton,
    M.skipButton,
    M.backButton,
    M.errorChoose(1, 5),
    M.errorNotSaved,
    M.childTurnHeading('Wren'),
    M.childTurnGiveTablet('Wren'),
    M.childTurnText,
    M.childStartButton,
    M.doneHeading,
    M.doneText,
    M.giveBack,
    ...DEFAULT_PCI_SCALE.points.map((point) => point.plainLabel),
  ];
  return sentencesOf(text);
}

describe('PCI message catalogue', () => {
  it('has every message filled in and falls back to English for an unknown locale', () => {
    for (const [key, value] of Object.entries(M)) if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
    expect(pciMessages('cy-GB')).toBe(M);
  });

  it('explains the scale with the scale’s own words', () => {
    expect(M.introScale(1, 5, lowest, highest)).toBe(
      'For each one, choose a number from 1 to 5. 1 means not worried. 5 means extremely worried.',
    );
  });

  it('is written for a reading age of about 9 to 11: short sentences, Flesch-Kincaid grade 5 or under', () => {
    const { grade, longestSentence: longest } = readabilityOf(allFamilySentences());
    // Children read these screens on their own, so the bar is a grade lower than for consent.
    expect(longest).toBeLessThanOrEqual(18);
    expect(grade).toBeLessThanOrEqual(5);
  });
});

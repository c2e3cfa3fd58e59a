/**
 * Every word a family reads while scoring their worries (Parent and Child Indicators, seed 001), in
 * one catalogue so it can be translated. Plain English for a reading age of about 9 to 11: short
 * sentences, everyday words. The words for each point of the scale come from the scale itself
 * (config/pciScale.ts `plainLabel`), so a different scale brings its own words.
 */

export interface PciMessages {
  locale: string;
  introHeading: string;
  introText: string;
  introScale: (min: number, max: number, minWords: string, maxWords: string) => string;
  introNoWrongAnswers: string;
  introChildTurn: (names: string) => string;
  startButton: string;

  questionCaption: (number: number, total: number) => string;
  childQuestionCaption: (name: string, number: number, total: number) => string;
  questionHeading: string;
  aboutChild: (name: string) => string;
  scaleHint: (min: number, max: number, minWords: string, maxWords: string) => string;
  saveButton: string;
  skipButton: string;
  backButton: string;
  errorChoose: (min: number, max: number) => string;
  errorNotSaved: string;

  childTurnHeading: (name: string) => string;
  childTurnGiveTablet: (name: string) => string;
  childTurnText: string;
  childStartButton: string;

  doneHeading: string;
  doneText: string;
  giveBack: string;
}

export const ENGLISH_PCI_MESSAGES: PciMessages = {
  locale: 'en-GB',
  introHeading: 'How worried are you?',
  introText: 'Your worker would like to know how worried you are about each thing you talked about together.',
  introScale: (min, max, minWords, maxWords) =>
    `For each one, choose a number from ${min} to ${max}. ${min} means ${minWords.toLowerCase()}. ${max} means ${maxWords.toLowerCase()}.`,
  introNoWrongAnswers: 'There are no right or wrong answers. You can skip a question if you want to.',
  introChildTurn: (names) => `After you, ${names} can answer on their own.`,
  startButton: 'Start',

  questionCaption: (number, total) => `Question ${number} of ${total}`,
  childQuestionCaption: (name, number, total) => `${name}'s questions: ${number} of ${total}`,
  questionHeading: 'How worried are you about this?',
  aboutChild: (name) => `This is about ${name}.`,
  scaleHint: (min, max, minWords, maxWords) =>
    `${min} means ${minWords.toLowerCase()}. ${max} means ${maxWords.toLowerCase()}.`,
  saveButton: 'Save and go on',
  skipButton: 'Skip this question',
  backButton: 'Go back',
  errorChoose: (min, max) => `Choose a number from ${min} to ${max}, or skip this question`,
  errorNotSaved: 'Your answer was not saved. Please try again.',

  childTurnHeading: (name) => `Now it's ${name}'s turn`,
  childTurnGiveTablet: (name) => `Please give the tablet to ${name}.`,
  childTurnText:
    'Your worker wants to know what you think. Your answers are yours. There are no right or wrong answers.',
  childStartButton: 'I am ready',

  doneHeading: 'Thank you',
  doneText: 'Your answers are saved.',
  giveBack: 'Please give the tablet back to your worker.',
};

const CATALOGUES: Record<string, PciMessages> = { 'en-GB': ENGLISH_PCI_MESSAGES };

/** The catalogue for a locale, falling back to English until a translation is added. */
export function pciMessages(locale = 'en-GB'): PciMessages {
  return CATALOGUES[locale] ?? ENGLISH_PCI_MESSAGES;
}

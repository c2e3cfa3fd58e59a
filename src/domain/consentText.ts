/**
 * Every word a family reads on the consent screens, in one catalogue so it can be translated.
 * Plain English for a reading age of about 9 to 11: short sentences, everyday words. Straight
 * apostrophes, because the family's PDF copy uses the standard PDF fonts.
 *
 * The words shown before signing are composed into a document (composeConsentDocument) that the
 * screen renders and that is stored verbatim as the event's `shownText`: what is hashed is exactly
 * what was on the screen.
 */

export type ConsentChoice = 'include' | 'exclude';
export type SignerCapacity = 'self' | 'parentWithPR';

export interface ConsentMessages {
  locale: string;
  title: string;
  intro: string;
  aboutHeading: string;
  aboutChildren: (names: string) => string;
  aboutAssessment: string;
  needsHeading: string;
  noNeeds: string;
  levelsHeading: string;
  basicMeaning: string;
  additionalMeaning: string;
  choicesHeading: string;
  choiceLine: (agency: string, basic: ConsentChoice, additional: ConsentChoice) => string;
  nobodyElse: string;
  noAgencies: string;
  lawHeading: string;
  lawText: string;
  withdrawHeading: string;
  withdrawText: string;
  changeHeading: string;
  changeText: string;
  declaration: (capacity: SignerCapacity) => string;

  chooseHeading: string;
  capacityLegend: string;
  capacitySelf: string;
  capacityChild: string;
  agenciesLegend: string;
  agenciesHint: string;
  basicLabel: string;
  additionalLabel: string;
  continueButton: string;
  checkHeading: string;
  changeChoicesLink: string;
  signHeading: string;
  signHint: string;
  nameLabel: string;
  initialsLabel: string;
  initialsHint: string;
  drawLegend: string;
  drawHint: string;
  drawCanvasLabel: string;
  clearDrawing: string;
  signButton: string;

  errorCapacity: string;
  errorNoAgency: string;
  /** A change of who can see it, sent with every box as it was. */
  errorNoChange: string;
  errorName: string;
  errorInitials: string;
  errorDeclaration: string;
  errorBlankDrawing: string;
  errorNotSaved: string;

  doneHeading: string;
  doneText: string;
  downloadCopy: string;
  giveBack: string;

  withdrawLink: string;
  withdrawPageHeading: string;
  withdrawPageText: string;
  withdrawWhoLegend: string;
  withdrawEveryone: string;
  withdrawSome: string;
  withdrawAgenciesLegend: string;
  withdrawButton: string;
  withdrawErrorWho: string;
  withdrawErrorAgencies: string;
  withdrawDoneHeading: string;
  withdrawDoneText: string;

  pdfTitle: string;
  pdfSignedBy: string;
  pdfCapacity: string;
  pdfDate: string;
  pdfAgencies: string;
  pdfHash: string;
  pdfHashHelp: string;
  pdfShownText: string;
  pdfSignature: string;
  pdfTypedSignature: string;
  pdfPractitioner: string;
  pdfDevice: string;
  yes: string;
  no: string;
}

const yesNo = (choice: ConsentChoice) => (choice === 'include' ? 'yes' : 'no');

export const ENGLISH_CONSENT_MESSAGES: ConsentMessages = {
  locale: 'en-GB',
  title: 'Your information and who can see it',
  intro:
    'Your worker has given you this tablet so you can read this and choose. Take your time. You can ask your worker anything.',
  aboutHeading: 'What this is about',
  aboutChildren: (names) => `This is about ${names}.`,
  aboutAssessment:
    'You and your worker wrote down what is going well and what help you need. This is called an assessment.',
  needsHeading: 'The help we wrote down',
  noNeeds: 'We have not written down any help yet.',
  levelsHeading: 'What we would share',
  basicMeaning: 'Basic information means names, address, date of birth, school, doctor (GP) and who the parents are.',
  additionalMeaning: 'More information means the help you need and the private things you told us.',
  choicesHeading: 'Who can see it',
  choiceLine: (agency, basic, additional) =>
    `${agency}: basic information - ${yesNo(basic)}. More information - ${yesNo(additional)}.`,
  nobodyElse: 'Nobody else will see it.',
  noAgencies: 'You have not chosen anyone yet.',
  lawHeading: 'When we must share',
  lawText:
    'There are a few times when the law says we must share, even if you say no. For example, if a child is in danger or needs a doctor fast. If that happens, we will write down why.',
  withdrawHeading: 'You can change your mind',
  withdrawText:
    'You can say stop at any time. You can stop for one group or for everyone. Tell your worker, or use this tablet. We stop sharing from then on.',
  changeHeading: 'Changing who can see it',
  changeText: 'You are changing who can see your information. Everything else stays the same.',
  declaration: (capacity) =>
    capacity === 'self'
      ? 'I have read this. I agree to share my information with the groups I chose.'
      : "I have read this. I am the parent or carer and I have parental responsibility. I agree to share my child's information with the groups I chose.",

  chooseHeading: 'Choose who can see your information',
  capacityLegend: 'Who are you filling this in for?',
  capacitySelf: 'Myself',
  capacityChild: 'My child (I am their parent or carer with parental responsibility)',
  agenciesLegend: 'Who can see it?',
  agenciesHint: 'Tick the boxes you agree to. Leave a box empty to say no.',
  basicLabel: 'Basic information',
  additionalLabel: 'More information',
  continueButton: 'Continue',
  checkHeading: 'Check what you are agreeing to',
  changeChoicesLink: 'Change my choices',
  signHeading: 'Sign',
  signHint: 'Typing your full name and ticking the box is your signature. You do not have to draw.',
  nameLabel: 'Your full name',
  initialsLabel: 'Your initials',
  initialsHint: 'For example, AB',
  drawLegend: 'Draw your signature (you do not have to)',
  drawHint: 'Use your finger, a pen or the mouse in the box.',
  drawCanvasLabel: 'Signature drawing box',
  clearDrawing: 'Clear drawing',
  signButton: 'I agree - sign',

  errorCapacity: 'Choose who you are filling this in for',
  errorNoAgency: 'Tick at least one box, or give the tablet back to your worker',
  errorNoChange: 'Tick or untick a box to change who can see your information, or give the tablet back to your worker',
  errorName: 'Type your full name',
  errorInitials: 'Type your initials',
  errorDeclaration: 'Tick the box to say you agree',
  errorBlankDrawing: 'Your drawing is too small to be a signature. Draw it again, or clear it and just type your name.',
  errorNotSaved: 'This could not be saved on the tablet. Give it back to your worker.',

  doneHeading: 'Thank you. Your choices are saved.',
  doneText: 'You can have a copy to keep.',
  downloadCopy: 'Download your copy (PDF)',
  giveBack: 'Please give the tablet back to your worker now.',

  withdrawLink: 'I want to stop sharing',
  withdrawPageHeading: 'Stop sharing your information',
  withdrawPageText: 'We will stop sharing from now on. What was shared before cannot be taken back.',
  withdrawWhoLegend: 'Who should we stop sharing with?',
  withdrawEveryone: 'Everyone',
  withdrawSome: 'Only some groups',
  withdrawAgenciesLegend: 'Which groups?',
  withdrawButton: 'Stop sharing',
  withdrawErrorWho: 'Choose who we should stop sharing with',
  withdrawErrorAgencies: 'Tick at least one group',
  withdrawDoneHeading: 'We have stopped sharing',
  withdrawDoneText: 'Your worker and their manager will be told.',

  pdfTitle: 'Your consent to share information - your copy',
  pdfSignedBy: 'Signed by',
  pdfCapacity: 'Filled in for',
  pdfDate: 'Date and time',
  pdfAgencies: 'Who can see it',
  pdfHash: 'Proof code (SHA-256)',
  pdfHashHelp: 'This code proves which words and choices you agreed to. If one word changes, the code changes.',
  pdfShownText: 'What you read before signing',
  pdfSignature: 'Signature',
  pdfTypedSignature: 'Typed name and ticked declaration',
  pdfPractitioner: 'Worker with you',
  pdfDevice: 'Tablet',
  yes: 'Yes',
  no: 'No',
};

const CATALOGUES: Record<string, ConsentMessages> = { 'en-GB': ENGLISH_CONSENT_MESSAGES };

/** The catalogue for a locale, falling back to English until a translation is added. */
export function consentMessages(locale = 'en-GB'): ConsentMessages {
  return CATALOGUES[locale] ?? ENGLISH_CONSENT_MESSAGES;
}

export interface ShownAgency {
  agencyId: string;
  name: string;
  description?: string;
  basic: ConsentChoice;
  additional: ConsentChoice;
}

export interface ConsentDocumentSection {
  heading: string;
  paragraphs: string[];
  items?: string[];
}

export interface ConsentDocumentInput {
  stage: 'writtenShare' | 'agencyChange';
  capacity: SignerCapacity;
  childNames: string[];
  needs: string[];
  agencies: ShownAgency[];
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'your family';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The document the family reads before signing: rendered on screen, stored as text, hashed. */
export function composeConsentDocument(
  input: ConsentDocumentInput,
  messages: ConsentMessages = ENGLISH_CONSENT_MESSAGES,
): ConsentDocumentSection[] {
  const chosen = input.agencies.filter((agency) => agency.basic === 'include' || agency.additional === 'include');
  const sections: ConsentDocumentSection[] = [
    {
      heading: messages.aboutHeading,
      paragraphs: [messages.aboutChildren(joinNames(input.childNames)), messages.aboutAssessment],
    },
    {
      heading: messages.needsHeading,
      paragraphs: input.needs.length === 0 ? [messages.noNeeds] : [],
      items: input.needs.length > 0 ? input.needs : undefined,
    },
    { heading: messages.levelsHeading, paragraphs: [messages.basicMeaning, messages.additionalMeaning] },
    {
      heading: messages.choicesHeading,
      paragraphs: [
        ...(input.stage === 'agencyChange' ? [messages.changeText] : []),
        chosen.length === 0 ? messages.noAgencies : messages.nobodyElse,
      ],
      items: input.agencies.map((agency) => messages.choiceLine(agency.name, agency.basic, agency.additional)),
    },
    { heading: messages.lawHeading, paragraphs: [messages.lawText] },
    { heading: messages.withdrawHeading, paragraphs: [messages.withdrawText] },
    { heading: messages.signHeading, paragraphs: [messages.declaration(input.capacity)] },
  ];
  return sections;
}

/** The exact words of a composed document as one string: what `shownText` stores. */
export function consentDocumentText(sections: readonly ConsentDocumentSection[]): string {
  return sections
    .map((section) =>
      [section.heading, ...section.paragraphs, ...(section.items ?? []).map((item) => `- ${item}`)].join('\n'),
    )
    .join('\n\n');
}

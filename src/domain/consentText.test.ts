import { describe, expect, it } from 'vitest';
import { readabilityOf, sentencesOf } from './readability';
import {
  composeConsentDocument,
  consentDocumentText,
  consentMessages,
  ENGLISH_CONSENT_MESSAGES,
  type ConsentDocumentInput,
} from './consentText';

const input: ConsentDocumentInput = {
  stage: 'writtenShare',
  capacity: 'parentWithPR',
  childNames: ['Ada Testcase', 'Bo Testcase'],
  needs: ['Help with sleep'],
  agencies: [
    { agencyId: 'a1', name: 'Health', basic: 'include', additional: 'include' },
    { agencyId: 'a2', name: 'Police', basic: 'include', additional: 'exclude' },
  ],
};

/** Every sentence a family reads, with sample values in the parts that take them. */
function allFamilySentences(): string[] {
  const text: string[] = [];
  for (const [key, value] of Object.entries(ENGLISH_CONSENT_MESSAGES)) {
    if (key === 'locale' || key.startsWith('pdf')) continue;
    if (typeof value === 'string') text.push(value);
  }
  text.push(consentDocumentText(composeConsentDocument(input)));
  text.push(consentDocumentText(composeConsentDocument({ ...input, capacity: 'self', stage: 'agencyChange' })));
  return sentencesOf(text);
}

describe('consent message catalogue', () => {
  it('has every message filled in and falls back to English for an unknown locale', () => {
    for (const [key, value] of Object.entries(ENGLISH_CONSENT_MESSAGES))
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
    expect(consentMessages('cy-GB')).toBe(ENGLISH_CONSENT_MESSAGES);
  });

  it('is written for a reading age of about 9 to 11: short sentences, Flesch-Kincaid grade 6 or under', () => {
    const { grade, longestSentence: longest } = readabilityOf(allFamilySentences());
    expect(longest).toBeLessThanOrEqual(22);
    // US grade 6 is about age 11 to 12; most of the text sits well below it.
    expect(grade).toBeLessThanOrEqual(6);
  });

  it('uses only characters the standard PDF fonts can print, so the copy matches the screen', () => {
    expect(allFamilySentences().join('\n')).toMatch(/^[\x20-\x7e\n]*$/);
  });
});

describe('the document shown before signing', () => {
  it('says who it is about, the help written down, exactly who sees what, the law and the right to withdraw', () => {
    const text = consentDocumentText(composeConsentDocument(input));
    expect(text).toContain('This is about Ada Testcase and Bo Testcase.');
    expect(text).toContain('- Help with sleep');
    expect(text).toContain('- Health: basic information - yes. More information - yes.');
    expect(text).toContain('- Police: basic information - yes. More information - no.');
    expect(text).toContain('You can change your mind');
    expect(text).toContain('I have parental responsibility');
  });

  it('changes with the signer’s capacity, the agencies and the choices', () => {
    const base = consentDocumentText(composeConsentDocument(input));
    const variants = [
      { ...input, capacity: 'self' as const },
      { ...input, agencies: input.agencies.slice(0, 1) },
      { ...input, agencies: [input.agencies[0]!, { ...input.agencies[1]!, additional: 'include' as const }] },
      { ...input, needs: [] },
      { ...input, stage: 'agencyChange' as const },
    ];
    for (const variant of variants) expect(consentDocumentText(composeConsentDocument(variant))).not.toBe(base);
  });
});

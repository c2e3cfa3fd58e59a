import { describe, expect, it } from 'vitest';
import { appendChangeSchema } from '../change';
import { MAX_BODY_BYTES, PROTOCOL_VERSION } from '../syncProtocol';
import { SCHEMA_VERSION } from '../recordMeta';
import { consentEventSchema, MAX_SIGNATURE_POINTS, MAX_SIGNATURE_STROKES, MAX_STROKE_POINTS } from './consent';
import { messagesOf } from './schemaTestSupport';

const base = {
  practitionerId: 'p1',
  deviceId: 'device-abc123',
  signedAt: '2026-03-04T10:15:00Z',
};
const written = {
  ...base,
  stage: 'writtenShare',
  signerName: 'Marnie Fellwick',
  capacity: 'parentWithPR',
  agencies: [
    { agencyId: 'health', basic: 'include', additional: 'include' },
    { agencyId: 'police', basic: 'include', additional: 'exclude' },
  ],
  shownText: 'We will share what we wrote with the people you choose.',
  shownTextHash: 'a'.repeat(64),
  signature: { typedName: 'Marnie Fellwick', declarationAccepted: true },
};

describe('consent event', () => {
  it('accepts written consent signed by typed name and declaration', () => {
    expect(consentEventSchema.parse(written)).toEqual(written);
  });

  it('accepts a drawn signature kept as strokes and a PNG', () => {
    const signature = {
      ...written.signature,
      strokes: [
        [
          { x: 1, y: 2, t: 0 },
          { x: 40, y: 30, t: 16 },
        ],
      ],
      pngDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
    };
    expect(consentEventSchema.safeParse({ ...written, signature }).success).toBe(true);
    expect(messagesOf(consentEventSchema, { ...written, signature: { ...signature, pngDataUrl: undefined } })).toEqual({
      'signature.pngDataUrl': 'Keep an image of the drawn signature',
    });
  });

  it('refuses a drawing of more points than a signature needs', () => {
    const stroke = (length: number) => Array.from({ length }, (_, i) => ({ x: i % 600, y: i % 200, t: i }));
    const drawing = (lengths: number[]) => ({
      ...written,
      signature: {
        ...written.signature,
        strokes: lengths.map(stroke),
        pngDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
      },
    });
    expect(consentEventSchema.safeParse(drawing([5000, 5000])).success).toBe(true);
    expect(messagesOf(consentEventSchema, drawing([5000, 4000, 1001]))).toEqual({
      'signature.strokes': 'The drawn signature is too long. Clear it and draw it again',
    });
  });

  it('the largest consent event the app can make fits in one push request', () => {
    // Every text at its longest, in the characters JSON spells out longest (\u0001 is six bytes), and
    // every point of the drawing with the longest numbers a pointer can give.
    const longest = (max: number) => '\u0001'.repeat(max);
    const point = {
      x: -1.7976931348623157e308,
      y: -1.7976931348623157e308,
      t: -1.7976931348623157e308,
      pressure: 0.30000000000000004,
    };
    const strokes = Array.from({ length: MAX_SIGNATURE_STROKES }, () =>
      Array.from({ length: Math.min(MAX_STROKE_POINTS, MAX_SIGNATURE_POINTS / MAX_SIGNATURE_STROKES) }, () => point),
    );
    const id = '01936b2a-0000-7000-8000-000000000001';
    const event = {
      ...written,
      practitionerId: id,
      deviceId: id,
      childIds: Array.from({ length: 20 }, () => id),
      familyMemberId: id,
      signerName: longest(200),
      signerInitials: longest(10),
      agencies: Array.from({ length: 100 }, (_, i) => ({
        agencyId: `${id}${i}`,
        basic: 'include',
        additional: 'exclude',
      })),
      shownText: longest(100_000),
      locale: longest(20),
      notes: longest(4000),
      signature: {
        typedName: longest(200),
        declarationAccepted: true,
        strokes,
        pngDataUrl: `data:image/png;base64,${'A'.repeat(2_000_000 - 'data:image/png;base64,'.length)}`,
      },
    };
    expect(consentEventSchema.safeParse(event).success).toBe(true);
    const change = appendChangeSchema.parse({
      deviceId: 'device-abc123',
      seq: 1,
      hlc: `1764000000000-0000-device-abc123`,
      author: id,
      schemaVersion: SCHEMA_VERSION,
      kind: 'consentEvent',
      recordId: id,
      caseId: id,
      op: 'append',
      fields: event,
    });
    const body = JSON.stringify({
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSION,
      deviceId: 'device-abc123',
      changes: [change],
    });
    expect(new TextEncoder().encode(body).byteLength).toBeLessThan(MAX_BODY_BYTES);
  });

  it('refuses a signature without the declaration', () => {
    expect(
      messagesOf(consentEventSchema, {
        ...written,
        signature: { typedName: 'Marnie Fellwick', declarationAccepted: false },
      }),
    ).toEqual({ 'signature.declarationAccepted': 'Confirm that you agree with the declaration' });
  });

  it('asks written consent for signer, capacity, agencies, shown text and signature', () => {
    expect(messagesOf(consentEventSchema, { ...base, stage: 'writtenShare' })).toEqual({
      signerName: 'Enter the name of the person giving consent',
      capacity: 'Select whether you are signing for yourself or for your child',
      agencies: 'Select at least one agency',
      shownText: 'Record the text shown to the family',
      shownTextHash: 'Record the hash of the text shown to the family',
      signature: 'Sign by typing your full name and confirming the declaration',
    });
  });

  it('lists stage rules together with other missing fields', () => {
    expect(
      messagesOf(consentEventSchema, { stage: 'shareWithoutConsent', practitionerId: 'p1', agencies: 'all' }),
    ).toEqual({
      agencies: 'Invalid input: expected array, received string',
      deviceId: 'Enter the device the consent was given on',
      signedAt: 'Enter the date and time of the consent',
      lawfulReason: 'Select the lawful reason for sharing without consent',
      justification: 'Enter why information must be shared without consent',
      decidedBy: 'Enter who decided to share without consent',
      recipientAgencyIds: 'Select who the information will be shared with',
    });
  });

  it('refuses a hash that is not a SHA-256 hex digest and an agency listed twice', () => {
    const twice = [written.agencies[0], written.agencies[0]];
    expect(messagesOf(consentEventSchema, { ...written, shownTextHash: 'abc', agencies: twice })).toEqual({
      shownTextHash: 'The shown text hash must be a SHA-256 hex digest',
      agencies: 'Each agency can only be listed once',
    });
  });

  it('records verbal consent to make enquiries without a signature', () => {
    expect(
      consentEventSchema.safeParse({ ...base, stage: 'verbalEnquiries', signerName: 'Marnie Fellwick' }).success,
    ).toBe(true);
  });

  it('records a withdrawal as its own event', () => {
    const withdrawal = {
      ...base,
      stage: 'withdrawal',
      signerName: 'Marnie Fellwick',
      agencies: [{ agencyId: 'police', basic: 'exclude', additional: 'exclude' }],
    };
    expect(consentEventSchema.safeParse(withdrawal).success).toBe(true);
  });

  it('allows sharing without consent only with a lawful reason, justification, decider and recipients', () => {
    expect(messagesOf(consentEventSchema, { ...base, stage: 'shareWithoutConsent' })).toEqual({
      lawfulReason: 'Select the lawful reason for sharing without consent',
      justification: 'Enter why information must be shared without consent',
      decidedBy: 'Enter who decided to share without consent',
      recipientAgencyIds: 'Select who the information will be shared with',
    });
    expect(
      consentEventSchema.safeParse({
        ...base,
        stage: 'shareWithoutConsent',
        lawfulReason: 'riskOfSignificantHarm',
        justification: 'Disclosure at school today',
        decidedBy: 'p2',
        recipientAgencyIds: ['childrensSocialCare'],
      }).success,
    ).toBe(true);
    expect(
      messagesOf(consentEventSchema, { ...base, stage: 'shareWithoutConsent', lawfulReason: 'curiosity' }),
    ).toMatchObject({
      lawfulReason: 'Select the lawful reason for sharing without consent',
    });
  });
});

describe('consent event: later agency changes', () => {
  it('asks for the signer’s initials when an agency is added or removed later', () => {
    expect(messagesOf(consentEventSchema, { ...written, stage: 'agencyChange' })).toEqual({
      signerInitials: 'Enter your initials',
    });
    expect(
      consentEventSchema.safeParse({ ...written, stage: 'agencyChange', signerInitials: 'MF', byFamilyOnDevice: true })
        .success,
    ).toBe(true);
  });
});

import { z } from 'zod';
import { LAWFUL_REASON_IDS } from '../config/lawfulReasons';
import { optionalText, recordRef, requiredDateTime, requiredText, evenWithOtherErrors } from './fieldSchemas';

/** Consent is staged (seed 002 §4.3.2) and every stage, withdrawal included, is its own event. */
export const CONSENT_STAGES = [
  'verbalEnquiries',
  'writtenShare',
  'agencyChange',
  'withdrawal',
  'shareWithoutConsent',
] as const;
export const consentStageSchema = z.enum(CONSENT_STAGES, { error: 'Select the kind of consent' });
export type ConsentStage = z.infer<typeof consentStageSchema>;

/** "I am completing this form on behalf of: myself / my child (as their parent/carer with parental responsibility)". */
export const signerCapacitySchema = z.enum(['self', 'parentWithPR'], {
  error: 'Select whether you are signing for yourself or for your child',
});

/**
 * Per agency, basic information (name, address, date of birth, school, GP, parents) and
 * additional information (needs and sensitive details) are agreed separately.
 */
export const agencyConsentScopeSchema = z.object({
  agencyId: recordRef('Select the agency'),
  basic: z.enum(['include', 'exclude'], { error: 'Select whether basic information can be shared' }),
  additional: z.enum(['include', 'exclude'], { error: 'Select whether additional information can be shared' }),
});
export type AgencyConsentScope = z.infer<typeof agencyConsentScopeSchema>;

const strokePointSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  t: z.number().finite().optional(),
  pressure: z.number().min(0).max(1).optional(),
});

/**
 * Points in one drawn signature, all strokes together: a signature is a few hundred; this is over a
 * minute of drawing without a pause. It keeps the largest consent event well inside one push request
 * (MAX_BODY_BYTES): a change too large for any request could never be sent and would hold up every
 * change after it on the device.
 */
export const MAX_SIGNATURE_POINTS = 10_000;
export const MAX_SIGNATURE_STROKES = 200;
export const MAX_STROKE_POINTS = 5000;

/**
 * A typed full name plus the declaration is a complete signature (WCAG 2.2 SC 2.5.7: no dragging
 * required); a drawing is an optional extra, kept as strokes and as a PNG.
 */
export const consentSignatureSchema = z
  .object({
    typedName: requiredText('Enter your full name', 200),
    declarationAccepted: z.literal(true, { error: 'Confirm that you agree with the declaration' }),
    strokes: z.array(z.array(strokePointSchema).max(MAX_STROKE_POINTS)).max(MAX_SIGNATURE_STROKES).optional(),
    pngDataUrl: z
      .string()
      .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'The signature image must be a PNG')
      .max(2_000_000, 'The signature image is too large')
      .optional(),
  })
  .superRefine((signature, ctx) => {
    if (Array.isArray(signature.strokes) && signature.strokes.length > 0 && !signature.pngDataUrl)
      ctx.addIssue({ code: 'custom', path: ['pngDataUrl'], message: 'Keep an image of the drawn signature' });
    const points = Array.isArray(signature.strokes)
      ? signature.strokes.reduce((sum, stroke) => sum + (Array.isArray(stroke) ? stroke.length : 0), 0)
      : 0;
    if (points > MAX_SIGNATURE_POINTS)
      ctx.addIssue({
        code: 'custom',
        path: ['strokes'],
        message: 'The drawn signature is too long. Clear it and draw it again',
      });
  }, evenWithOtherErrors);
export type ConsentSignature = z.infer<typeof consentSignatureSchema>;

/**
 * One consent event. Never edited after it is written (append-only): a change of agencies or a
 * withdrawal is a new event. Evidence: who signed, in what capacity, exactly which text and
 * agency list they saw (`shownText` and its SHA-256 `shownTextHash`, recomputed by the server),
 * the practitioner present, the device and the time.
 *
 * - verbalEnquiries: recorded by the practitioner (signer = who gave it), no signature;
 * - writtenShare / agencyChange: signer, capacity, agency scopes, shown text + hash, signature;
 * - withdrawal: the listed agencies are withdrawn (none listed = every agency);
 * - shareWithoutConsent: lawful reason, justification, who decided, recipients.
 */
export const consentEventSchema = z
  .object({
    stage: consentStageSchema,
    childIds: z.array(z.string()).max(20).optional(),
    signerName: optionalText(200),
    /** Birmingham form: each later add/remove of an agency is dated and initialled by the signer. */
    signerInitials: optionalText(10),
    capacity: signerCapacitySchema.optional(),
    familyMemberId: z.string().optional(),
    agencies: z.array(agencyConsentScopeSchema).max(100).optional(),
    shownText: z.string().max(100_000).optional(),
    shownTextHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'The shown text hash must be a SHA-256 hex digest')
      .optional(),
    locale: z.string().max(20).optional(),
    signature: consentSignatureSchema.optional(),
    practitionerId: recordRef('Enter the practitioner present'),
    deviceId: recordRef('Enter the device the consent was given on'),
    signedAt: requiredDateTime('Enter the date and time of the consent'),
    lawfulReason: z
      .enum(LAWFUL_REASON_IDS, { error: 'Select the lawful reason for sharing without consent' })
      .optional(),
    justification: optionalText(4000),
    decidedBy: z.string().optional(),
    recipientAgencyIds: z.array(z.string()).max(100).optional(),
    notes: optionalText(4000),
    /** True when the family gave or withdrew consent themselves on the device in hand-over mode. */
    byFamilyOnDevice: z.boolean().optional(),
    /** A withdrawal asks the lead professional to review the case; this names who was asked. */
    reviewBy: z.string().optional(),
  })
  .superRefine((event, ctx) => {
    const need = (ok: unknown, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    const agencyIds = Array.isArray(event.agencies) ? event.agencies.map((scope) => scope?.agencyId) : [];
    if (new Set(agencyIds).size !== agencyIds.length)
      ctx.addIssue({ code: 'custom', path: ['agencies'], message: 'Each agency can only be listed once' });

    switch (event.stage) {
      case 'verbalEnquiries':
        need(event.signerName, 'signerName', 'Enter the name of the person who gave consent');
        break;
      case 'writtenShare':
      case 'agencyChange':
        need(event.signerName, 'signerName', 'Enter the name of the person giving consent');
        need(event.capacity, 'capacity', 'Select whether you are signing for yourself or for your child');
        need(event.agencies?.length, 'agencies', 'Select at least one agency');
        need(event.shownText, 'shownText', 'Record the text shown to the family');
        need(event.shownTextHash, 'shownTextHash', 'Record the hash of the text shown to the family');
        need(event.signature, 'signature', 'Sign by typing your full name and confirming the declaration');
        if (event.stage === 'agencyChange') need(event.signerInitials, 'signerInitials', 'Enter your initials');
        break;
      case 'withdrawal':
        need(event.signerName, 'signerName', 'Enter the name of the person withdrawing consent');
        break;
      case 'shareWithoutConsent':
        need(event.lawfulReason, 'lawfulReason', 'Select the lawful reason for sharing without consent');
        need(event.justification, 'justification', 'Enter why information must be shared without consent');
        need(event.decidedBy, 'decidedBy', 'Enter who decided to share without consent');
        need(event.recipientAgencyIds?.length, 'recipientAgencyIds', 'Select who the information will be shared with');
        break;
    }
  }, evenWithOtherErrors);
export type ConsentEvent = z.infer<typeof consentEventSchema>;

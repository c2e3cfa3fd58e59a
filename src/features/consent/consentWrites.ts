import type { WriteOperation } from '../../db';
import { consentHash } from '../../domain/consentHash';
import type { ConsentState } from '../../domain/consentScope';
import {
  consentDocumentText,
  type ConsentDocumentSection,
  type ConsentMessages,
  type ShownAgency,
  type SignerCapacity,
} from '../../domain/consentText';
import { newId } from '../../domain/ids';
import type { AgencyConsentScope, ConsentEvent } from '../../domain/records/consent';
import type { ErrorItem } from '../../ui/ErrorSummary';
import type { Drawing } from './SignaturePad';
import { isBlankDrawing } from './signatureInk';
import { PAD_WIDTH } from './SignaturePad';

export type AgencyChoices = Record<string, { basic: boolean; additional: boolean }>;

/** The choices a family starts from: what is agreed now (nothing before written consent). */
export function choicesFromState(state: ConsentState, agencyIds: readonly string[]): AgencyChoices {
  return Object.fromEntries(
    agencyIds.map((agencyId) => {
      const access = state.agencies.get(agencyId);
      const byConsent = access?.basis === 'consent';
      return [agencyId, { basic: byConsent && access.basic, additional: byConsent && access.additional }];
    }),
  );
}

export function scopeOf(agencyId: string, choice: { basic: boolean; additional: boolean }): AgencyConsentScope {
  return {
    agencyId,
    basic: choice.basic ? 'include' : 'exclude',
    additional: choice.additional ? 'include' : 'exclude',
  };
}

/**
 * What the event records: written consent lists every agency shown (anything not agreed is
 * excluded); a later change lists only the agencies whose choices changed, as the Birmingham form
 * adds or removes one line at a time.
 */
export function recordedScopes(
  stage: 'writtenShare' | 'agencyChange',
  agencies: readonly ShownAgency[],
  before: AgencyChoices,
): AgencyConsentScope[] {
  return agencies
    .filter((agency) => {
      if (stage === 'writtenShare') return true;
      const previous = before[agency.agencyId];
      return (
        (previous?.basic ?? false) !== (agency.basic === 'include') ||
        (previous?.additional ?? false) !== (agency.additional === 'include')
      );
    })
    .map(({ agencyId, basic, additional }) => ({ agencyId, basic, additional }));
}

export interface ChoiceForm {
  capacity: SignerCapacity | '';
  choices: AgencyChoices;
}

export function checkChoices(
  form: ChoiceForm,
  stage: 'writtenShare' | 'agencyChange',
  before: AgencyChoices,
  agencyIds: readonly string[],
  messages: ConsentMessages,
): ErrorItem[] {
  const errors: ErrorItem[] = [];
  if (!form.capacity) errors.push({ href: 'capacity', message: messages.errorCapacity });
  const anyChosen = agencyIds.some((id) => form.choices[id]?.basic || form.choices[id]?.additional);
  const anyChanged = agencyIds.some(
    (id) =>
      (form.choices[id]?.basic ?? false) !== (before[id]?.basic ?? false) ||
      (form.choices[id]?.additional ?? false) !== (before[id]?.additional ?? false),
  );
  // A change that changes nothing is not "nothing ticked": the boxes the family ticked before are still ticked.
  if (agencyIds.length === 0 || (stage === 'writtenShare' && !anyChosen))
    errors.push({ href: 'agency-0-basic', message: messages.errorNoAgency });
  else if (stage === 'agencyChange' && !anyChanged)
    errors.push({ href: 'agency-0-basic', message: messages.errorNoChange });
  return errors;
}

export interface SignForm {
  typedName: string;
  initials: string;
  declaration: boolean;
  drawing: Drawing | null;
}

export function checkSignature(
  form: SignForm,
  stage: 'writtenShare' | 'agencyChange',
  messages: ConsentMessages,
): ErrorItem[] {
  const errors: ErrorItem[] = [];
  if (!form.typedName.trim()) errors.push({ href: 'signer-name', message: messages.errorName });
  if (stage === 'agencyChange' && !form.initials.trim())
    errors.push({ href: 'signer-initials', message: messages.errorInitials });
  if (!form.declaration) errors.push({ href: 'declaration', message: messages.errorDeclaration });
  if (form.drawing && isBlankDrawing(form.drawing.strokes, PAD_WIDTH))
    errors.push({ href: 'signature-clear', message: messages.errorBlankDrawing });
  return errors;
}

export interface SignedConsentContext {
  stage: 'writtenShare' | 'agencyChange';
  caseId: string;
  childIds: string[];
  capacity: SignerCapacity;
  sections: readonly ConsentDocumentSection[];
  agencies: readonly ShownAgency[];
  before: AgencyChoices;
  practitionerId: string;
  deviceId: string;
  locale: string;
  now: Date;
}

/** The signed event, with the hash of exactly the document that was on the screen. */
export async function signedConsentWrite(
  form: SignForm,
  context: SignedConsentContext,
): Promise<{ id: string; event: ConsentEvent; write: WriteOperation }> {
  const shownText = consentDocumentText(context.sections);
  const agencies = recordedScopes(context.stage, context.agencies, context.before);
  const event: ConsentEvent = {
    stage: context.stage,
    childIds: context.childIds,
    signerName: form.typedName.trim(),
    signerInitials: context.stage === 'agencyChange' ? form.initials.trim() : undefined,
    capacity: context.capacity,
    agencies,
    shownText,
    shownTextHash: await consentHash({ text: shownText, agencies }),
    locale: context.locale,
    signature: {
      typedName: form.typedName.trim(),
      declarationAccepted: true,
      ...(form.drawing ? { strokes: form.drawing.strokes, pngDataUrl: form.drawing.pngDataUrl } : {}),
    },
    practitionerId: context.practitionerId,
    deviceId: context.deviceId,
    signedAt: context.now.toISOString(),
    byFamilyOnDevice: true,
  };
  const id = newId();
  return {
    id,
    event,
    write: { op: 'create', kind: 'consentEvent', caseId: context.caseId, id, data: event as Record<string, unknown> },
  };
}

/** A withdrawal and its audit entry, in one batch so the flag and the trail never disagree. */
export function withdrawalWrites(options: {
  caseId: string;
  signerName: string;
  agencyIds: string[] | 'all';
  byFamily: boolean;
  reviewBy?: string;
  practitionerId: string;
  deviceId: string;
  signedAt: string;
  notes?: string;
  now: Date;
}): { id: string; writes: WriteOperation[] } {
  const id = newId();
  const event: ConsentEvent = {
    stage: 'withdrawal',
    signerName: options.signerName.trim(),
    agencies:
      options.agencyIds === 'all'
        ? undefined
        : options.agencyIds.map((agencyId) => ({ agencyId, basic: 'exclude', additional: 'exclude' })),
    practitionerId: options.practitionerId,
    deviceId: options.deviceId,
    signedAt: options.signedAt,
    byFamilyOnDevice: options.byFamily || undefined,
    reviewBy: options.reviewBy,
    notes: options.notes?.trim() || undefined,
  };
  return {
    id,
    writes: [
      { op: 'create', kind: 'consentEvent', caseId: options.caseId, id, data: event as Record<string, unknown> },
      {
        op: 'create',
        kind: 'auditEvent',
        caseId: options.caseId,
        data: {
          action: 'consentWithdrawn',
          subjectKind: 'consentEvent',
          subjectId: id,
          at: options.now.toISOString(),
          detail:
            options.agencyIds === 'all'
              ? 'Consent withdrawn for every agency; lead professional to review'
              : `Consent withdrawn for ${options.agencyIds.length} agencies; lead professional to review`,
        },
      },
    ],
  };
}

import { jsPDF } from 'jspdf';
import type { ConsentEvent } from '../../domain/records/consent';
import { ENGLISH_CONSENT_MESSAGES, type ConsentMessages } from '../../domain/consentText';

export interface ConsentPdfInput {
  event: ConsentEvent;
  agencyName: (agencyId: string) => string;
  practitionerName: string;
  messages?: ConsentMessages;
}

const PAGE_HEIGHT = 297;
const MARGIN = 18;
const WIDTH = 210 - 2 * MARGIN;

/** "4 March 2026, 10:15", in the family's local time, as they saw it on the device. */
export function formatSignedAt(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time}`;
}

/**
 * The family's copy of a signed consent: who signed, for whom, when, the agencies and choices,
 * the proof code, the exact text they read and the signature. Made on the device with jsPDF, so
 * it works offline. Uncompressed: a few kilobytes more, but its text can be searched and checked.
 */
export function buildConsentPdf({
  event,
  agencyName,
  practitionerName,
  messages = ENGLISH_CONSENT_MESSAGES,
}: ConsentPdfInput): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  doc.setProperties({ title: messages.pdfTitle, subject: event.shownTextHash ?? '' });
  let y = MARGIN;

  const ensureSpace = (height: number) => {
    if (y + height <= PAGE_HEIGHT - MARGIN) return;
    doc.addPage();
    y = MARGIN;
  };
  const write = (text: string, options: { size?: number; bold?: boolean; font?: 'helvetica' | 'courier' } = {}) => {
    const size = options.size ?? 11;
    doc.setFont(options.font ?? 'helvetica', options.bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    const lineHeight = size * 0.45;
    for (const line of doc.splitTextToSize(text, WIDTH) as string[]) {
      ensureSpace(lineHeight);
      doc.text(line, MARGIN, y + lineHeight * 0.8);
      y += lineHeight;
    }
    y += 1.5;
  };
  const field = (label: string, value: string, font?: 'courier') => {
    write(label, { bold: true, size: 10 });
    write(value, { font });
  };

  write(messages.pdfTitle, { size: 18, bold: true });
  y += 2;
  field(messages.pdfSignedBy, event.signerName ?? '');
  if (event.capacity)
    field(messages.pdfCapacity, event.capacity === 'self' ? messages.capacitySelf : messages.capacityChild);
  field(messages.pdfDate, formatSignedAt(event.signedAt));
  field(
    messages.pdfAgencies,
    (event.agencies ?? [])
      .map((scope) => messages.choiceLine(agencyName(scope.agencyId), scope.basic, scope.additional))
      .join('\n') || messages.noAgencies,
  );
  field(messages.pdfPractitioner, practitionerName);
  field(messages.pdfDevice, event.deviceId);
  field(messages.pdfHash, event.shownTextHash ?? '', 'courier');
  write(messages.pdfHashHelp, { size: 9 });

  write(messages.pdfSignature, { bold: true, size: 10 });
  if (event.signature) {
    write(`${event.signature.typedName} (${messages.pdfTypedSignature})`);
    if (event.signature.pngDataUrl) {
      ensureSpace(32);
      doc.addImage(event.signature.pngDataUrl, 'PNG', MARGIN, y, 80, 30);
      y += 32;
    }
  }
  y += 3;
  write(messages.pdfShownText, { size: 14, bold: true });
  write(event.shownText ?? '');
  return doc;
}

export function consentPdfFileName(event: ConsentEvent): string {
  return `consent-${event.signedAt.slice(0, 10)}.pdf`;
}

import { describe, expect, it } from 'vitest';
import { consentHash } from '../../domain/consentHash';
import { composeConsentDocument, consentDocumentText } from '../../domain/consentText';
import type { ConsentEvent } from '../../domain/records/consent';
import { buildConsentPdf, formatSignedAt } from './consentPdf';

// A real 4x2 greyscale PNG, so jsPDF has to decode and embed it.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAAAAABawyK/AAAADElEQVR4nGNg+A+BAA/5A/3YOXFBAAAAAElFTkSuQmCC';

/** The text drawn on the pages: jsPDF writes each line as "(…) Tj" when not compressed. */
function pdfText(bytes: ArrayBuffer): string {
  const raw = new TextDecoder('latin1').decode(bytes);
  return [...raw.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)]
    .map((match) => (match[1] ?? '').replace(/\\([()\\])/g, '$1'))
    .join('\n');
}

describe('the family’s PDF copy', () => {
  it('reads back with the signer, agencies, date, hash, text shown and the signature image', async () => {
    const agencies = [
      { agencyId: 'a-health', basic: 'include', additional: 'include' },
      { agencyId: 'a-police', basic: 'include', additional: 'exclude' },
    ] as const;
    const names: Record<string, string> = { 'a-health': 'Health (demo)', 'a-police': 'Police (demo)' };
    const shownText = consentDocumentText(
      composeConsentDocument({
        stage: 'writtenShare',
        capacity: 'parentWithPR',
        childNames: ['Ada Testcase'],
        needs: ['Help with sleep'],
        agencies: agencies.map((scope) => ({ ...scope, name: names[scope.agencyId] as string })),
      }),
    );
    const event: ConsentEvent = {
      stage: 'writtenShare',
      signerName: 'Pat Testparent',
      capacity: 'parentWithPR',
      agencies: [...agencies],
      shownText,
      shownTextHash: await consentHash({ text: shownText, agencies: [...agencies] }),
      signature: {
        typedName: 'Pat Testparent',
        declarationAccepted: true,
        strokes: [
          [
            { x: 1, y: 1 },
            { x: 50, y: 30 },
          ],
        ],
        pngDataUrl: PNG,
      },
      practitionerId: 'p1',
      deviceId: 'dabc123',
      signedAt: '2026-03-04T10:15:00.000Z',
    };
    const bytes = buildConsentPdf({
      event,
      agencyName: (id) => names[id] ?? id,
      practitionerName: 'Sam Testworker',
    }).output('arraybuffer');
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toMatch(/\/Subtype \/Image/);

    const text = pdfText(bytes);
    expect(text).toContain('Pat Testparent');
    expect(text).toContain('Health (demo): basic information - yes. More information - yes.');
    expect(text).toContain('Police (demo): basic information - yes. More information - no.');
    expect(text).toContain(formatSignedAt(event.signedAt));
    expect(text).toContain('2026');
    expect(text).toContain(event.shownTextHash);
    expect(text).toContain('Sam Testworker');
    expect(text).toContain('- Help with sleep');
    // Long lines wrap on the page; joined up again, every word of the text shown is there in order.
    const flat = (value: string) => value.replace(/\s+/g, ' ').trim();
    expect(flat(text)).toContain(flat(shownText));
  });
});

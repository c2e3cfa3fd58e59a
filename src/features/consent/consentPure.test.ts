import { describe, expect, it } from 'vitest';
import { consentAgencyOptions } from './consentAgencyOptions';
import { consentSectionStatus } from './consentSectionStatus';
import { inkLength, isBlankDrawing, type InkStroke } from './signatureInk';

describe('agencies a family is asked about', () => {
  it('lists directory agencies in the configured order with the plain-English description of their kind', () => {
    const options = consentAgencyOptions([
      { id: 'a-police', data: { name: 'Police', type: 'police' } },
      { id: 'a-other', data: { name: 'Allotment project', type: 'other' } },
      { id: 'a-health', data: { name: 'Health', type: 'health' } },
      { id: 'a-school', data: { name: 'Oak School', type: 'school' } },
    ]);
    expect(options.map((option) => option.agencyId)).toEqual(['a-health', 'a-school', 'a-police', 'a-other']);
    expect(options[0]?.description).toBe('Health visitors, school nurses, GPs and hospitals');
    expect(options[3]?.description).toBeUndefined();
  });
});

describe('a drawn signature', () => {
  const width = 600;
  const line = (x0: number, y0: number, x1: number, y1: number, steps = 10): InkStroke =>
    Array.from({ length: steps + 1 }, (_, i) => ({ x: x0 + ((x1 - x0) * i) / steps, y: y0 + ((y1 - y0) * i) / steps }));

  it('refuses nothing drawn, a tap, a dot and a short flick', () => {
    expect(isBlankDrawing([], width)).toBe(true);
    expect(isBlankDrawing([[{ x: 100, y: 50 }]], width)).toBe(true);
    expect(isBlankDrawing([line(100, 50, 103, 52)], width)).toBe(true);
    expect(isBlankDrawing([line(100, 50, 160, 52)], width)).toBe(true);
  });

  it('refuses a long flat line with no height', () => {
    expect(isBlankDrawing([line(50, 100, 550, 101)], width)).toBe(true);
  });

  it('accepts a real scribble of a name', () => {
    const zigzag: InkStroke = Array.from({ length: 30 }, (_, i) => ({ x: 60 + i * 12, y: i % 2 ? 60 : 120 }));
    expect(inkLength([zigzag])).toBeGreaterThan(width);
    expect(isBlankDrawing([zigzag], width)).toBe(false);
    expect(isBlankDrawing([line(60, 60, 200, 120), line(200, 120, 260, 40)], width)).toBe(false);
  });
});

describe('the consent task on the case page', () => {
  const record = (id: string, data: Record<string, unknown>) =>
    ({ id, kind: 'consentEvent', data: { practitionerId: 'p1', deviceId: 'd1', signerName: 'Pat', ...data } }) as never;
  const written = record('e2', {
    stage: 'writtenShare',
    signedAt: '2026-03-02T10:00:00Z',
    agencies: [{ agencyId: 'a1', basic: 'include', additional: 'include' }],
  });

  it('is not started, in progress after verbal consent or a withdrawal, completed while written consent holds', () => {
    expect(consentSectionStatus(undefined)).toBe('notStarted');
    expect(consentSectionStatus([record('e1', { stage: 'verbalEnquiries', signedAt: '2026-03-01T10:00:00Z' })])).toBe(
      'inProgress',
    );
    expect(consentSectionStatus([written])).toBe('completed');
    expect(
      consentSectionStatus([written, record('e3', { stage: 'withdrawal', signedAt: '2026-03-03T10:00:00Z' })]),
    ).toBe('inProgress');
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_SIGNATURE_POINTS } from '../../domain/records/consent';
import { SignaturePad, type Drawing } from './SignaturePad';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
let context: { beginPath: ReturnType<typeof vi.fn>; lineTo: ReturnType<typeof vi.fn> };

beforeEach(() => {
  // jsdom has no canvas; the pad only needs somewhere to draw and an image to export.
  context = { beginPath: vi.fn(), lineTo: vi.fn() };
  const rest = { moveTo: vi.fn(), stroke: vi.fn(), clearRect: vi.fn() };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
    ...context,
    ...rest,
  } as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(PNG);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** One stroke of `points` points (the pointer down included), zigzagging across the box. */
function drawStroke(canvas: HTMLElement, points: number): void {
  const at = (i: number) => ({ clientX: 10 + (i % 500), clientY: i % 2 ? 40 : 120, pointerId: 1, pointerType: 'pen' });
  fireEvent.pointerDown(canvas, { ...at(0), button: 0 });
  for (let i = 1; i < points; i++) fireEvent.pointerMove(canvas, at(i));
  fireEvent.pointerUp(canvas, { pointerId: 1, pointerType: 'pen' });
}

describe('the signature pad', () => {
  it('stops taking ink at the most points a consent record may keep, so the image shows only what is kept', () => {
    const onChange = vi.fn<(drawing: Drawing | null) => void>();
    render(<SignaturePad label="Draw your signature" clearText="Clear" onChange={onChange} />);
    const canvas = screen.getByRole('img', { name: 'Draw your signature' });

    drawStroke(canvas, 4000);
    drawStroke(canvas, 4000);
    drawStroke(canvas, 4000); // only 2,000 of these fit
    const drawnAtLimit = context.beginPath.mock.calls.length;
    drawStroke(canvas, 50); // nothing left: not drawn, not kept

    const last = onChange.mock.lastCall?.[0];
    const kept = last?.strokes.reduce((sum, stroke) => sum + stroke.length, 0);
    expect(kept).toBe(MAX_SIGNATURE_POINTS);
    expect(last?.strokes.map((stroke) => stroke.length)).toEqual([4000, 4000, 2000]);
    expect(context.beginPath.mock.calls.length).toBe(drawnAtLimit);
    expect(drawnAtLimit).toBe(MAX_SIGNATURE_POINTS);
  });
});

import { useEffect, useRef } from 'react';
import { MAX_SIGNATURE_POINTS, MAX_SIGNATURE_STROKES, MAX_STROKE_POINTS } from '../../domain/records/consent';
import type { InkPoint, InkStroke } from './signatureInk';

/** The drawing box's own resolution: points are kept in these units whatever size it is shown at. */
export const PAD_WIDTH = 600;
export const PAD_HEIGHT = 200;

export interface Drawing {
  strokes: InkStroke[];
  pngDataUrl: string;
}

/**
 * An optional drawn signature, with plain pointer events (finger, stylus or mouse). Nobody has to
 * draw (WCAG 2.2 SC 2.5.7): the typed name and declaration are the signature, so the box is not
 * a keyboard stop. Strokes are kept as points and as a PNG.
 */
export function SignaturePad({
  label,
  clearText,
  onChange,
}: {
  label: string;
  clearText: string;
  onChange: (drawing: Drawing | null) => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<InkStroke[]>([]);
  const current = useRef<InkStroke | null>(null);
  const started = useRef(0);

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#0b0c0c';
  }, []);

  function pointOf(event: React.PointerEvent<HTMLCanvasElement>): InkPoint {
    const rect = event.currentTarget.getBoundingClientRect();
    const scaleX = rect.width > 0 ? PAD_WIDTH / rect.width : 1;
    const scaleY = rect.height > 0 ? PAD_HEIGHT / rect.height : 1;
    const point: InkPoint = {
      x: Math.round((event.clientX - rect.left) * scaleX * 10) / 10,
      y: Math.round((event.clientY - rect.top) * scaleY * 10) / 10,
      t: Math.round(event.timeStamp - started.current),
    };
    // Mice report 0.5 while pressed; only pens and some touch screens report real pressure.
    if (event.pointerType === 'pen' && event.pressure > 0) point.pressure = Math.min(1, event.pressure);
    return point;
  }

  function drawSegment(from: InkPoint, to: InkPoint) {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.lineTo(to.x === from.x && to.y === from.y ? to.x + 0.1 : to.x, to.y);
    context.stroke();
  }

  function onPointerDown(event: React.PointerEvent<HTMLCanvasElement>) {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    event.preventDefault();
    if (strokes.current.length >= MAX_SIGNATURE_STROKES || pointsKept() >= MAX_SIGNATURE_POINTS) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    started.current = event.timeStamp;
    const point = pointOf(event);
    current.current = [point];
    drawSegment(point, point);
  }

  /**
   * Points kept so far, the stroke being drawn included. At the record's limits the pen stops drawing
   * (no new stroke, no more points), so the image never shows more than the strokes kept.
   */
  function pointsKept(): number {
    return strokes.current.reduce((sum, stroke) => sum + stroke.length, current.current?.length ?? 0);
  }

  function onPointerMove(event: React.PointerEvent<HTMLCanvasElement>) {
    const stroke = current.current;
    if (!stroke || stroke.length >= MAX_STROKE_POINTS || pointsKept() >= MAX_SIGNATURE_POINTS) return;
    const point = pointOf(event);
    const previous = stroke.at(-1) as InkPoint;
    stroke.push(point);
    drawSegment(previous, point);
  }

  function onPointerEnd() {
    const stroke = current.current;
    current.current = null;
    if (!stroke) return;
    strokes.current = [...strokes.current, stroke];
    const pngDataUrl = canvasRef.current?.toDataURL('image/png') ?? '';
    onChange({ strokes: strokes.current, pngDataUrl });
  }

  function clear() {
    strokes.current = [];
    current.current = null;
    canvasRef.current?.getContext('2d')?.clearRect(0, 0, PAD_WIDTH, PAD_HEIGHT);
    onChange(null);
  }

  return (
    <>
      <canvas
        ref={canvasRef}
        className="app-signature-pad"
        width={PAD_WIDTH}
        height={PAD_HEIGHT}
        role="img"
        aria-label={label}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      />
      <button
        type="button"
        id="signature-clear"
        className="govuk-button govuk-button--secondary govuk-!-margin-top-2"
        onClick={clear}
      >
        {clearText}
      </button>
    </>
  );
}

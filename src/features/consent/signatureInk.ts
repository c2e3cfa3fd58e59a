/** A point of a drawn signature, in CSS pixels of the drawing box, with the time since the stroke began. */
export interface InkPoint {
  x: number;
  y: number;
  t?: number;
  pressure?: number;
}
export type InkStroke = InkPoint[];

/**
 * Generic signature widgets save a tap or a dot as a "signature". A drawing counts only when its
 * ink is long enough and spreads across enough of the box to be a mark someone made on purpose.
 * Measured relative to the box width, so it works the same on a phone and a tablet.
 */
export const MIN_INK_LENGTH_RATIO = 0.25;
export const MIN_WIDTH_RATIO = 0.12;
export const MIN_HEIGHT_RATIO = 0.04;

export function inkLength(strokes: readonly InkStroke[]): number {
  let length = 0;
  for (const stroke of strokes)
    for (let index = 1; index < stroke.length; index++) {
      const a = stroke[index - 1] as InkPoint;
      const b = stroke[index] as InkPoint;
      length += Math.hypot(b.x - a.x, b.y - a.y);
    }
  return length;
}

export function inkBounds(strokes: readonly InkStroke[]): { width: number; height: number } {
  const points = strokes.flat();
  if (points.length === 0) return { width: 0, height: 0 };
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

export function isBlankDrawing(strokes: readonly InkStroke[], boxWidth: number): boolean {
  const bounds = inkBounds(strokes);
  return (
    inkLength(strokes) < MIN_INK_LENGTH_RATIO * boxWidth ||
    bounds.width < MIN_WIDTH_RATIO * boxWidth ||
    bounds.height < MIN_HEIGHT_RATIO * boxWidth
  );
}

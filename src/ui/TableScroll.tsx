import { useLayoutEffect, useRef } from 'react';

/**
 * Marks the box as a named, focusable region while its table is wider than it, so keyboard users can
 * scroll it (WCAG 2.1.1; axe "scrollable-region-focusable"); while the table fits, the box is neither,
 * so tablets and desktops get no tab stop that does nothing and no landmark per table.
 *
 * Set on the element directly, in the same frame as the resize that changed it, rather than through
 * React state a render later: an accessibility check run straight after a resize sees the truth.
 */
function markWhenScrollable(box: HTMLDivElement, label: string): () => void {
  const mark = (scrollable: boolean) => {
    if (scrollable) {
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', label);
      box.tabIndex = 0;
    } else {
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
      box.removeAttribute('tabindex');
    }
  };
  // Without ResizeObserver (old browsers, jsdom) the box stays focusable: a spare tab stop, never a trap.
  if (typeof ResizeObserver === 'undefined') {
    mark(true);
    return () => undefined;
  }
  const update = () => mark(box.scrollWidth > box.clientWidth + 1);
  update();
  const observer = new ResizeObserver(update);
  observer.observe(box);
  // The table grows wider than the box when rows with long words arrive, without the box changing size.
  for (const child of Array.from(box.children)) observer.observe(child);
  return () => observer.disconnect();
}

/** A wide table that scrolls sideways on a phone, inside its own box rather than moving the whole page. */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  // Every render: the table inside may have been replaced, and then it is the one to watch.
  useLayoutEffect(() => (box.current ? markWhenScrollable(box.current, label) : undefined));
  return (
    <div ref={box} className="app-table-wrapper">
      {children}
    </div>
  );
}

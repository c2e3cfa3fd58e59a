/**
 * A wide table that scrolls sideways on a phone. The scrolling box takes keyboard focus and is named,
 * so keyboard users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="app-table-wrapper" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

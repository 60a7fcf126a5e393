import type { ReactNode } from 'react';

/**
 * A wide table scrolls sideways inside this region; it takes the keyboard focus so people
 * without a pointer can scroll it too, whether or not the table holds a link or a button
 * (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </div>
  );
}

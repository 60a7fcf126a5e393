import type { ReactNode } from 'react';

/**
 * A wide table on a phone scrolls sideways inside this region; it takes the keyboard focus
 * so people without a pointer can scroll it too (these tables hold no link or button).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </div>
  );
}

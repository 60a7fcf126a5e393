import { useEffect, useState, type ReactNode } from 'react';

/**
 * Renders `children` in the task after the first frame that shows what mounted with it, and
 * `fallback` until then: what lies below the fold (the dashboard's matrix and ranking, ~250 ms
 * of rendering on a 2-core machine) comes after the numbers people look at first, instead of
 * holding them back. Not `useDeferredValue`: a lazy chunk inside a deferred render suspends it,
 * and the deferred part stayed on its fallback.
 */
export function AfterPaint({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return <>{painted ? children : fallback}</>;
}

import { progress } from './progress';

/**
 * Runs `op` in `lanes` concurrent loops until `count` calls were made or `budgetMs` has
 * passed (a slow store then gives fewer samples, not an endless run); returns each call's
 * milliseconds. `count` undefined: until the budget alone.
 */
export async function timedLanes(
  label: string,
  lanes: number,
  count: number | undefined,
  budgetMs: number,
  op: (i: number, lane: number) => Promise<unknown>,
): Promise<number[]> {
  const samples: number[] = [];
  const stopAt = Date.now() + budgetMs;
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      while ((count === undefined || next < count) && Date.now() < stopAt) {
        const i = next++;
        const t0 = performance.now();
        await op(i, lane);
        samples.push(performance.now() - t0);
        progress(`STORE: ${label} ${samples.length}${count === undefined ? '' : `/${count}`}`);
      }
    }),
  );
  return samples;
}

/** Milliseconds rounded to 0.1 for the table. */
export const ms = (v: number) => Math.round(v * 10) / 10;

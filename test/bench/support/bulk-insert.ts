import type { Model } from 'mongoose';
import { progress, progressDone } from './progress';

/**
 * Inserts `total` documents made by `make(from, to)` with `insertMany` batches, two in flight
 * (one being built while the store writes the other), printing progress; returns docs/s.
 * `lean`: the rows are built complete (as the repositories write them), so mongoose's casting
 * would only cost the loader CPU the store should get.
 */
export async function bulkInsert<T>(
  model: Model<T>,
  label: string,
  total: number,
  make: (from: number, to: number) => object[],
  batch = 1000,
): Promise<number> {
  const t0 = Date.now();
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < total) {
      const from = next;
      next = Math.min(total, next + batch);
      const docs = make(from, next);
      await model.insertMany(docs as never[], { ordered: false, lean: true });
      done += docs.length;
      progress(`STORE: ${label} ${done}/${total} (${Math.round((done * 1000) / Math.max(1, Date.now() - t0))}/s)`);
    }
  };
  await Promise.all([lane(), lane()]);
  const rate = Math.round((total * 1000) / Math.max(1, Date.now() - t0));
  progressDone(`STORE: ${total} ${label} inserted in ${((Date.now() - t0) / 1000).toFixed(1)} s (${rate}/s)`);
  return rate;
}

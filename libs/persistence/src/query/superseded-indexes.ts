import type { Model } from 'mongoose';

/** MongoDB's IndexNotFound and NamespaceNotFound: nothing to drop. */
const NOTHING_TO_DROP = new Set([27, 26]);

/**
 * Drops indexes an earlier version declared and a wider one now replaces: mongoose builds the
 * declared indexes but never removes old ones, and the store would keep writing their entries on
 * every update. Absent ones (a new database, a second start) are fine.
 */
export async function dropSupersededIndexes(model: Model<never>, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await model.collection.dropIndex(name).catch((e: unknown) => {
      if (!NOTHING_TO_DROP.has((e as { code?: number }).code ?? -1)) throw e;
    });
  }
}

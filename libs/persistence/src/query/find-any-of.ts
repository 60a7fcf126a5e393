import type { Model } from 'mongoose';

export type SortSpec = Record<string, 1 | -1>;

export interface AnyOfQuery {
  /** The field that may hold any of `values` (an array field matches when it contains one). */
  field: string;
  values: readonly string[];
  /** The other conditions, all equalities or ranges on indexed fields. */
  rest: Record<string, unknown>;
  sort: SortSpec;
  skip?: number;
  limit: number;
  projection?: Record<string, 0 | 1>;
}

/**
 * `find({ field: { $in: values }, ...rest })`, sorted and paged, written so that each part is
 * served by an index. SecantusDB 0.7's planner scans the whole collection when an `$in` of
 * several values meets another condition (measured: 400 ms against 4 ms on 20,000
 * documents), though it uses the same compound index for an equality. So one value is an
 * equality, several values with no other condition stay one `$in`, and several values with
 * other conditions become one indexed query per value, merged in the sort order: each
 * query reads at most `skip + limit` rows, so the page is the same as MongoDB's.
 */
export async function findAnyOf<T>(model: Model<T>, q: AnyOfQuery): Promise<T[]> {
  const skip = q.skip ?? 0;
  const run = (filter: Record<string, unknown>, from: number, count: number) =>
    model
      .find(filter as never, q.projection)
      .sort(q.sort)
      .skip(from)
      .limit(count)
      .lean<T[]>();
  if (q.values.length === 1) return run({ ...q.rest, [q.field]: q.values[0] }, skip, q.limit);
  if (q.values.length === 0) return [];
  if (Object.keys(q.rest).length === 0) return run({ [q.field]: { $in: q.values } }, skip, q.limit);
  const parts = await Promise.all(q.values.map((v) => run({ ...q.rest, [q.field]: v }, 0, skip + q.limit)));
  const seen = new Set<string>();
  const merged = parts
    .flat()
    .sort(compareBy(q.sort))
    // An array field holding two of the values matches two queries: keep the row once.
    .filter((row) => {
      const id = String((row as { _id?: unknown })._id);
      return seen.has(id) ? false : (seen.add(id), true);
    });
  return merged.slice(skip, skip + q.limit);
}

/** MongoDB's order for the values we sort on (strings, numbers, null first), key by key. */
export function compareBy(sort: SortSpec): (a: unknown, b: unknown) => number {
  const keys = Object.entries(sort);
  return (a, b) => {
    for (const [path, direction] of keys) {
      const x = valueAt(a, path);
      const y = valueAt(b, path);
      if (x === y) continue;
      if (x === null || x === undefined) return -direction;
      if (y === null || y === undefined) return direction;
      return (x < y ? -1 : 1) * direction;
    }
    return 0;
  };
}

function valueAt(doc: unknown, path: string): string | number | null | undefined {
  let v: unknown = doc;
  for (const part of path.split('.')) v = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[part];
  return v as string | number | null | undefined;
}

/**
 * How many documents `findAnyOf` pages through, served by the same indexes: one count for one
 * value or no other condition, else the union of each value's ids (a document holding two of
 * the values is counted once; SecantusDB would scan for the `$in` with another condition).
 * `upTo`: stop there (at most that many ids per value are read): a badge's "99+" costs the
 * same for any number of documents, where SecantusDB's exact count visits every one.
 */
export async function countAnyOf<T>(
  model: Model<T>,
  q: Pick<AnyOfQuery, 'field' | 'values' | 'rest'> & { upTo?: number },
): Promise<number> {
  if (q.values.length === 0) return 0;
  if (q.upTo === undefined) {
    if (q.values.length === 1) return model.countDocuments({ ...q.rest, [q.field]: q.values[0] } as never);
    if (Object.keys(q.rest).length === 0) return model.countDocuments({ [q.field]: { $in: q.values } } as never);
  }
  const parts = await Promise.all(
    q.values.map((v) => {
      const ids = model.find({ ...q.rest, [q.field]: v } as never, { _id: 1 });
      return (q.upTo === undefined ? ids : ids.limit(q.upTo)).lean<{ _id: unknown }[]>();
    }),
  );
  const n = new Set(parts.flat().map((row) => String(row._id))).size;
  return q.upTo === undefined ? n : Math.min(q.upTo, n);
}

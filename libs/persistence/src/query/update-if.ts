import type { Model, QueryFilter, UpdateQuery } from 'mongoose';

/**
 * A conditional single-document write with exactly one winner: `updateOne(filter, update)`,
 * true when this call changed the document (the store applies one update to one document
 * atomically: the store conformance suite proves it). The filter starts with `_id`.
 *
 * Not `findOneAndUpdate`: SecantusDB 0.7 answers findAndModify by scanning the whole
 * collection (STORE benchmark, 100,000 task rows, 8 writers: conditional findOneAndUpdate
 * 0 updates/s with a p50 of 29 s, updateOne({_id}) 176/s; on 10,000 documents 70 ms against
 * 1.6 ms). A winner that needs the document reads it back by `_id`.
 */
export async function updateIf<T>(model: Model<T>, filter: QueryFilter<T> & { _id: unknown }, update: UpdateQuery<T>): Promise<boolean> {
  const result = await model.updateOne(filter, update);
  return result.modifiedCount === 1;
}

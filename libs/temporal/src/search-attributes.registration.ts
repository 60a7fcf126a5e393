import type { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { SearchAttributeType, defineSearchAttributeKey } from '@temporalio/common';

type SearchAttributeKey = ReturnType<typeof defineSearchAttributeKey<SearchAttributeType>>;

const GRPC_ALREADY_EXISTS = 6;
const GRPC_UNIMPLEMENTED = 12;

const INDEXED: Record<SearchAttributeType, temporal.api.enums.v1.IndexedValueType> = {
  TEXT: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  KEYWORD: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  INT: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_INT,
  DOUBLE: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  BOOL: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  DATETIME: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KEYWORD_LIST: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/**
 * Registers search attributes that are missing. The local dev server gets them at start
 * (infra/local/temporal.sh); the time-skipping test server and external servers get them
 * here, because a workflow that upserts an unknown attribute fails its workflow task.
 */
export async function registerSearchAttributes(
  connection: Connection,
  namespace: string,
  keys: readonly SearchAttributeKey[],
): Promise<void> {
  let missing = keys;
  try {
    const existing = await connection.operatorService.listSearchAttributes({ namespace });
    const known = new Set([...Object.keys(existing.customAttributes ?? {}), ...Object.keys(existing.systemAttributes ?? {})]);
    missing = keys.filter((k) => !known.has(k.name));
  } catch (e) {
    // The Java time-skipping test server cannot list, only add: add them all.
    if ((e as { code?: number }).code !== GRPC_UNIMPLEMENTED) throw e;
  }
  if (missing.length === 0) return;
  try {
    await connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map((k) => [k.name, INDEXED[k.type]])),
    });
  } catch (e) {
    if ((e as { code?: number }).code !== GRPC_ALREADY_EXISTS) throw e;
  }
}

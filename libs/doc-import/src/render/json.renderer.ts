import type { ImportedDocument } from '../imported-document.types';

/**
 * `--json` output: the document, two-space indented, one trailing newline. `docType` reads
 * as the issue names document types ("công văn", "chỉ thị", "thông báo kết luận", …);
 * the ASCII code the code base uses (`cong-van`) is kept as `docTypeCode`.
 */
export function renderJson(doc: ImportedDocument): string {
  const { docType, ...rest } = doc;
  const named = docType === 'unknown' ? 'unknown' : doc.docTypeName.toLocaleLowerCase('vi');
  return `${JSON.stringify({ ...rest, docType: named, docTypeCode: docType }, replacer(Object.keys(doc)), 2)}\n`;
}

/** Keeps the document's own key order, with docTypeCode right after docType. */
function replacer(order: string[]): (this: unknown, key: string, value: unknown) => unknown {
  return function (this: unknown, key: string, value: unknown) {
    if (key !== '' || !value || typeof value !== 'object') return value;
    const source = value as Record<string, unknown>;
    const keys = order.flatMap((k) => (k === 'docType' ? ['docType', 'docTypeCode'] : [k]));
    return Object.fromEntries(keys.filter((k) => k in source).map((k) => [k, source[k]]));
  };
}

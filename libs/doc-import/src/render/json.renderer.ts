import type { ImportedDocument } from '../imported-document.types';

/** `--json` output: the document as is, two-space indented, one trailing newline. */
export function renderJson(doc: ImportedDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

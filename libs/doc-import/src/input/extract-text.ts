import type { ImportError, ImportWarning } from '../imported-document.types';
import { extractDocxText } from './docx/docx-text.extractor';
import { detectFormat } from './format-sniffer';
import { extractPdfText } from './pdf/pdf-text.extractor';
import { decodeTextBytes } from './text-decoder';

export interface ImportInput {
  text?: string;
  bytes?: Uint8Array;
  fileName?: string;
}

export type Extracted =
  { ok: true; text: string; format: 'text' | 'docx' | 'pdf'; warnings: ImportWarning[] } | { ok: false; error: ImportError };

/** Any supported input → plain text. Never rejects: a broken file is an error value. */
export async function extractText(input: ImportInput): Promise<Extracted> {
  if (typeof input.text === 'string') return { ok: true, text: input.text, format: 'text', warnings: [] };
  if (!input.bytes) return { ok: false, error: { code: 'no-input', message: 'Không có nội dung để nhập (thiếu text hoặc bytes).' } };
  const format = detectFormat(input.bytes, input.fileName);
  try {
    switch (format.kind) {
      case 'docx':
        return extractDocxText(input.bytes);
      case 'pdf':
        return await extractPdfText(input.bytes);
      case 'text': {
        const decoded = decodeTextBytes(input.bytes);
        if (!decoded.ok) return { ok: false, error: { code: decoded.code, message: decoded.message } };
        return { ok: true, text: decoded.text, format: 'text', warnings: decoded.warnings };
      }
      default:
        return { ok: false, error: { code: 'unsupported-format', message: format.message } };
    }
  } catch (e) {
    // Extractors validate as they go; anything left is a file we cannot read, not a crash.
    return {
      ok: false,
      error: { code: 'corrupt-file', message: `Không đọc được tệp ${format.kind}: ${(e as Error).message ?? String(e)}` },
    };
  }
}

import type { ImportWarning } from '../imported-document.types';
import { cp1258Char } from './cp1258.table';

export type DecodeOutcome =
  | { ok: true; text: string; encoding: string; warnings: ImportWarning[] }
  | { ok: false; code: 'binary-input' | 'empty-input'; message: string };

/**
 * Bytes of a "text" file → string. UTF-8 (with or without BOM) and UTF-16 with BOM are
 * decoded as such; invalid UTF-8 never throws: a file with no valid UTF-8 at all is read as
 * Windows-1258, and stray bad bytes in a UTF-8 file are read as Windows-1258 one by one,
 * each case with a warning naming the lines, because a wrong guess must be visible.
 */
export function decodeTextBytes(bytes: Uint8Array): DecodeOutcome {
  if (bytes.length === 0) return { ok: false, code: 'empty-input', message: 'Tệp rỗng (0 byte).' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), false);
  if (looksLikeUtf16WithoutBom(bytes)) return utf16(bytes, bytes[1] === 0);
  if (looksBinary(bytes)) {
    return {
      ok: false,
      code: 'binary-input',
      message: 'Tệp nhị phân, không phải văn bản, .docx hay .pdf (có byte NUL hoặc nhiều ký tự điều khiển).',
    };
  }
  return decodeUtf8(bytes, 'utf-8');
}

function utf16(bytes: Uint8Array, littleEndian: boolean): DecodeOutcome {
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    text += String.fromCharCode(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  }
  return { ok: true, text, encoding: littleEndian ? 'utf-16le' : 'utf-16be', warnings: [] };
}

function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 400);
  if (n < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = n / 2;
  return (oddZeros > half * 0.4 && evenZeros < half * 0.05) || (evenZeros > half * 0.4 && oddZeros < half * 0.05);
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.02;
}

/** Length of the valid UTF-8 sequence at i, or 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (need === 0 || i + need > bytes.length) return 0;
  for (let k = 1; k < need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  if (b === 0xe0 && bytes[i + 1] < 0xa0) return 0; // overlong
  if (b === 0xed && bytes[i + 1] >= 0xa0) return 0; // surrogates
  if (b === 0xf0 && bytes[i + 1] < 0x90) return 0;
  if (b === 0xf4 && bytes[i + 1] >= 0x90) return 0;
  return need;
}

function decodeUtf8(bytes: Uint8Array, encoding: string): DecodeOutcome {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding, warnings: [] };
  } catch {
    // fall through to a byte-by-byte reading that never throws
  }
  let validMultiByte = 0;
  const badLines = new Set<number>();
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) {
      badLines.add(line);
      i++;
      continue;
    }
    if (len > 1) validMultiByte++;
    if (bytes[i] === 0x0a) line++;
    i += len;
  }
  const utf8 = new TextDecoder('utf-8');
  if (validMultiByte === 0) {
    let text = '';
    for (const b of bytes) text += cp1258Char(b);
    return {
      ok: true,
      text: text.normalize('NFC'),
      encoding: 'windows-1258',
      warnings: [
        {
          code: 'legacy-encoding',
          message:
            'Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258 (CP1258). Nếu chữ hiển thị sai (ví dụ bảng mã TCVN3/VNI), hãy chuyển tệp sang Unicode UTF-8 rồi nhập lại.',
        },
      ],
    };
  }
  // Mostly UTF-8 with some foreign bytes (e.g. a paragraph pasted from a CP1258 file).
  let text = '';
  let run: number[] = [];
  const flush = (): void => {
    if (run.length) text += utf8.decode(Uint8Array.from(run));
    run = [];
  };
  for (let i = 0; i < bytes.length;) {
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) {
      flush();
      text += cp1258Char(bytes[i]);
      i++;
    } else {
      for (let k = 0; k < len; k++) run.push(bytes[i + k]);
      i += len;
    }
  }
  flush();
  const lines = [...badLines].sort((a, b) => a - b);
  return {
    ok: true,
    text: text.normalize('NFC'),
    encoding: 'utf-8+windows-1258',
    warnings: [
      {
        code: 'mixed-encoding',
        message: `Tệp UTF-8 có byte không hợp lệ ở ${lines.length} dòng (${lines.slice(0, 10).join(', ')}${
          lines.length > 10 ? ', …' : ''
        }); các byte đó được đọc theo Windows-1258, cần kiểm tra lại các dòng này.`,
        lines: [lines[0], lines[lines.length - 1]],
      },
    ],
  };
}

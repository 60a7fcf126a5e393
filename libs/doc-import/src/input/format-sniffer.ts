export type DetectedFormat = { kind: 'text' | 'docx' | 'pdf' } | { kind: 'unsupported'; message: string };

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

/**
 * Format from the bytes first (a renamed file is still what it is), the name second.
 * Formats we cannot read get a message that says what to do instead.
 */
export function detectFormat(bytes: Uint8Array, fileName?: string): DetectedFormat {
  const ext = (fileName ?? '').toLowerCase().split('.').pop() ?? '';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (ext === 'docx' || ext === 'docm' || ext === 'dotx' || ext === '' || containsAscii(bytes, 'word/document.xml')) {
      return { kind: 'docx' };
    }
    return { kind: 'unsupported', message: `Tệp nén ZIP (.${ext || '?'}) không phải .docx; chỉ hỗ trợ văn bản thuần, .docx và .pdf.` };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { kind: 'unsupported', message: 'Tệp Word 97-2003 (.doc) chưa được hỗ trợ; hãy lưu lại dưới dạng .docx hoặc .pdf.' };
  }
  if (head.startsWith('{\\rtf')) {
    return { kind: 'unsupported', message: 'Tệp RTF chưa được hỗ trợ; hãy lưu lại dưới dạng .docx, .pdf hoặc .txt (UTF-8).' };
  }
  const image: [number[], string][] = [
    [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
    [[0xff, 0xd8, 0xff], 'JPEG'],
    [[0x49, 0x49, 0x2a, 0x00], 'TIFF'],
    [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF'],
  ];
  for (const [sig, name] of image) {
    if (startsWith(bytes, sig)) {
      return { kind: 'unsupported', message: `Tệp ảnh ${name}: cần nhận dạng chữ (OCR) trước khi nhập; chưa được hỗ trợ.` };
    }
  }
  if (['doc', 'odt', 'rtf', 'xls', 'xlsx', 'ppt', 'pptx'].includes(ext)) {
    return { kind: 'unsupported', message: `Định dạng .${ext} chưa được hỗ trợ; chỉ hỗ trợ văn bản thuần, .docx và .pdf.` };
  }
  return { kind: 'text' };
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const hay = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  return hay.includes(needle);
}

// Which files count as evidence: office documents, PDFs, pictures, plain text and archives
// of them. A file is accepted when its name's extension is one of these AND its first bytes
// are what that kind of file starts with, so a renamed program is refused whatever the
// browser claimed its type was.

type Sniff = (head: Buffer) => boolean;

const startsWith =
  (...bytes: number[]): Sniff =>
  (head) =>
    bytes.every((b, i) => head[i] === b);
const ZIP = startsWith(0x50, 0x4b, 0x03, 0x04); // .docx, .xlsx, .pptx, .odt, .ods, .zip
const OLE = startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1); // .doc, .xls of old Office
const PDF = startsWith(0x25, 0x50, 0x44, 0x46, 0x2d); // %PDF-
const PNG = startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = startsWith(0xff, 0xd8, 0xff);
/** Text: valid UTF-8 with no NUL byte (a binary file fails one or the other). */
const TEXT: Sniff = (head) => !head.includes(0) && isUtf8(head);

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(trimPartialCodePoint(bytes));
    return true;
  } catch {
    return false;
  }
}

/** The sniffed head may end inside a multi-byte character: drop that tail before decoding. */
function trimPartialCodePoint(bytes: Buffer): Buffer {
  let end = bytes.length;
  let back = 0;
  while (end > 0 && back < 3 && (bytes[end - 1] & 0xc0) === 0x80) {
    end--;
    back++;
  }
  if (end > 0 && bytes[end - 1] >= 0xc0) end--;
  return bytes.subarray(0, end);
}

export const EVIDENCE_TYPES: Readonly<Record<string, { contentType: string; sniff: Sniff }>> = {
  pdf: { contentType: 'application/pdf', sniff: PDF },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sniff: ZIP },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sniff: ZIP },
  pptx: { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', sniff: ZIP },
  odt: { contentType: 'application/vnd.oasis.opendocument.text', sniff: ZIP },
  ods: { contentType: 'application/vnd.oasis.opendocument.spreadsheet', sniff: ZIP },
  doc: { contentType: 'application/msword', sniff: OLE },
  xls: { contentType: 'application/vnd.ms-excel', sniff: OLE },
  zip: { contentType: 'application/zip', sniff: ZIP },
  png: { contentType: 'image/png', sniff: PNG },
  jpg: { contentType: 'image/jpeg', sniff: JPEG },
  jpeg: { contentType: 'image/jpeg', sniff: JPEG },
  txt: { contentType: 'text/plain; charset=utf-8', sniff: TEXT },
  csv: { contentType: 'text/csv; charset=utf-8', sniff: TEXT },
};

export const EVIDENCE_EXTENSIONS = Object.keys(EVIDENCE_TYPES);

export type EvidenceTypeVerdict = { ok: true; contentType: string } | { ok: false; reason: 'extension' | 'content'; extension: string };

/** The stored content type of a file named `fileName` with these bytes, or why it is refused. */
export function evidenceTypeOf(fileName: string, bytes: Buffer): EvidenceTypeVerdict {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const kind = EVIDENCE_TYPES[extension];
  if (!kind) return { ok: false, reason: 'extension', extension };
  if (!kind.sniff(bytes.subarray(0, 4096))) return { ok: false, reason: 'content', extension };
  return { ok: true, contentType: kind.contentType };
}

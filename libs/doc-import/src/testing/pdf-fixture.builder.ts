import { strToU8, zlibSync } from 'fflate';

// Minimal PDFs for specs: a page of text in a simple (WinAnsi) font, optionally
// Flate-compressed, and a "scanned" page that only paints an image.

function assemble(objects: string[], streams: Record<number, Uint8Array> = {}): Uint8Array {
  const parts: Uint8Array[] = [strToU8('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const num = i + 1;
    const stream = streams[num];
    const chunks = stream
      ? [strToU8(`${num} 0 obj\n${body}\nstream\n`), stream, strToU8('\nendstream\nendobj\n')]
      : [strToU8(`${num} 0 obj\n${body}\nendobj\n`)];
    for (const c of chunks) {
      parts.push(c);
      length += c.length;
    }
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(strToU8(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * One page in a simple Type1 font. Characters outside ASCII get codes from 128 up and
 * a /Differences entry naming their glyph "uniXXXX", as PDF producers do for Vietnamese
 * text in single-byte fonts.
 */
export function buildTextPdf(lines: string[], opts: { compress?: boolean } = {}): Uint8Array {
  const extra: string[] = [];
  const encode = (line: string): string =>
    [...line.normalize('NFC')]
      .map((ch) => {
        if (ch.charCodeAt(0) < 128) return ch.replace(/([\\()])/g, '\\$1');
        let k = extra.indexOf(ch);
        if (k < 0) k = extra.push(ch) - 1;
        return `\\${(128 + k).toString(8)}`;
      })
      .join('');
  const shown = lines.map((l) => `(${encode(l)}) Tj T*`).join('\n');
  const content = strToU8(`BT /F1 11 Tf 14 TL 60 780 Td\n${shown}\nET`);
  const data = opts.compress ? zlibSync(content) : content;
  const filter = opts.compress ? ' /Filter /FlateDecode' : '';
  const names = extra.map((ch) => `/uni${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      `<< /Length ${data.length}${filter} >>`,
      `<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 ${names}] >> >>`,
    ],
    { 4: data },
  );
}

/** A page that only paints an 8×8 grey image: what a scanner without OCR produces. */
export function buildScannedPdf(): Uint8Array {
  const pixels = new Uint8Array(64).fill(128);
  const content = strToU8('q 500 0 0 700 40 60 cm /Im1 Do Q');
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
      `<< /Length ${content.length} >>`,
      `<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>`,
    ],
    { 4: content, 5: pixels },
  );
}

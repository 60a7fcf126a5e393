import { toBinaryString, isName, type PdfDict, type PdfValue } from './pdf-lexer';
import type { PdfDocument } from './pdf-document';
import { decodeStream } from './pdf-filters';
import { glyphNameToUnicode, winAnsi } from './pdf-glyph-names';

export interface DecodedGlyph {
  text: string;
  /** Advance in text space units (already divided by 1000). */
  width: number;
  /** Single-byte code 32: word spacing (Tw) applies. */
  isSpace: boolean;
  /** No Unicode known for this code. */
  unknown: boolean;
}

interface CodeRange {
  bytes: number;
  lo: number;
  hi: number;
}

/** A font as far as text extraction needs it: bytes → characters with advances. */
export class PdfFont {
  private readonly toUnicode = new Map<number, string>();
  private readonly codeRanges: CodeRange[] = [];
  private readonly widths = new Map<number, number>();
  private readonly defaultWidth: number;
  private readonly encoding = new Map<number, string>();
  private readonly composite: boolean;
  private readonly widthScale: number;

  constructor(doc: PdfDocument, dict: PdfDict) {
    this.composite = isName(dict.map['Subtype'], 'Type0');
    const descendant = this.composite ? doc.dict(firstOf(doc.resolve(dict.map['DescendantFonts']))) : undefined;
    const tu = doc.stream(dict.map['ToUnicode']);
    if (tu) {
      try {
        this.readCMap(toBinaryString(decodeStream(tu.dict, tu.raw)), true);
      } catch {
        // an unreadable ToUnicode only costs the mapping; the encoding may still work
      }
    }
    const enc = doc.resolve(dict.map['Encoding']);
    if (this.composite) {
      const encStream = doc.stream(dict.map['Encoding']);
      if (encStream) {
        try {
          this.readCMap(toBinaryString(decodeStream(encStream.dict, encStream.raw)), false);
        } catch {
          // fall back to two-byte codes below
        }
      }
      if (!this.codeRanges.length) this.codeRanges.push({ bytes: 2, lo: 0, hi: 0xffff });
      this.defaultWidth = Number(doc.resolve(descendant?.map['DW']) ?? 1000);
      this.readCidWidths(doc, doc.resolve(descendant?.map['W']));
      this.widthScale = 1 / 1000;
    } else {
      this.codeRanges.length = 0;
      this.codeRanges.push({ bytes: 1, lo: 0, hi: 0xff });
      const first = Number(doc.resolve(dict.map['FirstChar']) ?? 0);
      const list = doc.resolve(dict.map['Widths']);
      if (Array.isArray(list)) list.forEach((w, i) => this.widths.set(first + i, Number(doc.resolve(w) ?? 0)));
      this.defaultWidth = Number(doc.dict(dict.map['FontDescriptor'])?.map['MissingWidth'] ?? 500);
      const matrix = doc.resolve(dict.map['FontMatrix']);
      this.widthScale = isName(dict.map['Subtype'], 'Type3') && Array.isArray(matrix) ? Number(matrix[0]) : 1 / 1000;
      this.readSimpleEncoding(doc, enc);
    }
  }

  private readSimpleEncoding(doc: PdfDocument, enc: PdfValue | undefined): void {
    for (let c = 0; c < 256; c++) this.encoding.set(c, winAnsi(c));
    const dict = doc.dict(enc);
    const differences = dict ? doc.resolve(dict.map['Differences']) : undefined;
    if (Array.isArray(differences)) {
      let code = 0;
      for (const item of differences) {
        if (typeof item === 'number') code = item;
        else if (isName(item)) {
          const u = glyphNameToUnicode(item.name);
          if (u !== null) this.encoding.set(code, u);
          else this.encoding.delete(code);
          code++;
        }
      }
    }
  }

  private readCidWidths(doc: PdfDocument, w: PdfValue | undefined): void {
    if (!Array.isArray(w)) return;
    for (let i = 0; i < w.length; ) {
      const start = Number(doc.resolve(w[i]));
      const next = doc.resolve(w[i + 1]);
      if (Array.isArray(next)) {
        next.forEach((v, k) => this.widths.set(start + k, Number(doc.resolve(v))));
        i += 2;
      } else {
        const end = Number(next);
        const width = Number(doc.resolve(w[i + 2]));
        for (let c = start; c <= end && c - start < 65536; c++) this.widths.set(c, width);
        i += 3;
      }
    }
  }

  /** bfchar/bfrange of a ToUnicode CMap; codespace ranges of any CMap. */
  private readCMap(text: string, unicode: boolean): void {
    const hex = (h: string): number => parseInt(h, 16);
    const utf16 = (h: string): string => {
      let out = '';
      for (let i = 0; i + 4 <= h.length; i += 4) out += String.fromCharCode(hex(h.slice(i, i + 4)));
      if (h.length === 2) out = String.fromCharCode(hex(h));
      return out;
    };
    for (const block of text.matchAll(/begincodespacerange([\s\S]*?)endcodespacerange/g)) {
      for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        const range = { bytes: m[1].length / 2, lo: hex(m[1]), hi: hex(m[2]) };
        if (!this.codeRanges.some((r) => r.bytes === range.bytes && r.lo === range.lo && r.hi === range.hi)) this.codeRanges.push(range);
      }
    }
    if (!unicode) return;
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) this.toUnicode.set(hex(m[1]), utf16(m[2]));
    }
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]*)>|\[([^\]]*)\])/g)) {
        const lo = hex(m[1]);
        const hi = hex(m[2]);
        if (hi - lo > 65535) continue;
        if (m[3] !== undefined) {
          const base = m[3];
          const prefix = base.slice(0, -4);
          const last = hex(base.slice(-4) || '0');
          for (let c = lo; c <= hi; c++) this.toUnicode.set(c, utf16(prefix + (last + c - lo).toString(16).padStart(4, '0')));
        } else {
          const items = [...(m[4] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1]);
          items.forEach((h, k) => this.toUnicode.set(lo + k, utf16(h)));
        }
      }
    }
  }

  decode(bytes: string): DecodedGlyph[] {
    const out: DecodedGlyph[] = [];
    for (let i = 0; i < bytes.length; ) {
      let len = this.composite ? 2 : 1;
      if (this.codeRanges.length) {
        for (const n of [1, 2, 3, 4]) {
          if (i + n > bytes.length) break;
          let code = 0;
          for (let k = 0; k < n; k++) code = (code << 8) | bytes.charCodeAt(i + k);
          if (this.codeRanges.some((r) => r.bytes === n && code >= r.lo && code <= r.hi)) {
            len = n;
            break;
          }
        }
      }
      let code = 0;
      for (let k = 0; k < len && i + k < bytes.length; k++) code = (code << 8) | bytes.charCodeAt(i + k);
      i += len;
      const mapped = this.toUnicode.get(code) ?? (this.composite ? undefined : this.encoding.get(code));
      const width = (this.widths.get(code) ?? this.defaultWidth) * this.widthScale;
      out.push({
        text: mapped ?? '\ufffd',
        width,
        isSpace: len === 1 && code === 32,
        unknown: mapped === undefined,
      });
    }
    return out;
  }
}

function firstOf(v: PdfValue | undefined): PdfValue | undefined {
  return Array.isArray(v) ? v[0] : v;
}

import { decodeStream } from './pdf-filters';
import {
  isDict,
  isName,
  isRef,
  isStream,
  PdfLexer,
  toBinaryString,
  type PdfDict,
  type PdfStream,
  type PdfValue,
} from './pdf-lexer';

export class PdfEncryptedError extends Error {}

/**
 * The objects of a PDF file, found by scanning for "n g obj" rather than trusting the
 * xref table (often wrong in files that went through several tools), plus the objects
 * packed in object streams.
 */
export class PdfDocument {
  private readonly objects = new Map<number, PdfValue>();
  private trailerRoot: PdfValue | undefined;

  constructor(readonly bytes: Uint8Array) {
    const s = toBinaryString(bytes);
    this.scanObjects(s);
    this.scanTrailers(s);
    this.unpackObjectStreams();
  }

  private scanObjects(s: string): void {
    const re = /(\d+)\s+(\d+)\s+obj\b/g;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const lexer = new PdfLexer(s, m.index + m[0].length);
      const value = lexer.next();
      if (value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'op')) continue;
      let stored: PdfValue = value as PdfValue;
      if (isDict(value)) {
        lexer.skipWs();
        if (s.startsWith('stream', lexer.pos)) {
          let start = lexer.pos + 6;
          if (s[start] === '\r') start++;
          if (s[start] === '\n') start++;
          const length = value.map['Length'];
          let end = -1;
          if (typeof length === 'number' && /^\s*endstream/.test(s.slice(start + length, start + length + 20))) end = start + length;
          if (end < 0) {
            const found = s.indexOf('endstream', start);
            end = found < 0 ? s.length : found;
            while (end > start && (s[end - 1] === '\n' || s[end - 1] === '\r')) end--;
          }
          stored = { kind: 'stream', dict: value, raw: this.bytes.subarray(start, end) };
          re.lastIndex = end;
        }
      }
      this.objects.set(Number(m[1]), stored);
    }
  }

  private scanTrailers(s: string): void {
    const encrypted = (d: PdfDict): boolean => d.map['Encrypt'] !== undefined;
    for (const m of s.matchAll(/trailer\s*<</g)) {
      const dict = new PdfLexer(s, (m.index ?? 0) + 7).next();
      if (isDict(dict)) {
        if (encrypted(dict)) throw new PdfEncryptedError('encrypted');
        if (dict.map['Root']) this.trailerRoot = dict.map['Root'];
      }
    }
    for (const v of this.objects.values()) {
      if (isStream(v) && isName(v.dict.map['Type'], 'XRef')) {
        if (encrypted(v.dict)) throw new PdfEncryptedError('encrypted');
        if (v.dict.map['Root']) this.trailerRoot = v.dict.map['Root'];
      }
    }
  }

  private unpackObjectStreams(): void {
    for (const v of [...this.objects.values()]) {
      if (!isStream(v) || !isName(v.dict.map['Type'], 'ObjStm')) continue;
      let data: string;
      try {
        data = toBinaryString(decodeStream(v.dict, v.raw));
      } catch {
        continue;
      }
      const n = Number(v.dict.map['N'] ?? 0);
      const first = Number(v.dict.map['First'] ?? 0);
      const header = new PdfLexer(data, 0);
      const entries: [number, number][] = [];
      for (let k = 0; k < n; k++) {
        const num = header.next();
        const off = header.next();
        if (typeof num !== 'number' || typeof off !== 'number') break;
        entries.push([num, off]);
      }
      for (const [num, off] of entries) {
        if (this.objects.has(num)) continue;
        const value = new PdfLexer(data, first + off).next();
        if (value !== undefined && !(typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'op')) {
          this.objects.set(num, value as PdfValue);
        }
      }
    }
  }

  resolve(v: PdfValue | undefined, depth = 0): PdfValue | undefined {
    if (isRef(v) && depth < 32) return this.resolve(this.objects.get(v.num), depth + 1);
    return v;
  }

  dict(v: PdfValue | undefined): PdfDict | undefined {
    const r = this.resolve(v);
    if (isDict(r)) return r;
    if (isStream(r)) return r.dict;
    return undefined;
  }

  stream(v: PdfValue | undefined): PdfStream | undefined {
    const r = this.resolve(v);
    return isStream(r) ? r : undefined;
  }

  /** Pages in order, each with its inherited resources. */
  pages(): { page: PdfDict; resources: PdfDict | undefined }[] {
    const out: { page: PdfDict; resources: PdfDict | undefined }[] = [];
    const root = this.dict(this.trailerRoot) ?? this.findCatalog();
    const seen = new Set<PdfDict>();
    const walk = (node: PdfDict | undefined, inherited: PdfDict | undefined, depth: number): void => {
      if (!node || seen.has(node) || depth > 64) return;
      seen.add(node);
      const resources = this.dict(node.map['Resources']) ?? inherited;
      const kids = this.resolve(node.map['Kids']);
      if (Array.isArray(kids)) for (const k of kids) walk(this.dict(k), resources, depth + 1);
      else if (isName(node.map['Type'], 'Page') || node.map['Contents'] !== undefined) out.push({ page: node, resources });
    };
    if (root) walk(this.dict(root.map['Pages']), undefined, 0);
    if (out.length === 0) {
      // No usable page tree: every page object, in object-number order.
      const nums = [...this.objects.keys()].sort((a, b) => a - b);
      for (const n of nums) {
        const d = this.dict(this.objects.get(n));
        if (d && isName(d.map['Type'], 'Page')) out.push({ page: d, resources: this.dict(d.map['Resources']) });
      }
    }
    return out;
  }

  private findCatalog(): PdfDict | undefined {
    for (const v of this.objects.values()) if (isDict(v) && isName(v.map['Type'], 'Catalog')) return v;
    return undefined;
  }
}

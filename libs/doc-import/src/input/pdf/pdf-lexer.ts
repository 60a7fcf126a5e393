// Tokens and objects of PDF syntax (ISO 32000-1 §7.2–7.3) over a "binary string": one
// char per byte, so offsets are byte offsets and string bytes survive untouched.

export interface PdfName {
  kind: 'name';
  name: string;
}
export interface PdfString {
  kind: 'string';
  /** Raw bytes, one char per byte. */
  bytes: string;
}
export interface PdfRef {
  kind: 'ref';
  num: number;
  gen: number;
}
export interface PdfDict {
  kind: 'dict';
  map: Record<string, PdfValue>;
}
export interface PdfStream {
  kind: 'stream';
  dict: PdfDict;
  raw: Uint8Array;
}
export interface PdfOp {
  kind: 'op';
  op: string;
}
export type PdfValue = number | boolean | null | PdfName | PdfString | PdfRef | PdfDict | PdfStream | PdfValue[];

export function toBinaryString(bytes: Uint8Array): string {
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return out;
}

const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

export class PdfLexer {
  pos: number;

  constructor(
    readonly s: string,
    start = 0,
    readonly bytes?: Uint8Array,
  ) {
    this.pos = start;
  }

  skipWs(): void {
    const s = this.s;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (WS.has(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < s.length && s[this.pos] !== '\n' && s[this.pos] !== '\r') this.pos++;
      } else break;
    }
  }

  private regular(): string {
    const s = this.s;
    const start = this.pos;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (WS.has(c) || DELIM.has(c)) break;
      this.pos++;
    }
    return s.slice(start, this.pos);
  }

  /** Next value or operator; undefined at the end. Objects nest; `R` refs are folded in. */
  next(): PdfValue | PdfOp | undefined {
    this.skipWs();
    const s = this.s;
    if (this.pos >= s.length) return undefined;
    const c = s[this.pos];
    if (c === '/') {
      this.pos++;
      const raw = this.regular();
      return { kind: 'name', name: raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) };
    }
    if (c === '(') return this.literalString();
    if (c === '<') {
      if (s[this.pos + 1] === '<') {
        this.pos += 2;
        return this.dict();
      }
      return this.hexString();
    }
    if (c === '[') {
      this.pos++;
      const arr: PdfValue[] = [];
      for (;;) {
        this.skipWs();
        if (this.pos >= s.length) return arr;
        if (s[this.pos] === ']') {
          this.pos++;
          return arr;
        }
        const v = this.next();
        if (v === undefined) return arr;
        if (isOp(v)) {
          if (v.op === 'R' && arr.length >= 2) {
            const gen = arr.pop() as number;
            const num = arr.pop() as number;
            arr.push({ kind: 'ref', num, gen });
          }
          continue;
        }
        arr.push(v);
      }
    }
    if (c === ']' || c === '>' || c === ')' || c === '{' || c === '}') {
      this.pos++;
      return { kind: 'op', op: c };
    }
    const word = this.regular();
    if (word === '') {
      this.pos++;
      return { kind: 'op', op: c };
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      const n = Number(word);
      // "12 0 R": a reference, recognised by looking ahead without consuming otherwise.
      if (/^\d+$/.test(word)) {
        const save = this.pos;
        this.skipWs();
        const gen = this.regular();
        if (/^\d+$/.test(gen)) {
          this.skipWs();
          if (s[this.pos] === 'R' && (this.pos + 1 >= s.length || WS.has(s.charCodeAt(this.pos + 1)) || DELIM.has(s.charCodeAt(this.pos + 1)))) {
            this.pos++;
            return { kind: 'ref', num: n, gen: Number(gen) };
          }
        }
        this.pos = save;
      }
      return n;
    }
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return { kind: 'op', op: word };
  }

  private dict(): PdfDict {
    const map: Record<string, PdfValue> = {};
    const s = this.s;
    for (;;) {
      this.skipWs();
      if (this.pos >= s.length) break;
      if (s[this.pos] === '>' && s[this.pos + 1] === '>') {
        this.pos += 2;
        break;
      }
      const key = this.next();
      if (key === undefined) break;
      if (typeof key !== 'object' || key === null || Array.isArray(key) || key.kind !== 'name') continue;
      const value = this.next();
      if (value === undefined) break;
      if (!isOp(value)) map[key.name] = value;
    }
    return { kind: 'dict', map };
  }

  private literalString(): PdfString {
    const s = this.s;
    this.pos++;
    let depth = 1;
    let out = '';
    while (this.pos < s.length) {
      const c = s[this.pos++];
      if (c === '\\') {
        const e = s[this.pos++];
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
        if (e in simple) out += simple[e];
        else if (e >= '0' && e <= '7') {
          let oct = e;
          while (oct.length < 3 && s[this.pos] >= '0' && s[this.pos] <= '7') oct += s[this.pos++];
          out += String.fromCharCode(parseInt(oct, 8) & 0xff);
        } else if (e === '\r') {
          if (s[this.pos] === '\n') this.pos++;
        } else if (e !== '\n') out += e;
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && --depth === 0) break;
      out += c;
    }
    return { kind: 'string', bytes: out };
  }

  private hexString(): PdfString {
    const s = this.s;
    this.pos++;
    const end = s.indexOf('>', this.pos);
    const hex = s.slice(this.pos, end < 0 ? s.length : end).replace(/[^0-9a-fA-F]/g, '');
    this.pos = end < 0 ? s.length : end + 1;
    let out = '';
    for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
    return { kind: 'string', bytes: out };
  }
}

export function isOp(v: unknown): v is PdfOp {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as PdfOp).kind === 'op';
}
export function isName(v: unknown, name?: string): v is PdfName {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as PdfName).kind === 'name' && (name === undefined || (v as PdfName).name === name);
}
export function isDict(v: unknown): v is PdfDict {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as PdfDict).kind === 'dict';
}
export function isStream(v: unknown): v is PdfStream {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as PdfStream).kind === 'stream';
}
export function isRef(v: unknown): v is PdfRef {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as PdfRef).kind === 'ref';
}
export function isString(v: unknown): v is PdfString {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as PdfString).kind === 'string';
}

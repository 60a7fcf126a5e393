import type { PdfDocument } from './pdf-document';
import { decodeStream } from './pdf-filters';
import { PdfFont } from './pdf-fonts';
import { isName, isOp, isString, PdfLexer, toBinaryString, type PdfDict, type PdfValue } from './pdf-lexer';

/** A run of text shown by one operator, positioned in page space. */
export interface TextRun {
  x: number;
  y: number;
  endX: number;
  size: number;
  text: string;
  unknown: number;
}

export interface PageContent {
  runs: TextRun[];
  images: number;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2],
    a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2],
    a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4],
    a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}

interface State {
  ctm: Matrix;
  font: PdfFont | null;
  size: number;
  charSpace: number;
  wordSpace: number;
  scale: number;
  leading: number;
  rise: number;
}

/**
 * Runs the text operators of a page's content streams (ISO 32000-1 §9.4) and records
 * where each string lands, following forms (Do) into their own content. Graphics are
 * ignored; images are only counted, to tell a scanned page from an empty one.
 */
export function readPageContent(doc: PdfDocument, page: PdfDict, resources: PdfDict | undefined): PageContent {
  const result: PageContent = { runs: [], images: 0 };
  const contents = doc.resolve(page.map['Contents']);
  const parts = Array.isArray(contents) ? contents : contents === undefined ? [] : [page.map['Contents']];
  let data = '';
  for (const part of parts) {
    const stream = doc.stream(part);
    if (!stream) continue;
    try {
      data += toBinaryString(decodeStream(stream.dict, stream.raw)) + '\n';
    } catch {
      // an undecodable stream (exotic filter) loses its text, not the page
    }
  }
  const state: State = { ctm: IDENTITY, font: null, size: 0, charSpace: 0, wordSpace: 0, scale: 1, leading: 0, rise: 0 };
  run(doc, data, resources, state, result, new Set(), 0);
  return result;
}

function run(
  doc: PdfDocument,
  data: string,
  resources: PdfDict | undefined,
  initial: State,
  out: PageContent,
  visiting: Set<unknown>,
  depth: number,
): void {
  const fonts = new Map<string, PdfFont | null>();
  const fontDict = doc.dict(resources?.map['Font']);
  const xobjects = doc.dict(resources?.map['XObject']);
  const fontOf = (name: string): PdfFont | null => {
    if (!fonts.has(name)) {
      const d = doc.dict(fontDict?.map[name]);
      let font: PdfFont | null = null;
      try {
        font = d ? new PdfFont(doc, d) : null;
      } catch {
        font = null;
      }
      fonts.set(name, font);
    }
    return fonts.get(name) ?? null;
  };

  const stack: State[] = [];
  let st: State = { ...initial };
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  const operands: PdfValue[] = [];
  const lexer = new PdfLexer(data, 0);
  const num = (k: number): number => Number(operands[operands.length - k] ?? 0);

  const show = (bytes: string): void => {
    if (!st.font) return;
    const glyphs = st.font.decode(bytes);
    const start = multiply([st.size * st.scale, 0, 0, st.size, 0, st.rise], multiply(tm, st.ctm));
    let text = '';
    let unknown = 0;
    for (const g of glyphs) {
      const advance = (g.width * st.size + st.charSpace + (g.isSpace ? st.wordSpace : 0)) * st.scale;
      tm = multiply([1, 0, 0, 1, advance, 0], tm);
      text += g.text;
      if (g.unknown) unknown++;
    }
    const end = multiply([st.size * st.scale, 0, 0, st.size, 0, st.rise], multiply(tm, st.ctm));
    const size = Math.hypot(start[2], start[3]) || st.size;
    if (text) out.runs.push({ x: start[4], y: start[5], endX: end[4], size, text, unknown });
  };
  const nextLine = (tx: number, ty: number): void => {
    tlm = multiply([1, 0, 0, 1, tx, ty], tlm);
    tm = tlm;
  };

  for (let token = lexer.next(); token !== undefined; token = lexer.next()) {
    if (!isOp(token)) {
      operands.push(token);
      continue;
    }
    switch (token.op) {
      case 'q':
        stack.push({ ...st });
        break;
      case 'Q':
        st = stack.pop() ?? st;
        break;
      case 'cm':
        st.ctm = multiply([num(6), num(5), num(4), num(3), num(2), num(1)], st.ctm);
        break;
      case 'BT':
        tm = IDENTITY;
        tlm = IDENTITY;
        break;
      case 'Tf': {
        const name = operands[operands.length - 2];
        st.font = isName(name) ? fontOf(name.name) : null;
        st.size = num(1);
        break;
      }
      case 'Tc':
        st.charSpace = num(1);
        break;
      case 'Tw':
        st.wordSpace = num(1);
        break;
      case 'Tz':
        st.scale = num(1) / 100;
        break;
      case 'TL':
        st.leading = num(1);
        break;
      case 'Ts':
        st.rise = num(1);
        break;
      case 'Td':
        nextLine(num(2), num(1));
        break;
      case 'TD':
        st.leading = -num(1);
        nextLine(num(2), num(1));
        break;
      case 'Tm':
        tlm = [num(6), num(5), num(4), num(3), num(2), num(1)];
        tm = tlm;
        break;
      case 'T*':
        nextLine(0, -st.leading);
        break;
      case 'Tj': {
        const s = operands[operands.length - 1];
        if (isString(s)) show(s.bytes);
        break;
      }
      case "'": {
        nextLine(0, -st.leading);
        const s = operands[operands.length - 1];
        if (isString(s)) show(s.bytes);
        break;
      }
      case '"': {
        st.wordSpace = num(3);
        st.charSpace = num(2);
        nextLine(0, -st.leading);
        const s = operands[operands.length - 1];
        if (isString(s)) show(s.bytes);
        break;
      }
      case 'TJ': {
        const arr = operands[operands.length - 1];
        if (Array.isArray(arr)) {
          for (const el of arr) {
            if (isString(el)) show(el.bytes);
            else if (typeof el === 'number') tm = multiply([1, 0, 0, 1, (-el / 1000) * st.size * st.scale, 0], tm);
          }
        }
        break;
      }
      case 'Do': {
        const name = operands[operands.length - 1];
        const xo = isName(name) ? doc.stream(xobjects?.map[name.name]) : undefined;
        if (!xo) break;
        if (isName(xo.dict.map['Subtype'], 'Image')) out.images++;
        else if (isName(xo.dict.map['Subtype'], 'Form') && !visiting.has(xo) && depth < 12) {
          const m = doc.resolve(xo.dict.map['Matrix']);
          const matrix = Array.isArray(m) && m.length === 6 ? (m.map(Number) as Matrix) : IDENTITY;
          let formData = '';
          try {
            formData = toBinaryString(decodeStream(xo.dict, xo.raw));
          } catch {
            break;
          }
          visiting.add(xo);
          run(doc, formData, doc.dict(xo.dict.map['Resources']) ?? resources, { ...st, ctm: multiply(matrix, st.ctm) }, out, visiting, depth + 1);
          visiting.delete(xo);
        }
        break;
      }
      case 'BI': {
        // Inline image: skip its binary data up to "EI".
        out.images++;
        const idAt = data.indexOf('ID', lexer.pos);
        const ei = idAt < 0 ? -1 : data.slice(idAt + 3).search(/\sEI(\s|$)/);
        lexer.pos = ei < 0 ? data.length : idAt + 3 + ei + 3;
        break;
      }
      default:
        break;
    }
    operands.length = 0;
  }
}

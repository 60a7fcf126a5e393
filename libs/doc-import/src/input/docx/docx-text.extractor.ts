import { unzipSync } from 'fflate';
import { foldVietnamese } from '@dondoc/domain';
import type { Extracted } from '../extract-text';
import { DocxNumbering } from './docx-numbering';
import { childElements, firstChild, parseXml, type XmlElement, type XmlNode } from './xml-lite';

const PARTS = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);

/**
 * .docx → the text a reader sees: paragraphs as lines with Word's automatic numbers put
 * back, task tables as "| a | b |" rows, and two-column layout tables (header, signature)
 * as side-by-side text, the shape PDF-to-text gives, so one parser reads all three inputs.
 */
export function extractDocxText(bytes: Uint8Array): Extracted {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => PARTS.has(f.name) });
  } catch (e) {
    return { ok: false, error: { code: 'corrupt-file', message: `Tệp .docx hỏng (không giải nén được): ${(e as Error).message}` } };
  }
  const doc = files['word/document.xml'];
  if (!doc) return { ok: false, error: { code: 'corrupt-file', message: 'Tệp .docx thiếu word/document.xml.' } };
  const decode = (b: Uint8Array | undefined): XmlElement | null => (b ? parseXml(new TextDecoder('utf-8').decode(b)) : null);
  const numbering = new DocxNumbering(decode(files['word/numbering.xml']), decode(files['word/styles.xml']));
  const root = decode(doc) as XmlElement;
  const body = findBody(root);
  if (!body) return { ok: false, error: { code: 'corrupt-file', message: 'Tệp .docx không có phần w:body.' } };
  const lines: string[] = [];
  for (const el of childElements(body)) {
    if (el.name === 'w:p') lines.push(...paragraphLines(el, numbering));
    else if (el.name === 'w:tbl') lines.push(...tableLines(el, numbering));
    else if (el.name === 'w:sdt') {
      const content = firstChild(el, 'w:sdtContent');
      if (content) for (const p of childElements(content, 'w:p')) lines.push(...paragraphLines(p, numbering));
    }
  }
  return { ok: true, text: lines.join('\n'), format: 'docx', warnings: [] };
}

function findBody(el: XmlElement): XmlElement | undefined {
  for (const c of childElements(el)) {
    if (c.name === 'w:body') return c;
    const inner = findBody(c);
    if (inner) return inner;
  }
  return undefined;
}

/** Run text of a paragraph; tracked deletions are skipped, insertions kept. */
function runText(node: XmlNode): string {
  if (typeof node === 'string') return '';
  switch (node.name) {
    case 'w:t':
      return node.children.filter((c): c is string => typeof c === 'string').join('');
    case 'w:tab':
      return '\t';
    case 'w:br':
    case 'w:cr':
      return '\n';
    case 'w:noBreakHyphen':
      return '-';
    case 'w:del':
    case 'w:delText':
    case 'w:instrText':
    case 'w:pPr':
    case 'w:rPr':
      return '';
    default:
      return node.children.map(runText).join('');
  }
}

function paragraphLines(p: XmlElement, numbering: DocxNumbering): string[] {
  const label = numbering.labelFor(firstChild(p, 'w:pPr'));
  const text = p.children.map(runText).join('');
  const withLabel = label && text.trim() ? `${label} ${text.replace(/^\s+/, '')}` : text;
  return withLabel.split('\n');
}

function cellParagraphs(tc: XmlElement, numbering: DocxNumbering): string[] {
  const out: string[] = [];
  for (const el of childElements(tc)) {
    if (el.name === 'w:p') out.push(...paragraphLines(el, numbering).map((l) => l.trim()));
    else if (el.name === 'w:tbl') out.push(...tableLines(el, numbering).map((l) => l.trim()));
  }
  while (out.length && !out[out.length - 1]) out.pop();
  return out;
}

function tableLines(tbl: XmlElement, numbering: DocxNumbering): string[] {
  const rows = childElements(tbl, 'w:tr').map((tr) => childElements(tr, 'w:tc').map((tc) => cellParagraphs(tc, numbering)));
  if (!rows.length) return [];
  const columns = Math.max(...rows.map((r) => r.length));
  const firstRow = foldVietnamese(rows[0].map((c) => c.join(' ')).join(' '));
  const isData = columns >= 3 || /\b(stt|tt|nhiem vu|noi dung)\b/.test(firstRow);
  if (isData) {
    return rows.map((r) => `| ${r.map((c) => c.filter(Boolean).join(' ').replace(/\|/g, '/')).join(' | ')} |`);
  }
  // Layout table: lay the cells side by side, paragraph by paragraph, with a wide gap.
  const out: string[] = [];
  for (const r of rows) {
    const widths = r.map((c) => Math.max(0, ...c.map((l) => l.length)));
    const height = Math.max(0, ...r.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      let line = '';
      r.forEach((c, j) => {
        const piece = c[k] ?? '';
        line += j < r.length - 1 ? piece.padEnd(widths[j] + 6, ' ') : piece;
      });
      out.push(line.replace(/\s+$/, ''));
    }
    out.push('');
  }
  return out;
}

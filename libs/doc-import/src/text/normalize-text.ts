// Turns any extracted text into the one form the parsers read: NFC, LF line ends, no BOM
// or invisible characters, no markdown emphasis. Lines are kept one-for-one (nothing is
// joined or dropped) so line numbers in the output point at the source as displayed.

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

export function normalizeText(input: string): string {
  let text = input.replace(/^\ufeff/, '').normalize('NFC');
  text = text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029\u0085]/g, '\n');
  text = text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
  // Text copied out of a web page's source keeps its entities and line breaks.
  if (/&(?:nbsp|amp|quot|lt|gt|#\d+);|<br\s*\/?>/i.test(text)) text = decodeHtmlBits(text);
  return text.split('\n').map(normalizeLine).join('\n');
}

// A row copied out of a spreadsheet or Word table: cells between tabs, a row number (or the
// STT header, or an empty cell on a continuation row) first. Its columns do not line up as
// text, so it becomes the "| … |" row a docx table gives.
const TSV_FIRST_CELL = /^\s*(?:STT|TT|Stt|\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?|[a-zđ][.)]?)?\s*$/u;

function tabRow(line: string): string | null {
  if (!line.includes('\t')) return null;
  const cells = line.split('\t').map((c) => c.trim());
  if (cells.length < 3 || cells.filter(Boolean).length < 2 || !TSV_FIRST_CELL.test(cells[0])) return null;
  // "Nơi nhận:<tab><tab>CHỦ TỊCH" and other two-column layouts are not rows.
  if (cells.filter(Boolean).length < 3 && cells[0] === '') return null;
  return `| ${cells.join(' | ')} |`;
}

function normalizeLine(line: string): string {
  let s = tabRow(line) ?? line.replace(/\t/g, '    '); // tabs become a column gap the layout code can see
  s = stripMarkdown(s);
  // Word bullets written as glyphs read as the plain bullet the outline parser knows.
  s = s.replace(/^(\s*)[•◦▪●·∙]\s*/, '$1- ');
  return s.replace(/\s+$/, '');
}

function stripMarkdown(line: string): string {
  let s = line.replace(/\*\*|__/g, '');
  s = s.replace(/^(\s*)#{1,6}\s+/, '$1'); // "# CHỈ THỊ" headings from markdown exports
  s = s.replace(/\\([.\-*_()[\]#+!>`])/g, '$1'); // pandoc escapes such as "1\." and "\-"
  // *emphasis* pairs inside a line (a leading "* " stays a bullet).
  s = s.replace(/(^|[\s(])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s.,;:)])/g, '$1$2');
  s = s.replace(/^(\s*)\*\s+/, '$1- ');
  return s;
}

function decodeHtmlBits(text: string): string {
  return text
    .replace(/\s*<br\s*\/?>\s*$/gim, '')
    .replace(/\s*<br\s*\/?>\s*/gi, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&quot;/gi, '"')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/gi, '&');
}

// Turns any extracted text into the one form the parsers read: NFC, LF line ends, no BOM
// or invisible characters, no markdown emphasis. Lines are kept one-for-one (nothing is
// joined or dropped) so line numbers in the output point at the source as displayed.

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

export function normalizeText(input: string): string {
  let text = input.replace(/^\ufeff/, '').normalize('NFC');
  text = text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029\u0085]/g, '\n');
  text = text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
  return text
    .split('\n')
    .map(normalizeLine)
    .join('\n');
}

function normalizeLine(line: string): string {
  let s = line.replace(/\t/g, '    '); // tabs become a column gap the layout code can see
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

import { strToU8, zipSync } from 'fflate';

// Builds small but structurally real .docx files for specs: Word's automatic numbering
// (numbering.xml), layout tables for the header and signature, and a data table, which
// are the parts of WordprocessingML the extractor has to get right.

export type DocxBlock = { p: string; num?: { id: number; level: number } } | { table: string[][][]; layout?: boolean };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraph(text: string, num?: { id: number; level: number }): string {
  const pPr = num ? `<w:pPr><w:numPr><w:ilvl w:val="${num.level}"/><w:numId w:val="${num.id}"/></w:numPr></w:pPr>` : '';
  // Split runs and a tab like Word does, so run joining is exercised.
  const [first, ...rest] = text.split(/(?<=\s)/);
  const runs = [first, rest.join('')]
    .filter(Boolean)
    .map((t) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`)
    .join('');
  return `<w:p>${pPr}${runs}</w:p>`;
}

function table(rows: string[][][]): string {
  const tr = rows
    .map((cells) => `<w:tr>${cells.map((paras) => `<w:tc>${paras.map((t) => paragraph(t)).join('') || '<w:p/>'}</w:tc>`).join('')}</w:tr>`)
    .join('');
  return `<w:tbl><w:tblPr/>${tr}</w:tbl>`;
}

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

export function buildDocx(blocks: DocxBlock[]): Uint8Array {
  const body = blocks.map((b) => ('p' in b ? paragraph(b.p, b.num) : table(b.table))).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
    'word/numbering.xml': strToU8(NUMBERING),
  });
}

import type { TextLine } from '../text/text-lines';
import { parseAddressees, type AddresseeBlock } from './addressees.parser';
import { parseFooter, type FooterInfo } from './footer.parser';
import { parseHeader, type HeaderInfo } from './header.parser';
import { parseTitleBlock, type TitleBlock } from './title-block.parser';

export interface DocumentStructure {
  header: HeaderInfo;
  title: TitleBlock;
  addressees: AddresseeBlock;
  footer: FooterInfo;
  /** Body lines [bodyFrom, bodyTo), 0-based indexes. */
  bodyFrom: number;
  bodyTo: number;
  /** Appendix lines [appendixFrom, lines.length) when something follows the signature. */
  appendixFrom: number | null;
}

/** Cuts a document into header, title, addressees, body, footer and appendix. */
export function parseStructure(lines: TextLine[]): DocumentStructure {
  const header = parseHeader(lines);
  const title = parseTitleBlock(lines, header.end);
  const afterTitle = Math.max(header.end, title.end);
  const addressees = parseAddressees(lines, afterTitle);
  const bodyFrom = Math.max(afterTitle, addressees.end);
  const footer = parseFooter(lines, bodyFrom);
  const appendixFrom = footer.appendixStart !== null && footer.appendixStart >= footer.start ? footer.appendixStart : null;
  return { header, title, addressees, footer, bodyFrom, bodyTo: footer.start, appendixFrom };
}

import { isSeparatorLine, isUpperCaseText, splitSegments, type TextLine } from '../text/text-lines';
import { docTypeFromTitle } from './doc-type';
import { detectMarker } from './outline-markers';

export interface TitleBlock {
  /** The heading as written, e.g. "CHỈ THỊ". */
  title: string | null;
  subject: string | null;
  lines: [number, number] | null;
  /** Index of the first line after the block. */
  end: number;
}

// Lines that end a title's subject: the issuing authority's line ("CHỦ TỊCH ỦY BAN NHÂN
// DÂN TỈNH") and the legal bases of a quyết định.
const AFTER_SUBJECT =
  /^(CHỦ TỊCH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BỘ TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG|HỘI ĐỒNG NHÂN DÂN|Căn cứ|Kính g[ửở]i)(?![\p{L}\d])/u;

/**
 * The document-type heading after the header and the subject under it ("QUYẾT ĐỊNH" /
 * "Về việc ..."). Subject lines run to the first blank line after they start.
 */
export function parseTitleBlock(lines: TextLine[], from: number): TitleBlock {
  let i = from;
  while (i < lines.length && (!lines[i].text || isSeparatorLine(lines[i].text))) i++;
  if (i >= lines.length) return { title: null, subject: null, lines: null, end: from };
  const heading = splitSegments(lines[i].raw)[0]?.text ?? '';
  if (!isUpperCaseText(heading) || !docTypeFromTitle(heading) || heading.length > 80) {
    return { title: null, subject: null, lines: null, end: from };
  }
  const titleLine = lines[i];
  const typeWords =
    /^(THÔNG BÁO KẾT LUẬN|QUYẾT ĐỊNH|CHỈ THỊ|THÔNG BÁO|KẾ HOẠCH|CÔNG ĐIỆN|TỜ TRÌNH|BÁO CÁO|NGHỊ QUYẾT|HƯỚNG DẪN|CHƯƠNG TRÌNH|GIẤY MỜI|CÔNG VĂN|PHƯƠNG ÁN|ĐỀ ÁN|THÔNG TƯ|NGHỊ ĐỊNH|BIÊN BẢN)/u.exec(
      heading,
    );
  const title = typeWords ? typeWords[1] : heading;
  const parts: string[] = [];
  const inline = heading.slice(title.length).trim();
  if (inline) parts.push(inline);
  let last = titleLine.no;
  i++;
  let started = parts.length > 0;
  for (; i < lines.length; i++) {
    const text = splitSegments(lines[i].raw)[0]?.text ?? '';
    if (!text) {
      if (started) break;
      continue;
    }
    if (isSeparatorLine(text)) {
      if (started) break;
      continue;
    }
    if (AFTER_SUBJECT.test(text) && (started || isUpperCaseText(text) || /^Căn cứ|^Kính g[ửở]i/u.test(text))) break;
    // Text without blank lines (copied from a PDF): the subject also ends where the body
    // visibly starts — a numbered item, a heading, "Nơi nhận", a finished sentence.
    if (started && endsSubject(text, parts)) break;
    parts.push(text);
    last = lines[i].no;
    started = true;
  }
  return {
    title,
    subject: parts.length ? parts.join(' ').replace(/\s+/g, ' ').trim() : null,
    lines: [titleLine.no, last],
    end: i,
  };
}

const BODY_OPENING =
  /^(Nơi nhận|Căn cứ|Kính gửi|Thực hiện|Theo đề nghị|Xét đề nghị|Để|Nhằm|Sau khi|Vừa qua|Hiện nay|Trong thời gian|Thời gian qua|Ngày \d)(?![\p{L}\d])/u;

function endsSubject(text: string, parts: string[]): boolean {
  if (detectMarker(text) || BODY_OPENING.test(text)) return true;
  if (isUpperCaseText(text) && !isUpperCaseText(parts[0])) return true;
  const last = parts[parts.length - 1];
  if (/[.;:]$/.test(last)) return true;
  // A title broken to fit its width ends on a short line; a capital after it opens the body.
  if (parts.length >= 2 && /^\p{Lu}/u.test(text) && last.length < 0.6 * parts[0].length && text.length > parts[0].length) return true;
  return parts.length >= 4;
}

import type { ImportWarning, Signer } from '../imported-document.types';
import { isSeparatorLine, isUpperCaseText, splitSegments, type TextLine } from '../text/text-lines';

export interface FooterInfo {
  recipients: string[];
  signer: Signer | null;
  /** Index of the first footer line: where the body ends. */
  start: number;
  /** Index after the last footer line. */
  end: number;
  /** Index where an appendix (phụ lục, attached plan or table) starts, if any. */
  appendixStart: number | null;
  warnings: ImportWarning[];
}

const NOI_NHAN = /^Nơi\s+nhận\b\s*[:：]?\s*/iu;
const BULLET = /^[-–—+•]\s*/u;
const AUTHORITY = /^(KT|TM|Q|TL|TUQ|T\/M|K\/T|Q\/)\.?\s+/u;
const TITLE_WORD =
  /(CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|TRƯỞNG BAN|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VỤ TRƯỞNG|ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|VĂN PHÒNG|BÍ THƯ|TRƯỞNG|PHÓ|KT\.|TM\.|TL\.|TUQ\.)/u;
const SIGNATURE_NOISE =
  /^(\(?\s*(đã ký|Đã ký|ĐÃ KÝ|ký tên|Ký tên|chữ ký|Chữ ký|ký số|Ký số|đóng dấu)[^)]*\)?|\[.*\]|(Ký bởi|Email|Thời gian ký|Người ký|Cơ quan|Ngày ký)\s*:.*)$/u;
const APPENDIX = /^(PHỤ LỤC|DANH MỤC|BẢNG\s|\(?\s*(Ban hành )?[Kk]èm theo\b)/u;

function isTitleLine(text: string): boolean {
  return isUpperCaseText(text) && (AUTHORITY.test(text) || TITLE_WORD.test(text)) && text.length <= 80;
}

function isNameLine(text: string): boolean {
  if (/[\d;:,()]/.test(text) || text.length > 50) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (isUpperCaseText(text)) return !TITLE_WORD.test(text) && !APPENDIX.test(text);
  return words.every((w) => /^\p{Lu}/u.test(w));
}

// "- Như trên;   KT. CHỦ TỊCH" or the same run together with one space.
function footerSegments(raw: string): string[] {
  const out: string[] = [];
  for (const seg of splitSegments(raw)) {
    const m = /^(.*?[;.])\s+((?:KT|TM|Q|TL|TUQ)\.\s*\p{Lu}.*|(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG)\b.*)$/u.exec(seg.text);
    if (m && BULLET.test(seg.text)) out.push(m[1], m[2]);
    else out.push(seg.text);
  }
  return out;
}

export function parseFooter(lines: TextLine[], bodyStart: number): FooterInfo {
  const info: FooterInfo = { recipients: [], signer: null, start: lines.length, end: lines.length, appendixStart: null, warnings: [] };
  let noiNhan = -1;
  for (let i = bodyStart; i < lines.length; i++) {
    const first = splitSegments(lines[i].raw)[0]?.text ?? '';
    if (NOI_NHAN.test(first)) {
      noiNhan = i;
      break;
    }
  }
  let start = noiNhan;
  if (start < 0) start = findSignerFromEnd(lines, bodyStart);
  if (start < 0) {
    info.warnings.push({ code: 'missing-footer', message: 'Không thấy phần "Nơi nhận" và chữ ký.' });
    const appendix = findAppendix(lines, bodyStart);
    if (appendix !== null) {
      info.start = appendix;
      info.end = appendix;
      info.appendixStart = appendix;
    }
    return info;
  }
  // A signature block written above "Nơi nhận" belongs to the footer too.
  if (noiNhan >= 0) start = extendUpOverSignature(lines, noiNhan, bodyStart);
  info.start = start;

  const titles: string[] = [];
  let name: string | null = null;
  let lastFooterLine = start;
  let recipientOpen = false; // the last recipient line did not end with ";" or "."

  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line.text || isSeparatorLine(line.text)) continue;
    let belongs = false;
    for (let seg of footerSegments(line.raw)) {
      if (NOI_NHAN.test(seg)) {
        seg = seg.replace(NOI_NHAN, '').trim();
        belongs = true;
        if (!seg) continue;
        if (!BULLET.test(seg) && !isTitleLine(seg)) {
          // "Nơi nhận: Như trên; Lưu: VT." on one line.
          for (const r of seg.split(/\s*;\s*/)) info.recipients.push(cleanRecipient(r));
          recipientOpen = !/[;.,]\s*$/u.test(seg);
          continue;
        }
      }
      if (BULLET.test(seg)) {
        info.recipients.push(cleanRecipient(seg));
        recipientOpen = !/[;.,]\s*$/u.test(seg);
        belongs = true;
      } else if (SIGNATURE_NOISE.test(seg)) {
        belongs = true;
      } else if (!name && isTitleLine(seg)) {
        titles.push(seg.replace(/\s+/g, ' '));
        belongs = true;
      } else if (!name && titles.length && isNameLine(seg)) {
        name = seg.replace(/\s+/g, ' ');
        belongs = true;
      } else if (info.recipients.length && recipientOpen && !name) {
        const k = info.recipients.length - 1;
        info.recipients[k] = cleanRecipient(`${info.recipients[k]} ${seg}`); // wrapped recipient
        recipientOpen = !/[;.,]\s*$/u.test(seg);
        belongs = true;
      } else if (
        noiNhan >= 0 &&
        i > noiNhan &&
        !titles.length &&
        !name &&
        /[;.]$/.test(seg) &&
        seg.length <= 120 &&
        !isUpperCaseText(seg)
      ) {
        // Recipients written without bullets, one per line.
        info.recipients.push(cleanRecipient(seg));
        recipientOpen = false;
        belongs = true;
      } else if (noiNhan < 0 && !name && i === start) {
        belongs = true;
      }
    }
    if (!belongs) break;
    lastFooterLine = i;
  }
  info.end = lastFooterLine + 1;
  const rest = nextNonBlank(lines, info.end);
  info.appendixStart = rest;
  info.recipients = info.recipients.filter((r) => r.length > 0);
  if (titles.length || name) {
    const authority = titles.filter((t) => AUTHORITY.test(t));
    info.signer = {
      title: titles.join(' '),
      name: name ?? '',
      position: titles.length ? titles[titles.length - 1] : '',
      authority,
    };
    if (!name) info.warnings.push({ code: 'missing-signer-name', message: 'Không thấy họ tên người ký.' });
  } else {
    info.warnings.push({ code: 'missing-signer', message: 'Không thấy chức danh và họ tên người ký.' });
  }
  if (noiNhan < 0) info.warnings.push({ code: 'missing-recipients', message: 'Không thấy phần "Nơi nhận".' });
  return info;
}

function cleanRecipient(text: string): string {
  return text
    .replace(BULLET, '')
    .replace(/\s+/g, ' ')
    .replace(/[;,]\s*$/u, '')
    .replace(/\.\/?\.?$/u, '')
    .trim();
}

function nextNonBlank(lines: TextLine[], from: number): number | null {
  for (let i = from; i < lines.length; i++) if (lines[i].text && !SIGNATURE_NOISE.test(lines[i].text)) return i;
  return null;
}

function extendUpOverSignature(lines: TextLine[], noiNhan: number, bodyStart: number): number {
  let start = noiNhan;
  for (let i = noiNhan - 1; i > bodyStart && noiNhan - i <= 8; i--) {
    const t = lines[i].text;
    if (!t || SIGNATURE_NOISE.test(t)) continue;
    if (isTitleLine(t) || isNameLine(t)) start = i;
    else break;
  }
  return start;
}

function findAppendix(lines: TextLine[], from: number): number | null {
  for (let i = from; i < lines.length; i++) if (APPENDIX.test(lines[i].text) && isUpperCaseText(lines[i].text)) return i;
  return null;
}

/** Without "Nơi nhận": the last title lines + name before any appendix. */
function findSignerFromEnd(lines: TextLine[], bodyStart: number): number {
  const limit = findAppendix(lines, bodyStart) ?? lines.length;
  for (let i = limit - 1; i > bodyStart; i--) {
    const t = lines[i].text;
    if (!t || SIGNATURE_NOISE.test(t)) continue;
    if (!isNameLine(t)) return -1;
    let j = i - 1;
    let first = -1;
    while (j > bodyStart && i - j <= 8) {
      const u = lines[j].text;
      if (u && !SIGNATURE_NOISE.test(u)) {
        if (isTitleLine(u)) first = j;
        else break;
      }
      j--;
    }
    return first;
  }
  return -1;
}

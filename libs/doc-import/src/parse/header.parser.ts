import type { ImportWarning } from '../imported-document.types';
import { isSeparatorLine, isUpperCaseText, splitSegments, type TextLine } from '../text/text-lines';
import { isoDate } from './vietnamese-dates';

export interface HeaderInfo {
  issuer: string | null;
  issuerParent: string | null;
  number: string | null;
  symbol: string | null;
  reference: string | null;
  place: string | null;
  date: string | null;
  /** Year and month ("2023-06") when the day was left blank ("ngày    tháng 6 năm 2023"). */
  datePartial: string | null;
  /** The "V/v ..." line(s) of a công văn, joined with spaces, "V/v" kept as written. */
  vv: string | null;
  vvLines: [number, number] | null;
  mottoFound: boolean;
  /** Index (0-based) of the first line after the header block. */
  end: number;
  warnings: ImportWarning[];
}

// Tone marks sit on either vowel in old and new spelling (HÒA / HOÀ), so both are allowed.
const MOTTO_1 = /C[ỘộOo]NG\s+H[ÒòOo][AaÀà]\s+X[ÃãAa]\s+H[ỘộOo]I\s+CH[ỦủUu]\s+NGH[ĨĩIi]A\s+VI[ỆệEe]T\s+NAM/iu;
// A party committee's letter carries the party's name where the state motto would be.
const MOTTO_3 = /Đ[ẢảAa]NG\s+C[ỘộOo]NG\s+S[ẢảAa]N\s+VI[ỆệEe]T\s+NAM/u;
const MOTTO_2 = /Đ[ỘộOo]c\s+l[ẬậAa]p\s*[-–—]\s*T[ỰựUu]\s+do\s*[-–—]\s*H[ẠạAa]nh\s+ph[ÚúUu]c/iu;
const NUMBER_AT = /(?:^|\s)(Số|SỐ|So)\s*[:.]?\s*(?=[\d/…. ]*\/|\d)/u;
const NUMBER = /^(?:Số|SỐ|So)\s*[:.]?\s*(\d+[a-zA-Z]?)?[\s….]*([/-])\s*((?:\d{4}\s*\/\s*)?[\p{L}\d&.]+(?:\s*[-/]\s*[\p{L}\d&.]+)*)/u;
// "Thừa Thiên Huế, ngày", also "Thành phố Hồ Chí Minh, ngày" and "thị xã Hương Thủy, ngày".
const DATE_AT =
  /((?:(?:[Tt]hành phố|[Tt]hị xã|[Tt]hị trấn|[Hh]uyện|[Qq]uận|[Tt]ỉnh|TP\.?|Tp\.)\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)\s*,\s*ngày\b/u;
const DATE_WORDS = /ngày\s*(\d{1,2})?[\s….]*tháng\s*(\d{1,2})?[\s….]*năm\s*(\d{4})/iu;
const DATE_NUMERIC = /ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;
const VV_AT = /(?:^|\s)(V\/[vV]\b|Về việc\b)/u;
const KINH_GUI = /^Kính\s+g[ửở]i\b/iu;
const STAMP = /^[\s*_]*(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN CẤP|KHẨN|TỐI MẬT|TUYỆT MẬT|MẬT|DỰ THẢO|Dự thảo)(?:\s*\d+)?[\s*_]*$/u;
const DOC_TITLE =
  /^(QUYẾT ĐỊNH|CHỈ THỊ|THÔNG BÁO|KẾ HOẠCH|CÔNG ĐIỆN|TỜ TRÌNH|BÁO CÁO|NGHỊ QUYẾT|HƯỚNG DẪN|CHƯƠNG TRÌNH|GIẤY MỜI|CÔNG VĂN|PHƯƠNG ÁN|ĐỀ ÁN|THÔNG TƯ|NGHỊ ĐỊNH|BIÊN BẢN)(?![\p{L}\d])/u;

// Lines that open a new body in the left header; anything else continues the previous
// one ("ỦY BAN NHÂN DÂN" + "TỈNH THỪA THIÊN HUẾ" is one body, "SỞ NỘI VỤ" a new one).
const BODY_START =
  /^(ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|BỘ|SỞ|VĂN PHÒNG|BAN|THANH TRA|TRUNG TÂM|CỤC|TỔNG CỤC|CHÍNH PHỦ|THỦ TƯỚNG|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|HUYỆN ỦY|ĐÀI|CÔNG AN|BỘ CHỈ HUY|KHO BẠC|NGÂN HÀNG|VIỆN|TRƯỜNG|BỆNH VIỆN|LIÊN ĐOÀN|ỦY BAN MẶT TRẬN|ĐẢNG ỦY|ĐẢNG BỘ|BCH|PHÒNG|CHI CỤC|TỔNG CÔNG TY|CÔNG TY|BẢO HIỂM XÃ HỘI|CẢNG VỤ|QUỸ|BAN QUẢN LÝ)(?![\p{L}\d])/u;

type Piece = { kind: 'motto' | 'number' | 'date' | 'vv' | 'text'; text: string; start: number };

/** Splits a header segment at the markers that broken text runs together on one line. */
function pieces(segmentText: string, start: number): Piece[] {
  const cuts: { at: number; kind: Piece['kind'] }[] = [];
  for (const re of [MOTTO_1, MOTTO_2, MOTTO_3]) {
    const m = re.exec(segmentText);
    if (m) cuts.push({ at: m.index, kind: 'motto' }, { at: m.index + m[0].length, kind: 'text' });
  }
  // The number first: its symbol ("UBND-NV") must not be read as the start of a place name.
  let searchFrom = 0;
  const n = NUMBER_AT.exec(segmentText);
  if (n) {
    const at = n.index + n[0].indexOf(n[1]);
    const parsed = NUMBER.exec(segmentText.slice(at));
    cuts.push({ at, kind: 'number' });
    searchFrom = at + (parsed ? parsed[0].length : n[1].length);
    cuts.push({ at: searchFrom, kind: 'text' });
  }
  const rest = segmentText.slice(searchFrom);
  const d = DATE_AT.exec(rest);
  if (d) cuts.push({ at: searchFrom + d.index, kind: 'date' });
  const v = VV_AT.exec(rest);
  if (v) cuts.push({ at: searchFrom + v.index + v[0].indexOf(v[1]), kind: 'vv' });
  cuts.sort((a, b) => a.at - b.at);
  const out: Piece[] = [];
  let pos = 0;
  let kind: Piece['kind'] = 'text';
  for (const cut of [...cuts, { at: segmentText.length, kind: 'text' as const }]) {
    if (cut.at < pos) continue;
    const text = segmentText.slice(pos, cut.at).trim();
    if (text) out.push({ kind, text, start: start + pos });
    pos = cut.at;
    kind = cut.kind;
  }
  return out;
}

export function parseNumber(text: string): { number: string | null; symbol: string | null; reference: string | null } {
  const m = NUMBER.exec(text.trim());
  if (!m) return { number: null, symbol: null, reference: null };
  const number = m[1] ?? null;
  let symbol = m[3].replace(/\s+/g, '').replace(/[.,;:]+$/, '');
  let year: string | null = null;
  const withYear = /^(\d{4})\/(.+)$/.exec(symbol);
  if (withYear) {
    year = withYear[1];
    symbol = withYear[2];
  }
  const reference = [number ?? '', year, symbol].filter((p) => p !== null).join(m[2] === '-' && !year ? '-' : '/');
  return { number, symbol: symbol || null, reference };
}

export function parsePlaceDate(text: string): { place: string | null; date: string | null; dateFound: boolean; partial: string | null } {
  const placeMatch = /^(.*?)\s*,\s*ngày\b/iu.exec(text);
  const place = placeMatch ? placeMatch[1].trim() || null : null;
  const words = DATE_WORDS.exec(text) ?? DATE_NUMERIC.exec(text);
  if (!words) return { place, date: null, dateFound: false, partial: null };
  const date = words[1] && words[2] ? isoDate(Number(words[3]), Number(words[2]), Number(words[1])) : null;
  // A letter printed before signing leaves the day blank; the month still dates it.
  const month = words[2] ? Number(words[2]) : 0;
  const partial = !date && month >= 1 && month <= 12 ? `${words[3]}-${String(month).padStart(2, '0')}` : null;
  return { place, date, dateFound: true, partial };
}

/**
 * Blank fill-ins ("Số:    07/CT-UBND", "ngày     tháng 6") are runs of spaces, which the
 * two-column reading would take for a column gap; they are closed up before the split.
 */
export function closeFillIns(raw: string): string {
  return raw
    .replace(/((?:^|\s)(?:Số|SỐ|So)\s*[:.]?)\s{3,}(?=[\d/…])/u, '$1 ')
    .replace(/(ngày)\s{3,}(?=tháng)/iu, '$1 ')
    .replace(/(tháng)\s{3,}(?=năm)/iu, '$1 ')
    .replace(/(ngày\s*\d{0,2})\s{3,}(?=tháng)/iu, '$1 ')
    .replace(/(tháng\s*\d{0,2})\s{3,}(?=năm)/iu, '$1 ');
}

function isHeaderStop(line: TextLine, numberSeen: boolean, mottoSeen: boolean): boolean {
  const t = line.text;
  if (KINH_GUI.test(t)) return true;
  const first = splitSegments(line.raw)[0]?.text ?? '';
  // A heading that is only the type ("THÔNG BÁO") is the title even with no number above it.
  const bareTitle = DOC_TITLE.exec(first)?.[0] === first.replace(/[\s.:]+$/, '');
  if ((numberSeen || mottoSeen || bareTitle) && DOC_TITLE.test(first) && isUpperCaseText(first) && !MOTTO_1.test(t)) return true;
  // A long sentence is the body starting: the header has none. Columns are measured one by
  // one: a wide left column pads a short line far to the right.
  const longest = Math.max(...splitSegments(line.raw).map((seg) => seg.text.length), 0);
  return longest > 110 && !MOTTO_1.test(t) && !DATE_WORDS.test(t) && !/^Số(?![\p{L}\d])/u.test(t);
}

export function parseHeader(lines: TextLine[]): HeaderInfo {
  const info: HeaderInfo = {
    issuer: null,
    issuerParent: null,
    number: null,
    symbol: null,
    reference: null,
    place: null,
    date: null,
    datePartial: null,
    vv: null,
    vvLines: null,
    mottoFound: false,
    end: 0,
    warnings: [],
  };
  const issuerLines: string[] = [];
  const vvParts: string[] = [];
  let vvOpen = false;
  let vvColumn = 0;
  let numberSeen = false;
  let dateSeen = false;
  let i = 0;
  const limit = Math.min(lines.length, 60);

  for (; i < limit; i++) {
    const line = lines[i];
    if (!line.text) {
      if (vvOpen && vvParts.length) vvOpen = false; // a blank line closes the V/v block
      continue;
    }
    if (isHeaderStop(line, numberSeen, info.mottoFound)) break;
    if (isSeparatorLine(line.text)) continue;
    // Urgency and secrecy stamps ("HỎA TỐC", "KHẨN", "MẬT") and "DỰ THẢO" sit on their own line.
    if (STAMP.test(line.text)) continue;
    if (!vvOpen && vvParts.length && numberSeen && dateSeen && !hasHeaderMarker(line.text)) break;

    let usedLine = false;
    let bodyStarted = false;
    for (const seg of splitSegments(closeFillIns(line.raw))) {
      for (const piece of pieces(seg.text, seg.start)) {
        usedLine = true;
        switch (piece.kind) {
          case 'motto':
            info.mottoFound = true;
            break;
          case 'number': {
            const parsed = parseNumber(piece.text);
            numberSeen = true;
            Object.assign(info, parsed);
            if (!parsed.number) {
              info.warnings.push({
                code: 'missing-number',
                message: `Dòng ${line.no}: không đọc được số văn bản ("${piece.text}").`,
                lines: [line.no, line.no],
              });
            }
            break;
          }
          case 'date': {
            const pd = parsePlaceDate(piece.text);
            if (!pd.dateFound) break;
            dateSeen = true;
            info.place = pd.place;
            info.date = pd.date;
            info.datePartial = pd.partial;
            if (!pd.date) {
              info.warnings.push({
                code: pd.partial ? 'incomplete-date' : 'missing-date',
                message: pd.partial
                  ? `Dòng ${line.no}: ngày ban hành để trống ("${piece.text}"); "date" để null, tháng ${pd.partial.slice(5)}/${pd.partial.slice(0, 4)} ghi ở "datePartial" và được dùng để suy năm của thời hạn, chọn sơ đồ tổ chức. Cần nhập ngày ký.`
                  : `Dòng ${line.no}: ngày ban hành không đầy đủ ("${piece.text}").`,
                lines: [line.no, line.no],
              });
            }
            break;
          }
          case 'vv':
            vvOpen = true;
            vvColumn = piece.start;
            vvParts.push(piece.text);
            info.vvLines = [line.no, line.no];
            break;
          default:
            if (vvOpen && vvParts.length && piece.start <= vvColumn + 20) {
              vvParts.push(piece.text);
              if (info.vvLines) info.vvLines[1] = line.no;
            } else if (!numberSeen && !vvParts.length && isUpperCaseText(piece.text) && piece.start < 60) {
              issuerLines.push(piece.text);
            } else if (!isUpperCaseText(piece.text) && ((numberSeen && dateSeen) || piece.text.length > 60 || /[.;:]$/.test(piece.text))) {
              bodyStarted = true; // a sentence is not header material: the body begins here
            }
        }
      }
    }
    if (bodyStarted) {
      // Keep what the line held that is header material, but let the body have the line.
      break;
    }
    if (!usedLine) break;
  }
  info.end = i;
  if (vvParts.length) info.vv = vvParts.join(' ').replace(/\s+/g, ' ').trim();
  const bodies = groupBodies(issuerLines);
  info.issuer = bodies.length ? bodies[bodies.length - 1] : null;
  info.issuerParent = bodies.length > 1 ? bodies[bodies.length - 2] : null;
  if (!info.mottoFound) {
    info.warnings.push({ code: 'missing-motto', message: 'Không thấy Quốc hiệu, tiêu ngữ ở phần đầu văn bản.' });
  }
  if (!numberSeen) info.warnings.push({ code: 'missing-number', message: 'Không thấy dòng "Số: …/…".' });
  if (!dateSeen) info.warnings.push({ code: 'missing-date', message: 'Không thấy địa danh, ngày tháng năm ban hành.' });
  if (!info.issuer) info.warnings.push({ code: 'missing-issuer', message: 'Không xác định được cơ quan ban hành.' });
  return info;
}

function hasHeaderMarker(text: string): boolean {
  return MOTTO_1.test(text) || MOTTO_2.test(text) || NUMBER_AT.test(text) || DATE_WORDS.test(text);
}

function groupBodies(lines: string[]): string[] {
  const bodies: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (bodies.length === 0 || BODY_START.test(line)) bodies.push(line);
    else bodies[bodies.length - 1] += ` ${line}`;
  }
  return bodies;
}

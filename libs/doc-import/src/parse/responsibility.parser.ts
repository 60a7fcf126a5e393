import { cleanUnitName, splitUnitList, startsUnitName } from './unit-list.splitter';

export interface Responsibility {
  lead: string[];
  support: string[];
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\d])';

// Lower-case verbs and connectives that end a list of unit names ("Sở Nội vụ tham mưu ...").
// Case-sensitive on purpose: the same words capitalised belong to names ("Sở Xây dựng").
const STOP_WORDS = [
  'để', 'nhằm', 'tham mưu', 'thực hiện', 'triển khai', 'tổ chức thực hiện', 'xây dựng', 'hướng dẫn',
  'kiểm tra', 'rà soát', 'báo cáo', 'theo dõi', 'đôn đốc', 'tổng hợp', 'đề xuất', 'nghiên cứu',
  'bố trí', 'chỉ đạo', 'trình', 'ban hành', 'hoàn thành', 'khẩn trương', 'tiếp tục', 'chủ động',
  'tăng cường', 'quán triệt', 'tuyên truyền', 'giải quyết', 'xử lý', 'cập nhật', 'đánh giá',
  'phổ biến', 'lập', 'thẩm định', 'cung cấp', 'theo', 'trong', 'trước', 'định kỳ', 'hằng', 'hàng',
  'có trách nhiệm', 'chịu trách nhiệm', 'làm', 'chủ trì', 'phối hợp', 'căn cứ', 'sớm', 'kịp thời',
  'nghiêm túc', 'tập trung', 'rà', 'phân công', 'là', 'thường xuyên', 'tiếp nhận', 'quy định',
  'đảm bảo', 'bảo đảm', 'tạo', 'khắc phục', 'chuẩn bị', 'tổ chức', 'thống nhất', 'hỗ trợ', 'về',
  'đẩy mạnh', 'đẩy nhanh', 'cân đối', 'phân bổ', 'bổ sung', 'hoàn thiện', 'sửa đổi', 'giám sát',
  'phát sóng', 'công khai', 'kê khai', 'số hóa', 'duy trì', 'nâng cao', 'huy động', 'vận hành',
  'phê duyệt', 'thông báo', 'gửi', 'tiến hành', 'quản lý', 'kiện toàn', 'rà soát',
];
const STOP = new RegExp(`[.;:()]|\\s(?:${STOP_WORDS.join('|')})${NOT_LETTER_AFTER}`, 'u');
// Capitalised only where a sentence starts: "Ban Chỉ đạo" is a name, not "chỉ đạo".
const LEAD_VERB = new RegExp(
  `(?:(?:^|[.;:]\\s*)(?:Giao(?:\\s+cho)?|Đề nghị|Yêu cầu|Chỉ đạo|Phân công|Ủy quyền|Uỷ quyền)|${NOT_LETTER_BEFORE}(?:giao(?:\\s+cho)?|đề nghị|yêu cầu|chỉ đạo|phân công|ủy quyền|uỷ quyền))\\s+`,
  'gu',
);
const CHU_TRI = new RegExp(`${NOT_LETTER_BEFORE}chủ trì${NOT_LETTER_AFTER}`, 'giu');
const PHOI_HOP = new RegExp(`${NOT_LETTER_BEFORE}phối hợp(?:\\s+chặt chẽ)?(?:\\s+với)?\\s+`, 'giu');
const SU_PHOI_HOP = new RegExp(`${NOT_LETTER_BEFORE}sự phối hợp của\\s+`, 'giu');

/** Unit names at the start of `text`, up to the verb that follows them. */
export function unitsForward(text: string): string[] {
  const stop = STOP.exec(text);
  const span = stop ? text.slice(0, stop.index) : text;
  const out: string[] = [];
  for (const name of splitUnitList(span)) {
    if (!looksLikeUnit(name)) break;
    out.push(name);
  }
  return out;
}

function looksLikeUnit(name: string): boolean {
  return startsUnitName(name) || (/^\p{Lu}/u.test(name) && name.split(' ').length <= 12 && !/^(Tiếp|Tăng|Thực|Tập|Nâng|Khắc)/u.test(name));
}

/** Where in `clause` a unit name begins (at a word start), or -1. */
function unitStart(clause: string): number {
  if (startsUnitName(clause)) return 0;
  for (const m of clause.matchAll(/\s+/g)) {
    const at = (m.index ?? 0) + m[0].length;
    if (startsUnitName(clause.slice(at))) return at;
  }
  return -1;
}

function addAll(target: string[], names: string[]): void {
  for (const n of names.map(cleanUnitName)) if (n && !target.includes(n)) target.push(n);
}

/**
 * Lead ("chủ trì", "Giao X", "Đề nghị X", "X có trách nhiệm …", "X: …") and supporting
 * units ("phối hợp với Y", "với sự phối hợp của Y", "Y phối hợp") as written in one task.
 */
export function parseResponsibility(text: string): Responsibility {
  const lead: string[] = [];
  const support: string[] = [];
  const flat = text.replace(/\s+/g, ' ').trim();

  // "X chủ trì": X is the unit list closing the clause before it.
  for (const m of flat.matchAll(CHU_TRI)) {
    const before = flat.slice(0, m.index);
    const clauseStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':'));
    let clause = before.slice(clauseStart + 1);
    const verbs = [...clause.matchAll(LEAD_VERB)];
    if (verbs.length) {
      const v = verbs[verbs.length - 1];
      clause = clause.slice((v.index ?? 0) + v[0].length);
    }
    clause = clause.replace(/\s+(do|giao)\s*$/u, '').trim();
    const at = unitStart(clause);
    if (at >= 0) addAll(lead, splitUnitList(clause.slice(at)).filter(looksLikeUnit));
  }

  if (lead.length === 0) {
    for (const m of flat.matchAll(LEAD_VERB)) {
      const names = unitsForward(flat.slice((m.index ?? 0) + m[0].length));
      if (names.length) {
        addAll(lead, names);
        break;
      }
    }
  }

  if (lead.length === 0 && startsUnitName(flat)) {
    // "Sở Nội vụ có trách nhiệm ...", "Thanh tra tỉnh: ...", "Sở A phối hợp với Sở B ...":
    // the subject is the lead; "Các sở phối hợp thực hiện" (no "với") only supports.
    const names = unitsForward(flat);
    const stop = STOP.exec(flat);
    const rest = stop ? flat.slice(stop.index) : '';
    const supportOnly = /^\s*phối hợp(?!\s+(chặt chẽ\s+)?với)/u.test(rest);
    if (names.length && !supportOnly) addAll(lead, names);
  }

  for (const re of [PHOI_HOP, SU_PHOI_HOP]) {
    for (const m of flat.matchAll(re)) addAll(support, unitsForward(flat.slice((m.index ?? 0) + m[0].length)));
  }
  // "...; Sở Tài chính, Sở Tư pháp phối hợp." — units before "phối hợp" that are not the lead.
  for (const m of flat.matchAll(new RegExp(`([^.;:]*?)\\s+phối hợp${NOT_LETTER_AFTER}`, 'gu'))) {
    const clause = m[1].trim();
    const at = unitStart(clause);
    if (at < 0 || /chủ trì/u.test(clause)) continue;
    const names = splitUnitList(clause.trim().slice(at)).filter(looksLikeUnit);
    addAll(support, names.filter((n) => !lead.includes(n)));
  }
  return { lead, support: support.filter((s) => !lead.includes(s)) };
}

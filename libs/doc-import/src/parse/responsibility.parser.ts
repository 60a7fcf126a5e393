import { cleanUnitName, splitUnitList, startsUnitName, trimToFieldName } from './unit-list.splitter';

export interface Responsibility {
  lead: string[];
  support: string[];
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\d])';

// Lower-case verbs and connectives that end a list of unit names ("Sở Nội vụ tham mưu ...").
// Case-sensitive on purpose: the same words capitalised belong to names ("Sở Xây dựng").
export const STOP_WORDS = [
  'để',
  'nhằm',
  'tham mưu',
  'thực hiện',
  'triển khai',
  'tổ chức thực hiện',
  'xây dựng',
  'hướng dẫn',
  'kiểm tra',
  'rà soát',
  'báo cáo',
  'theo dõi',
  'đôn đốc',
  'tổng hợp',
  'đề xuất',
  'nghiên cứu',
  'bố trí',
  'chỉ đạo',
  'trình',
  'ban hành',
  'hoàn thành',
  'khẩn trương',
  'tiếp tục',
  'chủ động',
  'tăng cường',
  'quán triệt',
  'tuyên truyền',
  'giải quyết',
  'xử lý',
  'cập nhật',
  'đánh giá',
  'phổ biến',
  'lập',
  'thẩm định',
  'cung cấp',
  'theo',
  'trong',
  'trước',
  'định kỳ',
  'hằng',
  'hàng',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'làm',
  'chủ trì',
  'phối hợp',
  'căn cứ',
  'sớm',
  'kịp thời',
  'nghiêm túc',
  'tập trung',
  'rà',
  'phân công',
  'là',
  'thường xuyên',
  'tiếp nhận',
  'quy định',
  'đảm bảo',
  'bảo đảm',
  'tạo điều kiện',
  'khắc phục',
  'thành lập',
  'cụ thể hóa',
  'cụ thể hoá',
  'chịu',
  'có ý kiến',
  'nghiên cứu',
  'chuẩn bị',
  'tổ chức',
  'thống nhất',
  'hỗ trợ',
  'về',
  'đẩy mạnh',
  'đẩy nhanh',
  'cân đối',
  'phân bổ',
  'bổ sung',
  'hoàn thiện',
  'sửa đổi',
  'giám sát',
  'phát sóng',
  'công khai',
  'kê khai',
  'số hóa',
  'duy trì',
  'nâng cao',
  'huy động',
  'vận hành',
  'phê duyệt',
  'thông báo',
  'gửi',
  'tiến hành',
  'quản lý',
  'kiện toàn',
  'rà soát',
  'công bố',
  'thẩm tra',
  'điều chỉnh',
  'điều hành',
  'vận động',
  'xác định',
  'xác minh',
  'phát động',
  'bàn giao',
  'sắp xếp',
  'lựa chọn',
  'cử',
  'mời',
  'nắm',
  'tổng kết',
  'sơ kết',
  'khảo sát',
  'đăng tải',
  'ứng dụng',
  'áp dụng',
  'phân loại',
  'nộp',
  'tập huấn',
  'bồi dưỡng',
  'đào tạo',
  'quyết định',
  'quyết toán',
  'thanh toán',
  'giải ngân',
  'thu hồi',
  'di dời',
  'phủ sóng',
  'cắt giảm',
  'đơn giản hóa',
  'chấn chỉnh',
  'cung ứng',
  'chú trọng',
  'quan tâm',
  'ưu tiên',
  'thu thập',
  'xem xét',
  'tiếp thu',
  'lấy ý kiến',
  'kiểm điểm',
  'hoàn tất',
  'kết nối',
  'tích hợp',
  'chia sẻ',
  'khai thác',
  'kiến nghị',
  'trả lời',
  'xúc tiến',
  'nhanh chóng',
  'cụ thể',
  'thẩm định',
  'tuyên truyền',
];
// "các tổ chức chính trị - xã hội" is a name, "tổ chức" after it is not the verb.
const STOP = new RegExp(`[.;:()]|(?<!(?:^|\\s)các)\\s(?:${STOP_WORDS.join('|')})${NOT_LETTER_AFTER}`, 'u');
// Capitalised only where a sentence starts. "Chỉ đạo X …" is not here: who is told to
// direct X answers for it ("Bộ Công Thương chỉ đạo Tập đoàn Điện lực …": the ministry).
const LEAD_VERB = new RegExp(
  `(?:(?:^|[.;:]\\s*)(?:Giao(?:\\s+cho)?|Đề nghị|Yêu cầu|Phân công|Ủy quyền|Uỷ quyền)|${NOT_LETTER_BEFORE}(?:giao(?:\\s+cho)?|đề nghị|yêu cầu|phân công|ủy quyền|uỷ quyền))\\s+`,
  'gu',
);
const CHU_TRI = new RegExp(`${NOT_LETTER_BEFORE}chủ trì${NOT_LETTER_AFTER}`, 'giu');
const PHOI_HOP = new RegExp(`${NOT_LETTER_BEFORE}phối hợp(?:\\s+chặt chẽ)?(?:\\s+với)?\\s+`, 'giu');
const SU_PHOI_HOP = new RegExp(`${NOT_LETTER_BEFORE}sự phối hợp của\\s+`, 'giu');

// "Ủy ban nhân dân các tỉnh: Quảng Ngãi, Bình Định" — proper names listed after a colon.
const NAMES_AFTER_COLON =
  /^\s*[:：]\s*(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*(?:\s*(?:,|\svà)\s*\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)+)(?=\s+\p{Ll}|\s*[.;,]|\s*$)/u;
const ENDS_WITH_COLLECTIVE = /(?:^|\s)các\s+(?:tỉnh|huyện|xã|phường|quận|sở|bộ|Bộ|Sở|thành phố|địa phương|đơn vị|cơ quan)$/u;

/** "… các tỉnh" + ": A, B, C" → how many characters the listed names add, or 0. */
function colonListLength(span: string, rest: string): number {
  if (!ENDS_WITH_COLLECTIVE.test(span.trim())) return 0;
  const m = NAMES_AFTER_COLON.exec(rest);
  return m ? m[0].length : 0;
}

// Verbs after a unit that make it the one carrying the item out.
const EXECUTING_VERB =
  /^\s*(?:chỉ đạo|chủ trì|có trách nhiệm|chịu trách nhiệm|thực hiện|tổ chức thực hiện|tổ chức|triển khai|đảm nhiệm)(?![\p{L}])/u;
// "… do UBND các huyện tổ chức": the unit after "do" acts.
const BY_UNIT = new RegExp(`${NOT_LETTER_BEFORE}do\\s+(?=\\p{Lu}|các\\s)`, 'gu');

/** Unit names at the start of `text`, up to the verb that follows them. */
export function unitsForward(text: string): string[] {
  const stop = STOP.exec(text);
  let span = stop ? text.slice(0, stop.index) : text;
  if (stop && stop[0] === ':') {
    const extra = colonListLength(span, text.slice(stop.index));
    if (extra) return [cleanUnitName(text.slice(0, stop.index + extra))];
  }
  span = span.trim();
  const out: string[] = [];
  for (const name of splitUnitList(span)) {
    if (!looksLikeUnit(name)) break;
    out.push(name);
  }
  return out;
}

// "Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính" — labelled, as plans write them.
const LEAD_LABEL = /(?:^|[.;,(\-–+•]\s*)(?:[Cc]ơ quan|[Đđ]ơn vị)\s+(?:chủ trì|thực hiện|chịu trách nhiệm|đầu mối)\s*[:：]\s*/gu;
const SUPPORT_LABEL = /(?:^|[.;,(\-–+•]\s*)(?:[Cc]ơ quan|[Đđ]ơn vị)\s+phối hợp\s*[:：]\s*/gu;

function labelled(flat: string, re: RegExp): string[] {
  const out: string[] = [];
  for (const m of flat.matchAll(re)) {
    const rest = flat.slice((m.index ?? 0) + m[0].length);
    const end = rest.search(/[.)]|\s(?:thời gian|thời hạn|hoàn thành|sản phẩm)(?![\p{L}])/iu);
    const span = end >= 0 ? rest.slice(0, end) : rest;
    // "Đơn vị thực hiện: Các sở, ban, ngành; UBND các huyện …" — names go on past ";".
    const parts = span.split(/\s*;\s*/);
    let taken = 1;
    while (taken < parts.length && startsUnitName(parts[taken])) taken++;
    const names = parts.slice(0, taken);
    out.push(...splitUnitList(names.join('; ')).filter(looksLikeUnit));
  }
  return out;
}

/** "Sở Kế hoạch và Đầu tư: Chủ trì, …" — the units a task is addressed to by a leading label. */
function leadingLabel(flat: string): string[] {
  const m = /^([^:：.;]{3,160}?)\s*[:：]/u.exec(flat);
  if (!m || !startsUnitName(m[1])) return [];
  if (colonListLength(m[1], flat.slice(m[1].length))) return [];
  const names = splitUnitList(m[1]);
  return names.length && names.every(looksLikeUnit) && unitsForward(m[1]).length === names.length ? names : [];
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
  for (const n of names.map((x) => trimToFieldName(cleanUnitName(x)))) if (n && !target.includes(n)) target.push(n);
}

/**
 * Lead ("chủ trì", "Giao X", "Đề nghị X", "X có trách nhiệm …", "X: …") and supporting
 * units ("phối hợp với Y", "với sự phối hợp của Y", "Y phối hợp") as written in one task.
 */
export function parseResponsibility(text: string): Responsibility {
  const lead: string[] = [];
  const support: string[] = [];
  // "II. ĐỐI VỚI UBND CÁC XÃ, THỊ TRẤN" / "Đối với Sở Y tế:" names who the items under it are for.
  const flat = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:Đối với|ĐỐI VỚI|đối với)\s+([^.;:]{3,90}?)\s*[:：.]?$/u, '$1:')
    // "Nhiệm vụ của Tổ công tác:" over the items the body it names is to do.
    .replace(/^(?:Nhiệm vụ|Trách nhiệm|Nhiệm vụ, quyền hạn)\s+(?:của|cho)\s+([^.;:]{3,90}?)\s*[:：.]?$/u, '$1:');

  addAll(lead, labelled(flat, LEAD_LABEL));
  addAll(support, labelled(flat, SUPPORT_LABEL));
  // A label names who the item is for; a "giao X chủ trì" inside it delegates, it does not replace.
  addAll(lead, leadingLabel(flat));
  const fixedLead = lead.length > 0;

  // "X chủ trì": X is the unit list closing the clause before it.
  for (const m of fixedLead ? [] : flat.matchAll(CHU_TRI)) {
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

  if (lead.length === 0) {
    // "…; Sở Thông tin và Truyền thông chỉ đạo thực hiện." / "… do UBND các huyện tổ chức.":
    // a later clause names who carries the item out.
    for (const clause of flat.split(/[.;]\s+/u).slice(1)) {
      const c = clause.trim();
      if (!startsUnitName(c)) continue;
      const names = unitsForward(c);
      const stop = STOP.exec(c);
      if (names.length && stop && EXECUTING_VERB.test(c.slice(stop.index))) {
        addAll(lead, names);
        break;
      }
    }
  }
  if (lead.length === 0) {
    for (const m of flat.matchAll(BY_UNIT)) {
      const names = unitsForward(flat.slice((m.index ?? 0) + m[0].length));
      const rest = flat.slice((m.index ?? 0) + m[0].length);
      const stop = STOP.exec(rest);
      if (names.length && stop && EXECUTING_VERB.test(rest.slice(stop.index))) {
        addAll(lead, names);
        break;
      }
    }
  }

  for (const re of [PHOI_HOP, SU_PHOI_HOP]) {
    for (const m of flat.matchAll(re)) addAll(support, unitsForward(flat.slice((m.index ?? 0) + m[0].length)));
  }
  // "...; Sở Tài chính, Sở Tư pháp phối hợp." — units before "phối hợp" that are not the lead.
  for (const m of flat.matchAll(new RegExp(`([^.;:]*?)\\s+phối hợp${NOT_LETTER_AFTER}`, 'gu'))) {
    const clause = m[1].trim();
    if (/(?:[Cc]ơ quan|[Đđ]ơn vị)$/u.test(clause)) continue; // "Cơ quan phối hợp:" is a label
    const at = unitStart(clause);
    if (at < 0 || /chủ trì/u.test(clause) || /(?:^|\s)(?:với\s+)?sự$/u.test(clause)) continue;
    // Only names may stand right before "phối hợp": "Công an tỉnh xây dựng … với sự" is a sentence.
    if (STOP.test(clause.slice(at))) continue;
    const names = splitUnitList(clause.trim().slice(at)).filter(looksLikeUnit);
    addAll(
      support,
      names.filter((n) => !lead.includes(n)),
    );
  }
  return { lead, support: support.filter((s) => !lead.includes(s)) };
}

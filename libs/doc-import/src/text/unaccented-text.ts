import { STOP_WORDS } from '../parse/responsibility.parser';

// Letters typed or converted without Vietnamese marks ("Kinh gui", "chu tri, phoi hop
// voi", "KT. CHU TICH"): the parsers key on the marked words, so the words they need are
// given their marks back for parsing. Each marked letter is one code point in NFC, so
// lines and columns do not move, and stripping the marks from what is read gives the text
// exactly as it was written.

const PHRASES = [
  // header, title block, footer
  'Kính gửi',
  'Nơi nhận',
  'Như trên',
  'Như Điều',
  'Lưu',
  'Về việc',
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'Hội đồng nhân dân',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Giám đốc',
  'Phó Giám đốc',
  'Bộ trưởng',
  'Thứ trưởng',
  'Chánh Văn phòng',
  'Thủ tướng',
  'Phó Thủ tướng',
  'Trưởng ban',
  'Cục trưởng',
  'Văn phòng',
  'Quyết định',
  'Chỉ thị',
  'Thông báo',
  'Kế hoạch',
  'Công điện',
  'Nghị quyết',
  'Tờ trình',
  'Báo cáo',
  'Hướng dẫn',
  'Chương trình',
  'Giấy mời',
  'Công văn',
  'Kết luận',
  'Điều',
  'Phần',
  'Chương',
  'Căn cứ',
  'Nhiệm vụ',
  'Mục đích',
  'Mục tiêu',
  'Yêu cầu',
  'Tổ chức thực hiện',
  'Giải pháp',
  'Đề nghị',
  'Giao',
  'Phân công',
  'Trách nhiệm',
  // units
  'Thủ trưởng',
  'Trung tâm',
  'Công an',
  'Chi cục',
  'Tổng cục',
  'Cục',
  'Đài',
  'Kho bạc',
  'Ngân hàng',
  'Bệnh viện',
  'Trường',
  'Thanh tra',
  'Người đứng đầu',
  'Lãnh đạo',
  'Thường trực',
  'các sở',
  'các cơ quan',
  'các đơn vị',
  'các địa phương',
  'các huyện',
  'các xã',
  'các ngành',
  'các tỉnh',
  'các bộ',
  'sở, ban, ngành',
  'sở, ngành',
  'thị xã',
  'thành phố',
  'thị trấn',
  'huyện',
  'tỉnh',
  'cấp tỉnh',
  'cấp huyện',
  'cấp xã',
  'địa phương',
  'đơn vị',
  'cơ quan',
  'liên quan',
  'có liên quan',
  'trực thuộc',
  'trên địa bàn',
  // verbs and cues
  'yêu cầu',
  'đề nghị',
  'chỉ đạo',
  'chủ trì',
  'phối hợp với',
  'phối hợp',
  'trước ngày',
  'chậm nhất',
  'định kỳ',
  'hằng tháng',
  'hàng tháng',
  'hằng quý',
  'hàng quý',
  'hằng năm',
  'hàng năm',
  'mỗi tháng',
  'mỗi quý',
  'cuối năm',
  'cuối quý',
  'ngày làm việc',
  'thường xuyên',
  'liên tục',
  'hoàn thành',
  'trong tháng',
  'trong năm',
  'trong quý',
  'tình hình',
  'tồn tại',
  'hạn chế',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'nghiêm túc thực hiện',
  'tháng cuối quý',
  'kể từ ngày',
  'trong vòng',
  'thời hạn',
];
// Plain forms that are other words too ("nam": năm, Nam, nắm; "moi": mời, mọi, môi).
const AMBIGUOUS = new Set(['nam', 'moi', 'cu', 'lap', 'la', 've', 'de', 'lam', 'tao', 'co', 'can', 'to', 'ban']);

const MARKS = /[\u0300-\u036f]/g;

/** The text without Vietnamese marks, case kept ("Sở Nội vụ" → "So Noi vu"). */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (marked: string): void => {
    const plain = stripMarks(marked);
    if (plain === marked || plain.length !== marked.length || AMBIGUOUS.has(plain.toLowerCase())) return;
    if (!table.has(plain)) table.set(plain, marked);
  };
  for (const p of PHRASES) {
    // Phrases in every case; a single word only as listed and in capitals ("Lưu", "LƯU").
    const variants = p.includes(' ') ? [p, p.toLowerCase(), capitalise(p.toLowerCase()), p.toUpperCase()] : [p, p.toUpperCase()];
    for (const v of variants) add(v);
  }
  // The verbs that end a unit name are matched in lower case only, and so restored.
  for (const w of STOP_WORDS) add(w);
  return table;
}

const TABLE = buildTable();
const PATTERN = new RegExp(
  `(?<![A-Za-z])(${[...TABLE.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![A-Za-z])`,
  'g',
);

// Date words and periods, by their context: "ngay 03 thang 3 nam 2023", "quy II/2023".
const CONTEXTUAL: [RegExp, string][] = [
  [/(?<![A-Za-z])ngay(?=\s*(?:\d|\.|…|thang))/g, 'ngày'],
  [/(?<![A-Za-z])NGAY(?=\s*\d)/g, 'NGÀY'],
  [/(?<![A-Za-z])thang(?=\s*(?:\d|\.|…|nam\s+\d))/g, 'tháng'],
  [/(?<![A-Za-z])(?:nam)(?=\s+\d{4})/g, 'năm'],
  [/(?<![A-Za-z])quy(?=\s+(?:[IV]{1,3}|[1-4])(?![A-Za-z\d]))/g, 'quý'],
  [/(?<![A-Za-z])So(?=\s+\p{Lu})/gu, 'Sở'],
  [/(?<![A-Za-z])Phong(?=\s+\p{Lu})/gu, 'Phòng'],
  [/(?<![A-Za-z])Bo(?=\s+\p{Lu})/gu, 'Bộ'],
];

/**
 * True for a letter written without marks: plenty of letters, almost none of them marked,
 * and the unmarked function words of Vietnamese all over it.
 */
export function isUnaccented(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 150) return false;
  const marked = letters.filter((c) => c > '\u007f').length;
  if (marked / letters.length > 0.01) return false;
  const words = text.match(/(?<![A-Za-z])(cua|cac|va|nhan dan|thuc hien|tinh|nam|ngay|theo|trong|nhung|duoc)(?![A-Za-z])/gi) ?? [];
  return words.length >= 5;
}

/** The marks the parsers need, put back; same length, line for line. */
export function restoreMarks(text: string): string {
  let out = text;
  for (const [re, marked] of CONTEXTUAL) out = out.replace(re, marked);
  return out.replace(PATTERN, (m) => TABLE.get(m) ?? m);
}

/**
 * Lines typed without marks in a letter that otherwise has them (headings, "NOI NHAN:",
 * "KT. CHU TICH"): each such line gets the marks of its key words back, nothing else moves.
 */
export function restoreUnmarkedLines(text: string): { text: string; restored: number } {
  let restored = 0;
  const out = text.split('\n').map((line) => {
    const letters = line.match(/\p{L}/gu) ?? [];
    if (letters.length < 2 || letters.some((c) => c > '\u007f')) return line;
    const back = restoreMarks(line);
    if (back !== line) restored++;
    return back;
  });
  return { text: out.join('\n'), restored };
}

/**
 * Gives back a string read from restored text as the letter wrote it, word by word: a word
 * the letter has stays, a word the letter only has without marks loses them.
 */
export function asWrittenIn(original: string): (value: string) => string {
  const words = new Set(original.split(/\s+/).filter(Boolean));
  return (value) =>
    value.replace(/\S+/g, (word) => {
      if (words.has(word)) return word;
      const plain = stripMarks(word);
      return words.has(plain) ? plain : word;
    });
}

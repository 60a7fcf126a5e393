// Vietnamese name folding for matching unit names the way letters write them: with or
// without diacritics, any case, abbreviations (UBND, HĐND, KH&ĐT) and punctuation noise.

// Abbreviations that stand for whole words in any unit name.
const WORD_ABBREVIATIONS: Record<string, string> = {
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  vpubnd: 'van phong uy ban nhan dan',
  bql: 'ban quan ly',
  vp: 'van phong',
  tp: 'thanh pho',
  tx: 'thi xa',
  ttg: 'thu tuong',
  ptth: 'phat thanh va truyen hinh',
};

/** Lower-case ASCII words: diacritics removed, đ→d, `&`→"va", punctuation → spaces. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folded words with word abbreviations expanded (`ubnd tinh` → `uy ban nhan dan tinh`). */
export function foldAndExpand(text: string): string {
  return foldVietnamese(text)
    .split(' ')
    .map((w) => WORD_ABBREVIATIONS[w] ?? w)
    .join(' ')
    .trim();
}

/**
 * Spaces and the word "và" removed after folding, so "Sở KH&ĐT", "Sở KH-ĐT" and
 * "Sở KHĐT" share one key ("sokhdt").
 */
export function compactKey(text: string): string {
  return foldAndExpand(text)
    .split(' ')
    .filter((w) => w !== 'va')
    .join('');
}

// Words that open a unit name; what follows is the unit's specific name, whose initials
// documents use as an abbreviation (Sở Tài nguyên và Môi trường → Sở TN&MT).
const KIND_PREFIXES = ['uy ban nhan dan', 'van phong', 'trung tam', 'thanh tra', 'ban', 'so', 'dai', 'cuc', 'bo'];

/** Abbreviated forms of a unit name: kind word + initials of the rest, e.g. `sotnmt`. */
export function initialsVariants(name: string): string[] {
  const folded = foldAndExpand(name);
  const out: string[] = [];
  for (const prefix of KIND_PREFIXES) {
    if (!folded.startsWith(prefix + ' ')) continue;
    const rest = folded
      .slice(prefix.length + 1)
      .split(' ')
      .filter((w) => w && w !== 'va');
    if (rest.length < 2) break;
    out.push(prefix.replace(/ /g, '') + rest.map((w) => w[0]).join(''));
    break;
  }
  return out;
}

// Office-holder words before a unit name ("Giám đốc Sở Nội vụ", "Chủ tịch UBND huyện").
const ROLE_PREFIXES = [
  'kinh gui',
  'dong chi',
  'pho chu tich',
  'chu tich',
  'pho giam doc',
  'tong giam doc',
  'giam doc',
  'thu truong',
  'pho truong',
  'truong',
  'chanh',
  'lanh dao',
  'nguoi dung dau',
  'cuc truong',
  'bo truong',
  'tap the',
];

/** Folded, expanded text with leading office-holder words removed. */
export function stripRoleWords(folded: string): string {
  let text = folded;
  let changed = true;
  while (changed) {
    changed = false;
    for (const role of ROLE_PREFIXES) {
      if (text === role) return '';
      if (text.startsWith(role + ' ')) {
        text = text.slice(role.length + 1);
        changed = true;
      }
    }
  }
  return text;
}

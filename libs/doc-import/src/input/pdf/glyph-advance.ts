// Advance widths of Times-Roman (Adobe's AFM, in thousandths of an em): official letters are
// set in Times New Roman or a metric twin (Liberation Serif), so these widths tell where a
// character of a pdf.js item lies far better than the item's average does ("i" is a
// quarter of "m"). A letter with marks takes its base letter's width.
const LOWER = [
  444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444,
];
const UPPER = [
  722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611,
];
export const SPACE_ADVANCE = 250;
const OTHER: Record<string, number> = {
  ' ': SPACE_ADVANCE,
  ',': 250,
  '.': 250,
  ';': 278,
  ':': 278,
  '/': 278,
  '-': 333,
  '(': 333,
  ')': 333,
  '"': 408,
  "'": 180,
  '%': 833,
  '&': 778,
};

export function advanceOf(char: string): number {
  const base = char === 'đ' ? 'd' : char === 'Đ' ? 'D' : char.normalize('NFD')[0];
  const code = base.charCodeAt(0);
  if (code >= 97 && code <= 122) return LOWER[code - 97];
  if (code >= 65 && code <= 90) return UPPER[code - 65];
  if (code >= 48 && code <= 57) return 500;
  return OTHER[base] ?? 500;
}

// pdftotext (and some PDF printers) cut Vietnamese syllables where a stacked mark made the
// glyph wider: "tr ước", "b ổ sung", "đi ểm", "BỘ Y T Ế". A piece that is only an initial
// consonant cannot be a word, so it joins the vowel after it; a short open piece joins a
// vowel that carries a mark. Applied only when the text shows the fault several times, so a
// clean letter is left alone.

const V = 'aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
const MARKED = 'ăâêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
const ONSET = '(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnpqrstvx])';
const lower = (s: string): string => s.toLowerCase();

// "tr ước", "T Ế": an onset alone, then a vowel.
const ONSET_THEN_VOWEL = new RegExp(`(^|[\\s(“"])(${ONSET})\\s(?=[${V}])`, 'giu');
// "đi ểm", "lo ại", "Hu ế": a short open piece, then a marked vowel that opens no common word.
const OPEN_THEN_MARKED = new RegExp(`(^|[\\s(“"])(${ONSET}?[${V}]{1,2})\\s(?=[${MARKED}][\\p{Ll}]*(?![\\p{L}]))`, 'giu');
const STANDALONE = new Set([
  'ở',
  'ấy',
  'ạ',
  'ơi',
  'ông',
  'ăn',
  'ít',
  'ưu',
  'ý',
  'ấn',
  'ảnh',
  'ổn',
  'ốm',
  'ích',
  'áp',
  'án',
  'ảo',
  'ấm',
  'ẩn',
  'ốc',
  'ủy',
  'uỷ',
  'ứng',
  'ước',
  'ưa',
  'ơn',
  'ưng',
  'ủng',
  'ấp',
  'ồn',
  'ưới',
  'ở',
]);

function count(text: string): number {
  return [...lower(text).matchAll(ONSET_THEN_VOWEL)].length;
}

export function rejoinSplitSyllables(text: string): string {
  if (count(text) < 3) return text;
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(ONSET_THEN_VOWEL, '$1$2')
        .replace(OPEN_THEN_MARKED, (m: string, pre: string, piece: string, offset: number, whole: string) => {
          const next = /^[\p{L}]+/u.exec(whole.slice(offset + m.length))?.[0] ?? '';
          return STANDALONE.has(lower(next)) ? m : `${pre}${piece}`;
        }),
    )
    .join('\n');
}

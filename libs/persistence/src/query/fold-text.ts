// Vietnamese text as searches compare it: without tone marks and vowel hats, đ as d,
// lower case, one space between words. "Rà soát thủ tục" and "ra soat thu tuc" fold alike,
// so a search typed with or without diacritics (or with another Unicode composition)
// finds the same rows. Rows store their folded text; a search folds its words the same way.

export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A `$regex` that finds the folded search text anywhere in a folded field (its characters taken literally). */
export function foldedContains(search: string): { $regex: string } {
  return { $regex: foldVietnamese(search).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') };
}

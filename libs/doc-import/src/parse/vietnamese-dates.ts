// Calendar helpers shared by the header, deadline and recurrence parsers. Dates are
// plain `YYYY-MM-DD` strings; no Date objects leak out, so there are no time zones.

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1945 || year > 2200) return null;
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function endOfMonth(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return isoDate(year, month, lastDayOfMonth(year, month));
}

export function endOfQuarter(year: number, quarter: number): string | null {
  if (quarter < 1 || quarter > 4) return null;
  return endOfMonth(year, quarter * 3);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** "II", "2", "hai" → 2 for quarters. */
export function quarterNumber(token: string): number | null {
  const t = token.trim().toUpperCase();
  if (ROMAN[t]) return ROMAN[t];
  const n = Number(t);
  if (Number.isInteger(n) && n >= 1 && n <= 4) return n;
  const words: Record<string, number> = { MỘT: 1, HAI: 2, BA: 3, BỐN: 4, TƯ: 4 };
  return words[t] ?? null;
}

export function romanToInt(roman: string): number | null {
  const map: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = map[roman[i]];
    const next = map[roman[i + 1]] ?? 0;
    if (!v) return null;
    total += v < next ? -v : v;
  }
  return total;
}

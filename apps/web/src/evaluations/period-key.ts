// An evaluation period as the API names it ('YYYY-MM', 'YYYY-Qn', 'YYYY') and as a date
// picker holds it (its first day): the page's URL keeps the API's key.

export type PeriodKind = 'month' | 'quarter' | 'year';

export function kindOf(period: string): PeriodKind | undefined {
  if (/^\d{4}$/.test(period)) return 'year';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return 'month';
  return undefined;
}

/** The first day of the period, 'YYYY-MM-DD'. */
export function firstDayOf(period: string): string {
  const [year, rest] = period.split('-');
  if (!rest) return `${year}-01-01`;
  if (rest.startsWith('Q')) return `${year}-${String((Number(rest.slice(1)) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return `${year}-${rest}-01`;
}

/** The period of `kind` holding the day 'YYYY-MM-DD'. */
export function periodOf(kind: PeriodKind, day: string): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (kind === 'year') return year;
  if (kind === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${day.slice(5, 7)}`;
}

/** The task an item of a calculation belongs to: its key is `<taskId>|<period>` or `<taskId>`. */
export function taskIdOfItem(key: string): string {
  return key.split('|')[0];
}

/** This month in Vietnam, 'YYYY-MM'. */
export function thisMonth(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 7);
}

import type { IsoDate, OrgChartVersion } from './org-chart.types';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000; // UTC+7 all year, no daylight saving

/** Vietnam's calendar date of an instant: a letter signed at 23:00 UTC is dated the next day there. */
export function vietnamDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** True when `date` falls in the version's half-open window [validFrom, validTo). */
export function isInForce(chart: OrgChartVersion, date: IsoDate): boolean {
  // ISO dates compare correctly as strings, which keeps this free of Date and time zones.
  return chart.validFrom <= date && (chart.validTo === null || date < chart.validTo);
}

/**
 * The version in force on `date` (optionally of one chart id). When windows overlap by
 * mistake the latest `validFrom` wins, then the highest version number, so the answer
 * is deterministic.
 */
export function versionInForce(charts: readonly OrgChartVersion[], date: IsoDate | Date, chartId?: string): OrgChartVersion | undefined {
  const day = typeof date === 'string' ? date : vietnamDateOf(date);
  let best: OrgChartVersion | undefined;
  for (const chart of charts) {
    if (chartId !== undefined && chart.chartId !== chartId) continue;
    if (!isInForce(chart, day)) continue;
    if (!best || chart.validFrom > best.validFrom || (chart.validFrom === best.validFrom && chart.version > best.version)) {
      best = chart;
    }
  }
  return best;
}

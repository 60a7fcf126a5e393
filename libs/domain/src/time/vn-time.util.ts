import { LocalDate, fromEpochDay, isLocalDate, toEpochDay } from './local-date.util';

// Vietnam keeps UTC+7 all year (no daylight saving since 1975), so a fixed offset is
// exact and we avoid Intl time-zone data, which the workflow sandbox need not have.
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VN_UTC_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** An instant as accepted from callers: a Date, or an ISO-8601 string with Z or an offset. */
export type Instant = Date | string;

/** An instant as stored and returned by this library: `Date.prototype.toISOString()` form. */
export type IsoInstant = string;

// A zone-less date-time would be read in the host's zone: refuse it rather than guess.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

export function toEpochMs(value: Instant): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
    return ms;
  }
  if (!isIsoInstant(value)) {
    throw new RangeError(`Not an ISO-8601 instant with a zone (e.g. 2022-02-08T17:00:00+07:00): ${String(value)}`);
  }
  return Date.parse(value);
}

export function toIsoInstant(epochMs: number): IsoInstant {
  return new Date(epochMs).toISOString();
}

/** The calendar day in Vietnam at this instant. */
export function vnDateOf(value: Instant): LocalDate {
  return fromEpochDay(Math.floor((toEpochMs(value) + VN_UTC_OFFSET_MS) / DAY_MS));
}

/** A day given either as a LocalDate or as an instant (then read in Vietnam time). */
export function toVnDate(value: LocalDate | Instant): LocalDate {
  return typeof value === 'string' && isLocalDate(value) ? value : vnDateOf(value);
}

/** Epoch ms of a Vietnam wall-clock time on the given day. */
export function vnWallClockMs(day: LocalDate, hour: number, minute = 0, second = 0, ms = 0): number {
  return toEpochDay(day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms - VN_UTC_OFFSET_MS;
}

/** Last millisecond of the day in Vietnam (23:59:59.999 +07:00). */
export function vnEndOfDay(day: LocalDate): IsoInstant {
  return toIsoInstant(vnWallClockMs(day, 23, 59, 59, 999));
}

/** The same instant written with the +07:00 offset, for people and logs. */
export function toVnIso(value: Instant): string {
  const shifted = new Date(toEpochMs(value) + VN_UTC_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 23)}+07:00`;
}

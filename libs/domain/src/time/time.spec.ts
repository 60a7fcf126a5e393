import { addDays, daysInMonth, formatVnDate, isLocalDate, isoWeekday, localDate, parseLocalDate } from './local-date.util';
import { isIsoInstant, toEpochMs, toVnDate, toVnIso, vnDateOf, vnEndOfDay, vnWallClockMs } from './vn-time.util';

describe('local dates', () => {
  it('validates and parses', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2022-02-29')).toBe(false);
    expect(isLocalDate('2022-2-1')).toBe(false);
    expect(parseLocalDate('2022-01-25')).toEqual({ year: 2022, month: 1, day: 25 });
    expect(() => parseLocalDate('25/01/2022')).toThrow(RangeError);
    expect(() => localDate(2022, 13, 1)).toThrow(RangeError);
  });

  it('does day arithmetic without the host time zone', () => {
    expect(addDays('2022-01-31', 1)).toBe('2022-02-01');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(isoWeekday('2022-01-28')).toBe(5); // Friday
    expect(isoWeekday('2022-01-30')).toBe(7); // Sunday
    expect(isoWeekday('1969-12-29')).toBe(1); // Monday, before the epoch
    expect(formatVnDate('2022-01-25')).toBe('25/01/2022');
  });
});

describe('Vietnam time (UTC+7)', () => {
  it('reads the day in Vietnam', () => {
    expect(vnDateOf('2022-01-24T16:59:59.999Z')).toBe('2022-01-24');
    expect(vnDateOf('2022-01-24T17:00:00Z')).toBe('2022-01-25');
    expect(vnDateOf(new Date('2022-01-25T00:00:00+07:00'))).toBe('2022-01-25');
    expect(toVnDate('2022-01-25')).toBe('2022-01-25');
  });

  it('ends a day at 23:59:59.999 local and shows instants with +07:00', () => {
    expect(vnEndOfDay('2022-02-08')).toBe('2022-02-08T16:59:59.999Z');
    expect(toVnIso('2022-02-08T16:59:59.999Z')).toBe('2022-02-08T23:59:59.999+07:00');
    expect(vnWallClockMs('2022-02-08', 8)).toBe(Date.parse('2022-02-08T01:00:00Z'));
  });

  it('refuses instants without a zone or that do not parse', () => {
    expect(isIsoInstant('2022-02-08T08:00:00+07:00')).toBe(true);
    expect(isIsoInstant('2022-02-08T08:00:00')).toBe(false);
    expect(() => toEpochMs('2022-02-08')).toThrow(RangeError);
    expect(() => toEpochMs(new Date(Number.NaN))).toThrow(RangeError);
  });
});

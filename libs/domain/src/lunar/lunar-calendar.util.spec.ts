import {
  convertLunar2Solar,
  convertSolar2Lunar,
  formatLunarDateVi,
  lunarDateOf,
  lunarNewYear,
  solarDateOfLunar,
} from './lunar-calendar.util';

describe('Vietnamese lunar calendar (computed)', () => {
  it.each([
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
  ])('lunar new year %i falls on %s', (year, expected) => {
    expect(lunarNewYear(year)).toBe(expected);
  });

  it.each([
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])("Hùng Kings' day (10/3 lunar) %i falls on %s", (year, expected) => {
    expect(solarDateOfLunar(10, 3, year)).toBe(expected);
  });

  it('converts solar to lunar, including the last days of the 12th month', () => {
    expect(lunarDateOf('2022-02-01')).toEqual({ day: 1, month: 1, year: 2022, leap: false });
    // 2022-01-31 was the last day (29) of tháng Chạp of the year before.
    expect(lunarDateOf('2022-01-31')).toEqual({ day: 29, month: 12, year: 2021, leap: false });
    // Quý Mão's tháng Chạp had 30 days: 2024-02-09 was "30 Tết".
    expect(lunarDateOf('2024-02-09')).toEqual({ day: 30, month: 12, year: 2023, leap: false });
    expect(lunarDateOf('2025-01-25')).toEqual({ day: 26, month: 12, year: 2024, leap: false });
    expect(lunarDateOf('2026-02-14')).toEqual({ day: 27, month: 12, year: 2025, leap: false });
  });

  it('handles leap months (2023 had a leap 2nd month; 2025 a leap 6th month)', () => {
    expect(convertSolar2Lunar(22, 3, 2023)).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(convertLunar2Solar(1, 2, 2023, true)).toEqual({ day: 22, month: 3, year: 2023 });
    expect(convertSolar2Lunar(25, 7, 2025)).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(convertLunar2Solar(1, 6, 2025, false)).toEqual({ day: 25, month: 6, year: 2025 });
    expect(convertLunar2Solar(1, 5, 2025, true)).toBeUndefined();
    expect(() => solarDateOfLunar(1, 4, 2024, true)).toThrow(RangeError);
  });

  it('round-trips every day of 2022–2026', () => {
    for (let t = Date.UTC(2022, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      const lunar = convertSolar2Lunar(d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear());
      expect(convertLunar2Solar(lunar.day, lunar.month, lunar.year, lunar.leap)).toEqual({
        day: d.getUTCDate(),
        month: d.getUTCMonth() + 1,
        year: d.getUTCFullYear(),
      });
    }
  });

  it('names lunar dates the Vietnamese way', () => {
    expect(formatLunarDateVi({ day: 1, month: 1, year: 2022, leap: false })).toBe('mùng 1 tháng Giêng');
    expect(formatLunarDateVi({ day: 29, month: 12, year: 2021, leap: false })).toBe('29 tháng Chạp');
    expect(formatLunarDateVi({ day: 10, month: 3, year: 2022, leap: false })).toBe('mùng 10 tháng Ba');
  });
});

import { addDays } from '../time/local-date.util';
import { VN_CIVIL_SERVICE_CALENDAR } from './vn-civil-service-calendar.data';
import { civilServiceCalendar as cal, createWorkingCalendar } from './working-calendar';

// The days off civil servants actually had, as announced: [first, last] of each break.
// Each break must be wholly non-working, with a working day on either side.
const BREAKS: Record<number, [string, string][]> = {
  2022: [
    ['2022-01-01', '2022-01-03'],
    ['2022-01-29', '2022-02-06'],
    ['2022-04-09', '2022-04-11'],
    ['2022-04-30', '2022-05-03'],
    ['2022-09-01', '2022-09-04'],
  ],
  2023: [
    ['2022-12-31', '2023-01-02'],
    ['2023-01-20', '2023-01-26'],
    ['2023-04-29', '2023-05-03'],
    ['2023-09-01', '2023-09-04'],
  ],
  2024: [
    ['2023-12-30', '2024-01-01'],
    ['2024-02-08', '2024-02-14'],
    ['2024-04-18', '2024-04-18'],
    ['2024-04-27', '2024-05-01'],
    ['2024-08-31', '2024-09-03'],
  ],
  2025: [
    ['2025-01-01', '2025-01-01'],
    ['2025-01-25', '2025-02-02'],
    ['2025-04-05', '2025-04-07'],
    ['2025-04-30', '2025-05-04'],
    ['2025-08-30', '2025-09-02'],
  ],
  2026: [
    ['2026-01-01', '2026-01-04'],
    ['2026-02-14', '2026-02-22'],
    ['2026-04-25', '2026-04-27'],
    ['2026-04-30', '2026-05-03'],
    ['2026-08-29', '2026-09-02'],
  ],
};

describe('civil-service working calendar', () => {
  it('names its data version', () => {
    expect(cal.version).toBe('vn-civil-service/2026-1');
    expect(cal.timeZone).toBe('Asia/Ho_Chi_Minh');
  });

  describe.each(Object.keys(BREAKS).map(Number))('announced breaks of %i', (year) => {
    it.each(BREAKS[year])('%s … %s is off, bounded by working days', (first, last) => {
      for (let day = first; day <= last; day = addDays(day, 1)) expect([day, cal.isWorkingDay(day)]).toEqual([day, false]);
      expect(cal.isWorkingDay(addDays(first, -1))).toBe(true);
      expect(cal.isWorkingDay(addDays(last, 1))).toBe(true);
    });
  });

  it.each(['2024-05-04', '2025-02-08', '2025-04-26', '2026-01-10', '2026-08-22'])('make-up Saturday %s is a working day', (day) => {
    expect(cal.isWorkingDay(day)).toBe(true);
  });

  it('counts the working days of whole years', () => {
    // 2022: 260 weekdays less 11 weekdays off (3/1, 31/1–4/2, 11/4, 2/5, 3/5, 1/9, 2/9).
    expect(cal.workingDaysBetween('2021-12-31', '2022-12-31')).toBe(249);
    // 2023: 260 weekdays less 11 (2/1, 20/1, 23–26/1, 1/5–3/5, 1/9, 4/9).
    expect(cal.workingDaysBetween('2022-12-31', '2023-12-31')).toBe(249);
  });

  it('reads instants in Vietnam time (UTC+7)', () => {
    // 2022-01-30T17:30Z is 00:30 on Monday 31/1 in Hà Nội: 29 tháng Chạp, a Tết day.
    expect(cal.isWorkingDay('2022-01-30T17:30:00Z')).toBe(false);
    // 2022-02-06T17:30Z is 00:30 on Monday 7/2: back to work.
    expect(cal.isWorkingDay('2022-02-06T17:30:00Z')).toBe(true);
    expect(cal.isWorkingDay(new Date('2022-02-07T01:00:00Z'))).toBe(true);
    expect(() => cal.isWorkingDay('2022-02-07T08:00:00')).toThrow(RangeError);
  });

  describe('addWorkingDays ("trong N ngày làm việc")', () => {
    it('an acknowledgement window of 2 working days from Friday 28/1/2022 spans Tết and ends 8/2/2022', () => {
      expect(cal.addWorkingDays('2022-01-28T10:00:00+07:00', 2)).toBe('2022-02-08T16:59:59.999Z');
    });

    it('starts counting on the next working day, even from a day off', () => {
      expect(cal.addWorkingDays('2022-01-29', 1)).toBe('2022-02-07T16:59:59.999Z');
      expect(cal.addWorkingDays('2025-01-24T16:00:00+07:00', 1)).toBe('2025-02-03T16:59:59.999Z');
    });

    it('counts a make-up Saturday as a working day', () => {
      // Friday 3/5/2024, then make-up Saturday 4/5.
      expect(cal.addWorkingDays('2024-05-02', 2)).toBe('2024-05-04T16:59:59.999Z');
    });

    it('with 0 ends the same day, and a negative count goes back', () => {
      expect(cal.addWorkingDays('2022-03-15T08:00:00+07:00', 0)).toBe('2022-03-15T16:59:59.999Z');
      expect(cal.shiftWorkingDays('2022-02-08', -2)).toBe('2022-01-28');
    });

    it('rejects non-integer counts', () => {
      expect(() => cal.addWorkingDays('2022-03-15', 1.5)).toThrow(RangeError);
    });
  });

  it('next/previous working day skip holidays, compensatory and swapped days', () => {
    expect(cal.nextWorkingDay('2022-01-28')).toBe('2022-02-07');
    expect(cal.previousWorkingDay('2022-02-07')).toBe('2022-01-28');
    expect(cal.nextWorkingDay('2024-04-26')).toBe('2024-05-02');
    expect(cal.nextWorkingDay('2026-04-24')).toBe('2026-04-28');
  });

  it('workingDaysBetween inverts addWorkingDays', () => {
    expect(cal.workingDaysBetween('2022-01-28', '2022-02-08')).toBe(2);
    expect(cal.workingDaysBetween('2022-02-08', '2022-01-28')).toBe(-2);
    expect(cal.workingDaysBetween('2022-03-15', '2022-03-15')).toBe(0);
    expect(cal.workingDaysBetween('2022-01-28T09:00:00+07:00', cal.addWorkingDays('2022-01-28T09:00:00+07:00', 17))).toBe(17);
  });

  describe('holidaysOf', () => {
    it('lists 2022 with Vietnamese names and kinds', () => {
      const days = cal.holidaysOf(2022);
      expect(days.map((d) => d.date)).toEqual([
        '2022-01-01',
        '2022-01-03',
        '2022-01-31',
        '2022-02-01',
        '2022-02-02',
        '2022-02-03',
        '2022-02-04',
        '2022-04-10',
        '2022-04-11',
        '2022-04-30',
        '2022-05-01',
        '2022-05-02',
        '2022-05-03',
        '2022-09-01',
        '2022-09-02',
      ]);
      expect(days[2]).toEqual({ date: '2022-01-31', name: 'Tết Âm lịch (29 tháng Chạp)', kind: 'public_holiday' });
      expect(days[3].name).toBe('Tết Âm lịch (mùng 1 tháng Giêng)');
      expect(days[7]).toEqual({ date: '2022-04-10', name: 'Giỗ Tổ Hùng Vương (mùng 10 tháng Ba âm lịch)', kind: 'public_holiday' });
      expect(days[8]).toEqual({
        date: '2022-04-11',
        name: 'Nghỉ bù Giỗ Tổ Hùng Vương (mùng 10 tháng Ba âm lịch) (trùng ngày nghỉ hằng tuần 10/04/2022)',
        kind: 'compensatory',
      });
      expect(days[11].name).toMatch(/^Nghỉ bù Ngày Chiến thắng/);
      expect(days[12].name).toMatch(/^Nghỉ bù Ngày Quốc tế Lao động/);
    });

    it('gives the compensatory days of Tết 2024 on the weekdays after it', () => {
      const comp = cal.holidaysOf(2024).filter((d) => d.kind === 'compensatory');
      expect(comp.map((d) => d.date)).toEqual(['2024-02-13', '2024-02-14']);
    });

    it('lists swapped days and their make-up days', () => {
      expect(cal.holidaysOf(2025).filter((d) => d.kind === 'swapped')).toEqual([
        { date: '2025-01-27', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 08/02/2025)', kind: 'swapped' },
        { date: '2025-05-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)', kind: 'swapped' },
      ]);
      expect(cal.makeUpWorkingDaysOf(2024)).toEqual([
        { date: '2024-05-04', name: 'Làm bù cho ngày nghỉ hoán đổi 29/04/2024', replaces: '2024-04-29' },
      ]);
    });

    it('falls back to the statutory rules for a year without an announcement', () => {
      expect(cal.isAnnounced(2026)).toBe(true);
      expect(cal.isAnnounced(2027)).toBe(false);
      const days = cal.holidaysOf(2027).filter((d) => d.kind === 'public_holiday');
      expect(days).toHaveLength(11);
      expect(days.filter((d) => d.name.startsWith('Tết Âm lịch'))).toHaveLength(5);
      // Lunar new year 2027 is Saturday 6/2; 2/9/2027 is a Thursday, so 1/9 goes with it.
      expect(days.map((d) => d.date)).toEqual(expect.arrayContaining(['2027-02-06', '2027-09-01', '2027-09-02']));
    });
  });

  it('is versioned by its data: another version gives other days', () => {
    const custom = createWorkingCalendar({
      ...VN_CIVIL_SERVICE_CALENDAR,
      version: 'test/1',
      years: { 2022: { source: 'test', nationalDayAdjacent: '2022-09-03' } },
    });
    expect(custom.version).toBe('test/1');
    expect(custom.isWorkingDay('2022-09-01')).toBe(true);
    expect(cal.isWorkingDay('2022-09-01')).toBe(false);
  });
});

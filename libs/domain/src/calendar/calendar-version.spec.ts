import { CalendarData } from './calendar-data.types';
import { calendarVersionProblems } from './calendar-version.validation';
import { VN_CIVIL_SERVICE_CALENDAR } from './vn-civil-service-calendar.data';
import { createWorkingCalendar, workingCalendarOf } from './working-calendar';

const withYear = (year: number, data: CalendarData['years'][number], version = 'test/2'): CalendarData => ({
  ...VN_CIVIL_SERVICE_CALENDAR,
  version,
  sequence: 2,
  years: { ...VN_CIVIL_SERVICE_CALENDAR.years, [year]: data },
});

describe('published calendar versions', () => {
  it('accepts the data shipped in code (version 1)', () => {
    expect(calendarVersionProblems(VN_CIVIL_SERVICE_CALENDAR)).toEqual([]);
  });

  it('an announced extra day off is a day off, and moves a working-day deadline by one', () => {
    const before = createWorkingCalendar(VN_CIVIL_SERVICE_CALENDAR);
    const data = withYear(2022, {
      ...VN_CIVIL_SERVICE_CALENDAR.years[2022],
      daysOff: [{ date: '2022-03-08', name: 'Nghỉ đột xuất', notice: 'Thông báo thử nghiệm số 1/TB' }],
    });
    const after = createWorkingCalendar(data);
    expect(before.isWorkingDay('2022-03-08')).toBe(true);
    expect(after.isWorkingDay('2022-03-08')).toBe(false);
    expect(after.holidaysOf(2022)).toContainEqual({ date: '2022-03-08', name: 'Nghỉ đột xuất', kind: 'announced' });
    expect(before.shiftWorkingDays('2022-03-07', 3)).toBe('2022-03-10');
    expect(after.shiftWorkingDays('2022-03-07', 3)).toBe('2022-03-11');
  });

  it('names every problem in Vietnamese and English', () => {
    const problems = calendarVersionProblems(
      withYear(2027, {
        source: ' ',
        nationalDayAdjacent: '2027-09-05',
        tetFirstDay: '2027-05-01',
        swaps: [
          { dayOff: '2027-02-13', makeUpOn: '2027-02-15' }, // a Saturday off, a Monday made up
          { dayOff: '2027-02-12', makeUpOn: '2027-06-19' }, // too far apart
        ],
        daysOff: [{ date: '2027-02-31', name: '', notice: '' }],
      }),
    );
    expect(problems).toEqual([
      'years.2027.source: thiếu văn bản công bố lịch nghỉ của năm (the announcing notice is required)',
      'years.2027.nationalDayAdjacent: ngày liền kề Quốc khánh phải là 01/09 hoặc 03/09/2027 (must be 1 or 3 September 2027)',
      'years.2027.tetFirstDay: ngày đầu Tết phải trong tháng 1 hoặc 2 năm 2027 (Tết starts in January or February)',
      'years.2027.swaps.0.dayOff: 13/02/2027 đã là ngày nghỉ hằng tuần, không hoán đổi được (already a weekly rest day)',
      'years.2027.swaps.0.makeUpOn: ngày làm bù 15/02/2027 phải là ngày nghỉ hằng tuần (a make-up day must be a weekly rest day)',
      'years.2027.swaps.1: ngày nghỉ và ngày làm bù cách nhau quá 62 ngày (days more than 62 days apart)',
      "years.2027.daysOff.0.date: '2027-02-31' không phải ngày YYYY-MM-DD (not a calendar date)",
      'years.2027.daysOff.0.name: thiếu tên ngày nghỉ (name is required)',
      'years.2027.daysOff.0.notice: thiếu văn bản công bố ngày nghỉ (notice is required)',
    ]);
  });

  it('refuses a day announced twice', () => {
    const problems = calendarVersionProblems(
      withYear(2022, {
        ...VN_CIVIL_SERVICE_CALENDAR.years[2022],
        swaps: [{ dayOff: '2022-03-07', makeUpOn: '2022-03-12' }],
        daysOff: [{ date: '2022-03-07', name: 'Nghỉ', notice: 'TB 1' }],
      }),
    );
    expect(problems).toEqual([
      'years.2022.daysOff.0.date: ngày 07/03/2022 đã được công bố là ngày nghỉ hoán đổi (already announced as ngày nghỉ hoán đổi)',
    ]);
  });

  it('shares one calendar per version name', () => {
    const data = withYear(2022, VN_CIVIL_SERVICE_CALENDAR.years[2022], 'test/shared');
    expect(workingCalendarOf(data)).toBe(workingCalendarOf({ ...data }));
    expect(workingCalendarOf(VN_CIVIL_SERVICE_CALENDAR).version).toBe('vn-civil-service/2026-1');
  });
});

import { LocalDate, daysInMonth, localDate, parseLocalDate } from '../time/local-date.util';
import { IsoInstant, vnEndOfDay } from '../time/vn-time.util';
import { RecurringDuty } from './task-definition.types';

// The periods of a recurring duty and when each is due. A period is due at the end of
// day D of its month, or of the quarter's last month — within the period, as reporting
// cut-offs run under Nghị định 09/2019/NĐ-CP (chế độ báo cáo của cơ quan hành chính nhà
// nước). In a short month day D becomes the month's last day. The due day is NOT moved
// off weekends and holidays: the directive names a calendar day, and a unit that wants
// to meet it files on the working day before.

export interface DutyPeriod {
  /** 'YYYY-MM' or 'YYYY-Qn'. */
  readonly key: string;
  /** 'tháng 03/2022', 'quý I/2022'. */
  readonly label: string;
  readonly startsOn: LocalDate;
  readonly endsOn: LocalDate;
  readonly dueOn: LocalDate;
  readonly dueAt: IsoInstant;
}

// Guards against a mistyped `until` producing thousands of timers.
const MAX_PERIODS = 600;
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The periods whose due day lies within [from, until], in order. */
export function dutyPeriods(duty: RecurringDuty): DutyPeriod[] {
  if (!Number.isInteger(duty.dueDay) || duty.dueDay < 1 || duty.dueDay > 31) {
    throw new RangeError(`dueDay must be 1..31: ${duty.dueDay}`);
  }
  const from = parseLocalDate(duty.from);
  const monthsPerPeriod = duty.every === 'month' ? 1 : 3;
  const periods: DutyPeriod[] = [];
  // Start at the period holding `from`; a period's due day may precede `from`.
  let year = from.year;
  let firstMonth = duty.every === 'month' ? from.month : Math.floor((from.month - 1) / 3) * 3 + 1;
  for (;;) {
    const period = periodOf(duty, year, firstMonth, monthsPerPeriod);
    if (period.dueOn > duty.until) break;
    if (period.dueOn >= duty.from) periods.push(period);
    if (periods.length > MAX_PERIODS) throw new RangeError(`More than ${MAX_PERIODS} periods from ${duty.from} to ${duty.until}`);
    firstMonth += monthsPerPeriod;
    if (firstMonth > 12) {
      firstMonth -= 12;
      year += 1;
    }
  }
  return periods;
}

function periodOf(duty: RecurringDuty, year: number, firstMonth: number, months: number): DutyPeriod {
  const lastMonth = firstMonth + months - 1;
  const dueOn = localDate(year, lastMonth, Math.min(duty.dueDay, daysInMonth(year, lastMonth)));
  const key = months === 1 ? `${year}-${String(firstMonth).padStart(2, '0')}` : `${year}-Q${(firstMonth + 2) / 3}`;
  return {
    key,
    label: periodLabelVi(key),
    startsOn: localDate(year, firstMonth, 1),
    endsOn: localDate(year, lastMonth, daysInMonth(year, lastMonth)),
    dueOn,
    dueAt: vnEndOfDay(dueOn),
  };
}

/** 'tháng 03/2022' for '2022-03', 'quý I/2022' for '2022-Q1'. */
export function periodLabelVi(key: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `quý ${ROMAN[Number(quarter[2]) - 1]}/${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `tháng ${month[2]}/${month[1]}`;
  throw new RangeError(`Not a period key (YYYY-MM or YYYY-Qn): ${key}`);
}

/** The key of the period holding a day. */
export function periodKeyOf(every: RecurringDuty['every'], day: LocalDate): string {
  const { year, month } = parseLocalDate(day);
  return every === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

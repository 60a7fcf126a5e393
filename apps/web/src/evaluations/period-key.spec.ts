import { describe, expect, it } from '@jest/globals';
import { firstDayOf, kindOf, periodOf, taskIdOfItem, thisMonth } from './period-key';

describe('evaluation periods in the page and its URL', () => {
  it.each([
    ['2026', 'year', '2026-01-01'],
    ['2026-Q3', 'quarter', '2026-07-01'],
    ['2026-11', 'month', '2026-11-01'],
  ])('%s is a %s starting %s, and the picker gives it back', (period, kind, first) => {
    expect(kindOf(period)).toBe(kind);
    expect(firstDayOf(period)).toBe(first);
    expect(periodOf(kind as 'year', first)).toBe(period);
  });

  it('refuses what is no period, finds the quarter of a day, the task of an item and this month in Vietnam', () => {
    expect(['2026-13', '2026-Q5', '26', ''].map(kindOf)).toEqual([undefined, undefined, undefined, undefined]);
    expect(periodOf('quarter', '2026-12-31')).toBe('2026-Q4');
    expect(taskIdOfItem('907-UBND-NV:1:so-noi-vu|2026-03')).toBe('907-UBND-NV:1:so-noi-vu');
    expect(thisMonth(Date.parse('2026-11-30T17:30:00Z'))).toBe('2026-12'); // 00:30 on 1/12 in Vietnam
  });
});

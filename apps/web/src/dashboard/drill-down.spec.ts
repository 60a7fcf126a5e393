import { describe, expect, it } from '@jest/globals';
import type { ReportCounts, ReportItem } from '../api/types';
import { escalationsWaiting, itemsOf, ranked } from './drill-down';

const item = (taskId: string, over: Partial<ReportItem>): ReportItem => ({
  taskId,
  directiveId: 'd',
  directiveNumber: '1/UBND',
  itemRef: '1',
  text: 't',
  unitId: 'so-noi-vu',
  period: null,
  month: '2026-03',
  dueAt: '2026-03-10T10:00:00.000Z',
  submittedAt: null,
  outcome: 'not_due',
  workingDaysLate: null,
  ruleId: 'nd90-share/1',
  escalationLevel: 0,
  closed: false,
  ...over,
});

const items = [
  item('a', { outcome: 'done_on_time' }),
  item('b', { outcome: 'done_on_time_after_extension', unitId: 'so-y-te' }),
  item('c', { outcome: 'overdue', escalationLevel: 1, workingDaysLate: 2 }),
  item('d', { outcome: 'overdue', escalationLevel: 2, workingDaysLate: 1, month: '2026-04' }),
  item('e', { outcome: 'done_late', escalationLevel: 2 }),
  item('f', { outcome: 'not_due', unitId: 'so-y-te', escalationLevel: 1 }),
];
const ids = (xs: ReportItem[]) => xs.map((x) => x.taskId);

describe('dashboard drill-down', () => {
  it('lists exactly the items a count counts: an extension is on time, a unit and a month narrow it', () => {
    expect(ids(itemsOf({ items }, { count: 'doneOnTime' }))).toEqual(['a', 'b']);
    expect(ids(itemsOf({ items }, { count: 'doneAfterExtension' }))).toEqual(['b']);
    expect(ids(itemsOf({ items }, { count: 'overdue', unitId: 'so-noi-vu', month: '2026-03' }))).toEqual(['c']);
    expect(ids(itemsOf({ items }, { count: 'total', unitId: 'so-y-te' }))).toEqual(['b', 'f']);
    expect(ids(itemsOf({ items }, { count: 'total', escalated: true }))).toEqual(['c', 'd', 'f']);
  });

  it('escalations waiting: escalated and not done, highest level then most overdue first', () => {
    expect(ids(escalationsWaiting({ items }))).toEqual(['d', 'c', 'f']);
  });

  it('ranks units by on-time rate, then fewer overdue, nothing due last', () => {
    const c = (onTimeRate: number | null, overdue: number) => ({ counts: { onTimeRate, overdue } as ReportCounts });
    const units = [
      { id: 'none', ...c(null, 0) },
      { id: 'half', ...c(0.5, 3) },
      { id: 'half-better', ...c(0.5, 1) },
      { id: 'all', ...c(1, 0) },
    ];
    expect(ranked(units).map((u) => u.id)).toEqual(['all', 'half-better', 'half', 'none']);
  });
});

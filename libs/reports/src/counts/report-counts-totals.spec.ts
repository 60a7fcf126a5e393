import { ReportCountsTotals } from './report-counts-totals';
import type { TallyEntry } from './report-tally';

describe('ReportCountsTotals', () => {
  it('sums rows into one document per unit and month, as the projection’s $inc would', () => {
    const totals = new ReportCountsTotals();
    const rows: TallyEntry[][] = [
      [{ unitId: 'so-tai-chinh', month: '2022-03', cls: 'overdue', escalated: true }],
      [{ unitId: 'so-tai-chinh', month: '2022-03', cls: 'done_late' }],
      [
        { unitId: 'so-tai-chinh', month: '2022-03', cls: 'open', turnsOverdueAt: Date.parse('2022-03-10T17:00:00Z') },
        { unitId: 'so-tai-chinh', month: '2022-04', cls: 'open', turnsOverdueAt: null },
      ],
      [{ unitId: 'so-noi-vu', month: '2022-03', cls: 'done_late' }],
      [],
    ];
    for (const entries of rows) totals.add(entries);
    const byId = Object.fromEntries(totals.rows().map((d) => [d._id, d]));
    expect(Object.keys(byId).sort()).toEqual(['so-noi-vu|2022-03', 'so-tai-chinh|2022-03', 'so-tai-chinh|2022-04']);
    expect(byId['so-tai-chinh|2022-03']).toEqual({
      _id: 'so-tai-chinh|2022-03',
      unitId: 'so-tai-chinh',
      month: '2022-03',
      c: { overdue: 1, done_late: 1 },
      open: { [`t${Date.parse('2022-03-10T17:00:00Z')}`]: 1 },
      escalated: 1,
    });
    expect(byId['so-tai-chinh|2022-04']).toMatchObject({ c: {}, open: { never: 1 }, escalated: 0 });
    expect(byId['so-noi-vu|2022-03']).toMatchObject({ c: { done_late: 1 }, open: {}, escalated: 0 });
  });
});

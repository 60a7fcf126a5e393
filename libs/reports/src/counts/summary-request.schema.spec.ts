import { summaryItemsRequestSchema, summaryRequestSchema } from './summary-request.schema';

const problems = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

describe("the dashboard's requests", () => {
  it('take a period, a unit, a date, a count, a month and a page, with defaults', () => {
    expect(summaryRequestSchema.parse({ period: '2026', unitId: 'so-noi-vu' })).toEqual({ period: '2026', unitId: 'so-noi-vu' });
    expect(summaryItemsRequestSchema.parse({ period: '2026-Q1', count: 'overdue', month: '2026-02', escalated: 'true' })).toEqual({
      period: '2026-Q1',
      count: 'overdue',
      month: '2026-02',
      escalated: true,
      page: 1,
      pageSize: 50,
    });
  });

  it('say in Vietnamese and English what is wrong', () => {
    expect(problems(summaryRequestSchema.safeParse({ period: '2026-13' }))).toEqual([
      "kỳ báo cáo phải là 'YYYY-MM' (tháng), 'YYYY-Qn' (quý) hoặc 'YYYY' (năm) (period must be YYYY-MM, YYYY-Qn or YYYY)",
    ]);
    expect(problems(summaryRequestSchema.safeParse({ period: '2026', asOf: 'hôm qua' }))[0]).toMatch(
      /^thời điểm phải là ISO 8601.*\(asOf must be/,
    );
    expect(problems(summaryRequestSchema.safeParse({ period: '2026', view: 'all' }))).toHaveLength(1);
    const bad = problems(
      summaryItemsRequestSchema.safeParse({ period: '2026', count: 'late', month: '2026-3', escalated: 'yes', pageSize: '500' }),
    );
    expect(bad).toEqual([
      'số liệu phải là total, doneOnTime, doneAfterExtension, doneLate, overdue, notDue (count must be one of total, doneOnTime, doneAfterExtension, doneLate, overdue, notDue)',
      "tháng phải là 'YYYY-MM' (month must be YYYY-MM)",
      'escalated phải là true hoặc false (escalated must be true or false)',
      'cỡ trang phải là số từ 1 đến 200 (pageSize must be 1 to 200)',
    ]);
  });
});

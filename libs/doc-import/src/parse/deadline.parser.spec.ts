import { parseDeadlines } from './deadline.parser';

const DOC = '2022-01-25';
const first = (text: string, date: string | null = DOC): string | null => parseDeadlines(text, date).deadlines[0]?.date ?? null;

describe('parseDeadlines', () => {
  it.each([
    ['báo cáo UBND tỉnh trước ngày 15/3/2022', '2022-03-15'],
    ['chậm nhất ngày 05-4-2022', '2022-04-05'],
    ['trước ngày 15 tháng 3 năm 2022', '2022-03-15'],
    ['hoàn thành trong tháng 6/2022', '2022-06-30'],
    ['trong tháng 2 năm 2024', '2024-02-29'],
    ['hoàn thành trong quý II/2022', '2022-06-30'],
    ['trong quý 4 năm 2022', '2022-12-31'],
    ['trong năm 2022', '2022-12-31'],
    ['hoàn thành trước 30/9', '2022-09-30'],
    ['trước ngày 10/01', '2023-01-10'], // before the document date: next year
    ['6 tháng đầu năm 2022', '2022-06-30'],
    ['Thời hạn: 31/12/2022', '2022-12-31'],
    ['ra quân vào sáng Chủ nhật ngày 05/10/2022', '2022-10-05'],
    ['tổ chức vào thứ Bảy, ngày 12/3/2022', '2022-03-12'],
    ['trước tháng 6/2022', '2022-05-31'],
    ['hoàn thành trước 17 giờ ngày 11/10/2022', '2022-10-11'],
  ])('%s → %s', (text, date) => expect(first(text)).toBe(date));

  it('ignores dates of cited documents', () => {
    expect(first('thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ')).toBeNull();
    expect(first('số liệu tính đến ngày 31/12/2023')).toBeNull();
  });

  it('reads working days and calendar days', () => {
    expect(parseDeadlines('trong vòng 10 ngày làm việc kể từ ngày nhận', DOC)).toMatchObject({ workingDays: 10, deadlines: [] });
    expect(first('trong vòng 15 ngày kể từ ngày ký')).toBe('2022-02-09');
  });

  it('lists every deadline, earliest first, and drops a cue-less period when a cued date exists', () => {
    const info = parseDeadlines('xây dựng kế hoạch trước ngày 15/3/2022; số liệu quý I/2022; báo cáo kết quả trước 30/11/2022', DOC);
    expect(info.deadlines.map((d) => d.date)).toEqual(['2022-03-15', '2022-11-30']);
  });

  it('reads table cells without cue words', () => {
    expect(parseDeadlines('Tháng 10/2022', DOC, { cell: true }).deadlines[0]?.date).toBe('2022-10-31');
    expect(parseDeadlines('30/6/2022', DOC, { cell: true }).deadlines[0]?.date).toBe('2022-06-30');
    expect(parseDeadlines('Năm 2022', DOC, { cell: true }).deadlines[0]?.date).toBe('2022-12-31');
    expect(parseDeadlines('Thường xuyên', DOC, { cell: true })).toMatchObject({ deadlines: [], ongoing: true });
  });

  it('needs the document year for dates without one', () => {
    expect(first('hoàn thành trước 30/9', null)).toBeNull();
  });
});

import { evaluationCadence, parseRecurrence } from './recurrence.parser';

const every = (text: string) => parseRecurrence(text).recurrence;

describe('parseRecurrence', () => {
  it.each([
    ['định kỳ hằng tháng báo cáo', { every: 'month' }],
    ['báo cáo hàng tháng', { every: 'month' }],
    ['báo cáo trước ngày 20 hằng tháng', { every: 'month', dueDay: 20 }],
    ['định kỳ hằng quý', { every: 'quarter' }],
    ['hằng quý (trước ngày 15 của tháng cuối quý)', { every: 'quarter', dueDay: 15 }],
    ['tổng kết hằng năm', { every: 'year' }],
    ['báo cáo trước ngày 15/12 hằng năm', { every: 'year', dueDay: 15, dueMonth: 12 }],
    ['cuối năm có đánh giá', { every: 'year' }],
    ['định kỳ 6 tháng, hằng năm tổng hợp', { every: 'month', interval: 6 }],
    ['định kỳ hàng tháng, cuối năm có đánh giá', { every: 'month' }],
  ])('%s', (text, expected) => expect(every(text)).toEqual(expected));

  it('is not fooled by deadlines or time limits', () => {
    expect(every('hoàn thành trước cuối năm 2022')).toBeNull();
    expect(every('trong vòng 6 tháng kể từ ngày ký')).toBeNull();
    expect(every('trong tháng 6/2022')).toBeNull();
  });

  it('notes weekly duties it cannot schedule', () => {
    expect(parseRecurrence('báo cáo hằng tuần').notes).toHaveLength(1);
  });
});

describe('evaluationCadence', () => {
  it('finds a cadence tied to evaluation or reporting, quoting its clause', () => {
    expect(
      evaluationCadence('quy định rõ trách nhiệm và định kỳ hàng tháng, cuối năm có đánh giá, phân loại rõ kết quả thực hiện. Tăng cường'),
    ).toEqual({
      every: 'month',
      phrase: 'định kỳ hàng tháng, cuối năm có đánh giá, phân loại rõ kết quả thực hiện',
    });
    expect(evaluationCadence('tổ chức lễ hội hằng năm tại địa phương')).toBeNull();
  });
});

import { escalationNotice, howLate, reminderNotice } from './notice.texts';

const facts = {
  directiveNumber: '907/UBND-NV',
  itemRef: '3',
  taskText: 'Nâng cao chất lượng xây dựng quy chế',
  leadUnitName: 'Sở Nội vụ',
  trigger: 'due',
  dueAt: '2022-02-25T16:59:59.999Z',
  daysOverdue: 2,
  level: 2,
  link: 'http://127.0.0.1:3000/v1/tasks/t1',
  recipientName: 'Phạm Văn Cường',
  recipientTitle: 'Phó Chủ tịch UBND tỉnh',
};

describe('notice texts', () => {
  it('say in Vietnamese what is late, by how much, to whom it was raised, and where to look', () => {
    const { subject, body } = escalationNotice(facts);
    expect(subject).toBe('[dondoc] Báo cáo vượt cấp mức 2: 907/UBND-NV, nhiệm vụ 3 (Sở Nội vụ) chậm hoàn thành nhiệm vụ');
    expect(body).toContain('Kính gửi Phó Chủ tịch UBND tỉnh Phạm Văn Cường,');
    expect(body).toContain('- Hạn hoàn thành nhiệm vụ: 25/02/2022');
    expect(body).toContain('đã quá hạn hoàn thành nhiệm vụ 2 ngày làm việc.');
    expect(body).toContain('- Thời gian quá hạn: 2 ngày làm việc');
    expect(body).toContain('- Mức báo cáo vượt cấp: 2 (Lãnh đạo phụ trách của cơ quan ban hành văn bản)');
    expect(body).toContain('- Xem chi tiết: http://127.0.0.1:3000/v1/tasks/t1');
  });

  it('says a lateness under one working day in hours or minutes, never "0 ngày làm việc"', () => {
    const lateBy = (ms: number) => ({ ...facts, daysOverdue: 0, measuredAt: new Date(Date.parse(facts.dueAt) + ms).toISOString() });
    expect(escalationNotice(lateBy(5 * 3_600_000 + 59_000)).body).toContain('đã quá hạn hoàn thành nhiệm vụ 5 giờ.');
    expect(escalationNotice(lateBy(5 * 3_600_000)).body).not.toContain('0 ngày làm việc');
    expect(howLate(lateBy(12 * 60_000))).toBe('12 phút');
    expect(howLate(lateBy(800))).toBe('1 phút');
    expect(howLate({ daysOverdue: 0, dueAt: facts.dueAt })).toBe('chưa đến một ngày làm việc');
  });

  it('names the reporting period for a recurring duty', () => {
    expect(reminderNotice({ ...facts, trigger: 'report:2022-03', level: null }).subject).toContain('hạn báo cáo kỳ 2022-03');
  });
});

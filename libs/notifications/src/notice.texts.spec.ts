import { escalationNotice, reminderNotice } from './notice.texts';

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
    expect(body).toContain('- Số ngày làm việc quá hạn: 2');
    expect(body).toContain('- Mức báo cáo vượt cấp: 2 (Lãnh đạo phụ trách của cơ quan ban hành văn bản)');
    expect(body).toContain('- Xem chi tiết: http://127.0.0.1:3000/v1/tasks/t1');
  });

  it('names the reporting period for a recurring duty', () => {
    expect(reminderNotice({ ...facts, trigger: 'report:2022-03', level: null }).subject).toContain('hạn báo cáo kỳ 2022-03');
  });
});

import { describe, expect, it } from '@jest/globals';
import { announcedDays } from './announced-days';

describe('announcedDays', () => {
  it('lists the day given with 2/9, each swapped day off with its make-up day, and one-off days off, in date order, each with its notice', () => {
    const days = announcedDays({
      source: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024',
      nationalDayAdjacent: '2025-09-01',
      swaps: [
        { dayOff: '2025-05-02', makeUpOn: '2025-04-26', notice: 'Văn bản VPCP tháng 4/2025' },
        { dayOff: '2025-01-27', makeUpOn: '2025-02-08' },
      ],
      daysOff: [{ date: '2025-06-12', name: 'Nghỉ lễ thử', notice: 'Thông báo 1/TB' }],
    });
    expect(days).toEqual([
      { date: '2025-01-27', kind: 'swapped', notice: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024' },
      { date: '2025-02-08', kind: 'makeUp', notice: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024' },
      { date: '2025-04-26', kind: 'makeUp', notice: 'Văn bản VPCP tháng 4/2025' },
      { date: '2025-05-02', kind: 'swapped', notice: 'Văn bản VPCP tháng 4/2025' },
      { date: '2025-06-12', kind: 'dayOff', name: 'Nghỉ lễ thử', notice: 'Thông báo 1/TB' },
      { date: '2025-09-01', kind: 'dayOff', name: '2/9', notice: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024' },
    ]);
  });
});

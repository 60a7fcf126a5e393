import { withUnitNames } from './unit-names.presenter';

describe('unit names in the timeline', () => {
  const names: Record<string, string> = { 'so-tai-chinh': 'Sở Tài chính', 'so-tu-phap': 'Sở Tư pháp' };
  const nameOf = (id: string) => names[id];

  it('replaces unit ids (and the "đơn vị" before them) with the unit names, leaving other words alone', () => {
    const snapshot = {
      timeline: [
        { at: '2022-03-01T00:00:00Z', kind: 'command', text: 'Giao lại cho đơn vị so-tai-chinh.' },
        { at: '2022-03-01T00:00:00Z', kind: 'command', text: 'Báo cáo tiến độ 40%: đã gửi so-tu-phap, mã dự-thảo-2 và so-khong-co' },
      ],
    };
    expect(withUnitNames(snapshot, nameOf).timeline.map((t) => t.text)).toEqual([
      'Giao lại cho Sở Tài chính.',
      'Báo cáo tiến độ 40%: đã gửi Sở Tư pháp, mã dự-thảo-2 và so-khong-co',
    ]);
  });
});

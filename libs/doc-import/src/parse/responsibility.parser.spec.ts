import { parseResponsibility } from './responsibility.parser';
import { splitUnitList } from './unit-list.splitter';

describe('parseResponsibility', () => {
  it.each([
    [
      'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và UBND các huyện, thị xã, thành phố Huế tham mưu UBND tỉnh',
      { lead: ['Sở Nội vụ'], support: ['Sở Tài chính', 'UBND các huyện, thị xã, thành phố Huế'] },
    ],
    [
      'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp các đơn vị liên quan thực hiện',
      { lead: ['Sở Kế hoạch và Đầu tư'], support: ['các đơn vị liên quan'] },
    ],
    ['Giao Sở Y tế thực hiện kiểm tra', { lead: ['Sở Y tế'], support: [] }],
    ['Đề nghị Sở Lao động - Thương binh và Xã hội báo cáo', { lead: ['Sở Lao động - Thương binh và Xã hội'], support: [] }],
    ['Thanh tra tỉnh: tăng cường thanh tra công vụ', { lead: ['Thanh tra tỉnh'], support: [] }],
    ['Sở Xây dựng phối hợp với Công an tỉnh rà soát', { lead: ['Sở Xây dựng'], support: ['Công an tỉnh'] }],
    ['Sở A chủ trì; Sở Tư pháp, Sở Y tế phối hợp thực hiện.', { lead: ['Sở A'], support: ['Sở Tư pháp', 'Sở Y tế'] }],
    ['Các sở, ngành phối hợp thực hiện', { lead: [], support: ['Các sở, ngành'] }],
    ['Kiện toàn Ban Chỉ đạo PCCC cấp huyện', { lead: [], support: [] }],
    ['Tiếp tục làm tốt công tác tuyên truyền', { lead: [], support: [] }],
  ])('%s', (text, expected) => expect(parseResponsibility(text)).toEqual(expected));
});

describe('splitUnitList', () => {
  it('splits only where a new unit name starts', () => {
    expect(splitUnitList('Sở Kế hoạch và Đầu tư, Sở Tài chính và UBND các huyện, thị xã, thành phố Huế')).toEqual([
      'Sở Kế hoạch và Đầu tư',
      'Sở Tài chính',
      'UBND các huyện, thị xã, thành phố Huế',
    ]);
    expect(splitUnitList('Thủ trưởng các Sở, ban, ngành cấp tỉnh và Chủ tịch UBND các huyện;')).toEqual([
      'Thủ trưởng các Sở, ban, ngành cấp tỉnh',
      'Chủ tịch UBND các huyện',
    ]);
    expect(splitUnitList('Sở Lao động - Thương binh và Xã hội; Đài Phát thanh và Truyền hình')).toEqual([
      'Sở Lao động - Thương binh và Xã hội',
      'Đài Phát thanh và Truyền hình',
    ]);
  });
});

import type { LetterSpec } from './letter-spec.types';

// Held back: letters written after the importer was tuned on the corpus, laid out in ways
// the corpus does not use (Word's own plain-text export, the PDF of a numbered Word file).
// Scored, never tuned on: fixtures/heldback-2025.

export const HELDBACK: LetterSpec[] = [
  {
    id: 'cv-2290-UBND-VX',
    issuerLines: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HUẾ'],
    issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ',
    number: '2290',
    symbol: 'UBND-VX',
    place: 'Huế',
    date: '2025-11-04',
    docType: 'cong-van',
    typeHeading: null,
    typeName: 'Công văn',
    subject: 'V/v bảo đảm an toàn thực phẩm dịp cuối năm và Tết Nguyên đán Bính Ngọ 2026',
    kinhGui: ['Sở Y tế;', 'Sở Công Thương;', 'UBND các phường, xã.'],
    addressees: ['Sở Y tế', 'Sở Công Thương', 'UBND các phường, xã'],
    intro: ['Nhu cầu thực phẩm dịp cuối năm tăng cao, nguy cơ mất an toàn thực phẩm lớn. Chủ tịch UBND thành phố yêu cầu:'],
    body: [
      {
        m: '1.',
        text: 'Sở Y tế',
        kids: [
          {
            m: 'a)',
            text: 'Chủ trì thành lập các đoàn kiểm tra liên ngành, hoàn thành đợt kiểm tra cao điểm trước ngày 15/02/2026;',
            task: { lead: ['Sở Y tế'], deadline: '2026-02-15' },
          },
          {
            m: 'b)',
            text: 'Tổng hợp tình hình ngộ độc thực phẩm, báo cáo UBND thành phố hằng tháng, trước ngày 28.',
            task: { lead: ['Sở Y tế'], recurrence: { every: 'month', dueDay: 28 } },
          },
        ],
      },
      {
        m: '2.',
        text: 'Sở Công Thương kiểm soát nguồn gốc hàng hóa tại chợ đầu mối, siêu thị; báo cáo kết quả trước ngày 20/02/2026.',
        task: { lead: ['Sở Công Thương'], deadline: '2026-02-20' },
      },
      {
        m: '3.',
        text: 'UBND các phường, xã kiểm tra cơ sở kinh doanh thức ăn đường phố trên địa bàn, xử lý nghiêm vi phạm.',
        task: { lead: ['UBND các phường, xã'] },
      },
    ],
    recipients: ['Như trên;', 'CT, các PCT UBND thành phố;', 'Lưu: VT, VX.'],
    signer: { authority: ['KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Đoàn Thị Mỹ Hạnh' },
  },
  {
    id: 'cv-318-BGDDT-GDTrH',
    issuerLines: ['BỘ GIÁO DỤC VÀ ĐÀO TẠO'],
    issuer: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO',
    number: '318',
    symbol: 'BGDĐT-GDTrH',
    place: 'Hà Nội',
    date: '2026-01-27',
    docType: 'cong-van',
    typeHeading: null,
    typeName: 'Công văn',
    subject: 'V/v tổ chức dạy học hai buổi mỗi ngày đối với cấp trung học',
    kinhGui: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.'],
    addressees: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    intro: [
      'Để triển khai dạy học hai buổi mỗi ngày từ năm học 2026-2027, Bộ Giáo dục và Đào tạo đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo:',
    ],
    body: [
      {
        m: '1.',
        text: 'Rà soát điều kiện phòng học, đội ngũ giáo viên của từng trường trung học, gửi kết quả về Bộ trước ngày 31/3/2026.',
        task: { lead: [], deadline: '2026-03-31' },
      },
      {
        m: '2.',
        text: 'Xây dựng lộ trình bố trí kinh phí bảo đảm dạy học hai buổi mỗi ngày, trình Hội đồng nhân dân cùng cấp trước ngày 30/6/2026.',
        task: { lead: [], deadline: '2026-06-30' },
      },
      {
        m: '3.',
        text: 'Báo cáo tiến độ thực hiện hằng quý về Vụ Giáo dục Trung học.',
        task: { lead: [], recurrence: { every: 'quarter' } },
      },
    ],
    recipients: ['Như trên;', 'Bộ trưởng (để b/c);', 'Sở GDĐT các tỉnh, thành phố;', 'Lưu: VT, GDTrH.'],
    signer: { authority: ['KT. BỘ TRƯỞNG'], position: 'THỨ TRƯỞNG', name: 'Phạm Ngọc Thưởng' },
  },
  {
    id: 'kh-57-KH-UBND',
    issuerLines: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HUẾ'],
    issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ',
    number: '57',
    symbol: 'KH-UBND',
    place: 'Huế',
    date: '2026-03-02',
    docType: 'ke-hoach',
    typeHeading: 'KẾ HOẠCH',
    typeName: 'Kế hoạch',
    subject: 'Chỉnh trang đô thị và phát triển không gian xanh năm 2026',
    addressees: ['Các sở, ban, ngành thành phố', 'UBND các phường, xã'],
    intro: ['UBND thành phố ban hành Kế hoạch chỉnh trang đô thị và phát triển không gian xanh năm 2026 như sau:'],
    body: [
      { m: 'I.', text: 'MỤC ĐÍCH, YÊU CẦU', kids: [{ m: '-', text: 'Tăng diện tích cây xanh công cộng trong khu vực nội đô.' }] },
      {
        m: 'II.',
        text: 'NHIỆM VỤ CỤ THỂ',
        kids: [
          {
            m: '1.',
            text: 'Sở Xây dựng',
            kids: [
              {
                m: '1.1.',
                text: 'Lập danh mục tuyến phố cần chỉnh trang vỉa hè, chiếu sáng, trình UBND thành phố trước ngày 30/4/2026.',
                task: { lead: ['Sở Xây dựng'], deadline: '2026-04-30' },
              },
              {
                m: '1.2.',
                text: 'Hướng dẫn các phường thiết kế mẫu vườn hoa, sân chơi cộng đồng, hoàn thành trong quý II năm 2026.',
                task: { lead: ['Sở Xây dựng'], deadline: '2026-06-30' },
              },
            ],
          },
          {
            m: '2.',
            text: 'Sở Nông nghiệp và Môi trường chủ trì trồng mới cây xanh dọc các tuyến sông, báo cáo kết quả hằng quý.',
            task: { lead: ['Sở Nông nghiệp và Môi trường'], recurrence: { every: 'quarter' } },
          },
          {
            m: '3.',
            text: 'UBND các phường, xã vận động Nhân dân trồng cây trước nhà, hoàn thành trước ngày 31/10/2026.',
            task: { lead: ['UBND các phường, xã'], deadline: '2026-10-31' },
          },
        ],
      },
    ],
    recipients: ['Thường trực Thành ủy (b/c);', 'Các sở, ban, ngành thành phố;', 'UBND các phường, xã;', 'Lưu: VT, XD.'],
    signer: { authority: ['KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Trần Hữu Thùy Giang' },
  },
];

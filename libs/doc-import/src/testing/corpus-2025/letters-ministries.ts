import type { LetterSpec } from './letter-spec.types';

// Ministries writing to every province (2025–2026): no lead named, the tasks go to the
// addressees; a collective addressee that is one unit of a province's chart.

export const MINISTRIES: LetterSpec[] = [
  {
    id: 'cv-6120-BNV-CQDP',
    issuerLines: ['BỘ NỘI VỤ'],
    issuer: 'BỘ NỘI VỤ',
    number: '6120',
    symbol: 'BNV-CQĐP',
    place: 'Hà Nội',
    date: '2025-09-11',
    docType: 'cong-van',
    typeHeading: null,
    typeName: 'Công văn',
    subject: 'V/v báo cáo tình hình vận hành chính quyền địa phương hai cấp',
    kinhGui: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.'],
    addressees: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    addresseeUnits: 1,
    intro: [
      'Để tổng hợp, đánh giá kết quả vận hành mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025, Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện một số nội dung sau:',
    ],
    body: [
      {
        m: '1.',
        text: 'Báo cáo số lượng cán bộ, công chức cấp xã sau sắp xếp theo biểu mẫu kèm theo, gửi về Bộ Nội vụ trước ngày 30/9/2025.',
        task: { lead: [], deadline: '2025-09-30' },
      },
      {
        m: '2.',
        text: 'Báo cáo định kỳ hằng tháng, trước ngày 25, những khó khăn, vướng mắc trong phân cấp, phân quyền và đề xuất tháo gỡ.',
        task: { lead: [], recurrence: { every: 'month', dueDay: 25 } },
      },
      {
        m: '3.',
        text: 'Cập nhật dữ liệu đơn vị hành chính cấp xã vào Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức, hoàn thành trước ngày 31/10/2025.',
        task: { lead: [], deadline: '2025-10-31' },
      },
    ],
    closing: ['Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Cục Chính quyền địa phương, Bộ Nội vụ để được hướng dẫn./.'],
    recipients: ['Như trên;', 'Bộ trưởng (để b/c);', 'Các Thứ trưởng;', 'Sở Nội vụ các tỉnh, thành phố;', 'Lưu: VT, CQĐP.'],
    signer: { authority: ['KT. BỘ TRƯỞNG'], position: 'THỨ TRƯỞNG', name: 'Vũ Đăng Khoa' },
  },
  {
    id: 'cv-845-BTC-NSNN',
    issuerLines: ['BỘ TÀI CHÍNH'],
    issuer: 'BỘ TÀI CHÍNH',
    number: '845',
    symbol: 'BTC-NSNN',
    place: 'Hà Nội',
    date: '2026-01-20',
    docType: 'cong-van',
    typeHeading: null,
    typeName: 'Công văn',
    subject: 'V/v khóa sổ, quyết toán ngân sách địa phương năm 2025',
    kinhGui: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.'],
    addressees: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    addresseeUnits: 1,
    intro: ['Căn cứ Luật Ngân sách nhà nước năm 2025, Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo thực hiện:'],
    body: [
      {
        m: '1.',
        text: 'Về khóa sổ kế toán',
        kids: [
          {
            m: 'a)',
            text: 'Hoàn thành đối chiếu số liệu thu, chi ngân sách với Kho bạc Nhà nước trước ngày 28/02/2026;',
            task: { lead: [], deadline: '2026-02-28' },
          },
          {
            m: 'b)',
            text: 'Xử lý dứt điểm các khoản tạm ứng đã quá hạn, báo cáo kết quả trước ngày 31/3/2026.',
            task: { lead: [], deadline: '2026-03-31' },
          },
        ],
      },
      {
        m: '2.',
        text: 'Về chế độ báo cáo',
        kids: [
          {
            m: 'a)',
            text: 'Gửi báo cáo quyết toán ngân sách địa phương năm 2025 về Bộ Tài chính trước ngày 01 tháng 10 năm 2026;',
            task: { lead: [], deadline: '2026-10-01' },
          },
          {
            m: 'b)',
            text: 'Báo cáo tình hình thực hiện dự toán hằng quý, trước ngày 15 của tháng đầu quý sau.',
            task: { lead: [], recurrence: { every: 'quarter' } },
          },
        ],
      },
    ],
    closing: ['Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm chỉ đạo thực hiện./.'],
    recipients: ['Như trên;', 'Sở Tài chính các tỉnh, thành phố;', 'KBNN;', 'Lưu: VT, NSNN.'],
    signer: { authority: ['KT. BỘ TRƯỞNG'], position: 'THỨ TRƯỞNG', name: 'Lương Thị Hồng Nhung' },
  },
  {
    id: 'cv-2931-BYT-DP',
    issuerLines: ['BỘ Y TẾ'],
    issuer: 'BỘ Y TẾ',
    number: '2931',
    symbol: 'BYT-DP',
    place: 'Hà Nội',
    date: '2025-06-03',
    docType: 'cong-van',
    typeHeading: null,
    typeName: 'Công văn',
    subject: 'V/v tăng cường phòng, chống bệnh tay chân miệng trong mùa hè',
    kinhGui: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.'],
    addressees: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    intro: [
      'Thời gian gần đây số ca mắc tay chân miệng tăng ở nhiều địa phương. Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo:',
    ],
    body: [
      {
        m: '-',
        text: 'Sở Y tế tăng cường giám sát, phát hiện sớm ca bệnh tại cộng đồng, nhà trẻ, mẫu giáo; xử lý triệt để ổ dịch.',
        task: { lead: ['Sở Y tế'] },
      },
      {
        m: '-',
        text: 'Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục mầm non vệ sinh đồ chơi, lớp học hằng ngày.',
        task: { lead: ['Sở Giáo dục và Đào tạo'] },
      },
      {
        m: '-',
        text: 'Báo cáo tình hình dịch bệnh về Cục Phòng bệnh định kỳ hằng tuần vào thứ Sáu và báo cáo tổng kết trước ngày 30/9/2025.',
        task: { lead: [], deadline: '2025-09-30' },
      },
    ],
    recipients: ['Như trên;', 'Bộ trưởng (để b/c);', 'Sở Y tế các tỉnh, thành phố;', 'Lưu: VT, DP.'],
    signer: { authority: ['KT. BỘ TRƯỞNG'], position: 'THỨ TRƯỞNG', name: 'Đỗ Minh Khang' },
  },
];

import type { LetterSpec } from './letter-spec.types';

// Letters of Thành phố Huế after it became a centrally-run city (2025–2026): the city as the
// issuer, the merged departments, the commune level of 01/07/2025. Numbers, dates and
// people are invented; the institutions are real.

const CITY = ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HUẾ'];
const CITY_NAME = 'ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ';

export const HUE_2025: LetterSpec[] = [
  {
    id: 'kh-214-KH-UBND',
    issuerLines: CITY,
    issuer: CITY_NAME,
    number: '214',
    symbol: 'KH-UBND',
    place: 'Huế',
    date: '2025-08-14',
    docType: 'ke-hoach',
    typeHeading: 'KẾ HOẠCH',
    typeName: 'Kế hoạch',
    subject: 'Triển khai nền tảng số dùng chung tại UBND các phường, xã năm 2025',
    addressees: ['Các sở, ban, ngành thành phố', 'UBND các phường, xã'],
    intro: [
      'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, UBND thành phố ban hành Kế hoạch triển khai nền tảng số dùng chung tại cấp xã như sau:',
    ],
    body: [
      {
        m: 'I.',
        text: 'MỤC ĐÍCH, YÊU CẦU',
        kids: [
          { m: '-', text: 'Bảo đảm chính quyền cấp xã vận hành thông suốt trên môi trường số sau khi sắp xếp đơn vị hành chính.' },
          { m: '-', text: 'Phân công rõ đơn vị chủ trì, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ.' },
        ],
      },
      {
        m: 'II.',
        text: 'NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN',
        kids: [
          {
            m: '1.',
            text: 'Sở Khoa học và Công nghệ',
            kids: [
              {
                m: '1.1.',
                text: 'Hướng dẫn các phường, xã kết nối hệ thống quản lý văn bản với nền tảng tích hợp, chia sẻ dữ liệu của thành phố, hoàn thành trước ngày 30/9/2025.',
                task: { lead: ['Sở Khoa học và Công nghệ'], deadline: '2025-09-30' },
              },
              {
                m: '1.2.',
                text: 'Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã, xong trước ngày 15/10/2025.',
                task: { lead: ['Sở Khoa học và Công nghệ'], deadline: '2025-10-15' },
              },
            ],
          },
          {
            m: '2.',
            text: 'Sở Tài chính',
            kids: [
              {
                m: '2.1.',
                text: 'Tham mưu bố trí kinh phí mua sắm thiết bị đầu cuối cho bộ phận một cửa cấp xã, trình UBND thành phố trước ngày 10/9/2025.',
                task: { lead: ['Sở Tài chính'], deadline: '2025-09-10' },
              },
            ],
          },
          {
            m: '3.',
            text: 'UBND các phường, xã',
            kids: [
              {
                m: 'a)',
                text: 'Rà soát, cập nhật danh mục thủ tục hành chính được giải quyết trên Cổng dịch vụ công, hoàn thành trước ngày 30/9/2025;',
                task: { lead: ['UBND các phường, xã'], deadline: '2025-09-30' },
              },
              {
                m: 'b)',
                text: 'Bố trí công chức phụ trách chuyển đổi số và gửi danh sách về Sở Khoa học và Công nghệ trước ngày 05/9/2025.',
                task: { lead: ['UBND các phường, xã'], deadline: '2025-09-05' },
              },
            ],
          },
        ],
      },
      {
        m: 'III.',
        text: 'TỔ CHỨC THỰC HIỆN',
        kids: [
          {
            m: '1.',
            text: 'Chế độ báo cáo',
            kids: [
              {
                m: 'a)',
                text: 'UBND các phường, xã báo cáo kết quả triển khai định kỳ hằng tháng, trước ngày 20, gửi Sở Khoa học và Công nghệ;',
                task: { lead: ['UBND các phường, xã'], recurrence: { every: 'month', dueDay: 20 } },
              },
              {
                m: 'b)',
                text: 'Sở Khoa học và Công nghệ tổng hợp, báo cáo UBND thành phố hằng quý.',
                task: { lead: ['Sở Khoa học và Công nghệ'], recurrence: { every: 'quarter' } },
              },
            ],
          },
        ],
      },
    ],
    recipients: [
      'Bộ Khoa học và Công nghệ (b/c);',
      'Thường trực Thành ủy;',
      'CT, các PCT UBND thành phố;',
      'Các sở, ban, ngành thành phố;',
      'UBND các phường, xã;',
      'Lưu: VT, KHCN.',
    ],
    signer: { authority: ['KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Trần Quang Vĩnh' },
  },
  {
    id: 'cv-1873-UBND-TC',
    issuerLines: CITY,
    issuer: CITY_NAME,
    number: '1873',
    symbol: 'UBND-TC',
    place: 'Huế',
    date: '2025-03-18',
    docType: 'cong-van',
    typeHeading: null,
    typeName: 'Công văn',
    subject: 'V/v bàn giao hồ sơ, dự án sau khi hợp nhất Sở Kế hoạch và Đầu tư vào Sở Tài chính',
    kinhGui: ['Sở Tài chính;', 'Sở Nông nghiệp và Môi trường;', 'Sở Xây dựng.'],
    addressees: ['Sở Tài chính', 'Sở Nông nghiệp và Môi trường', 'Sở Xây dựng'],
    addresseeUnits: 3,
    intro: [
      'Sau khi tổ chức lại các cơ quan chuyên môn từ ngày 01/3/2025, để công tác quản lý đầu tư công không bị gián đoạn, Chủ tịch UBND thành phố có ý kiến như sau:',
    ],
    body: [
      {
        m: '1.',
        text: 'Sở Tài chính chủ trì tiếp nhận toàn bộ hồ sơ các dự án đầu tư công do Sở Kế hoạch và Đầu tư trước đây theo dõi, lập biên bản bàn giao trước ngày 31/3/2025.',
        task: { lead: ['Sở Tài chính'], deadline: '2025-03-31' },
      },
      {
        m: '2.',
        text: 'Sở Nông nghiệp và Môi trường rà soát các thủ tục đất đai, môi trường đang giải quyết dở dang, công khai danh sách trên Cổng thông tin điện tử thành phố trước ngày 10/4/2025.',
        task: { lead: ['Sở Nông nghiệp và Môi trường'], deadline: '2025-04-10' },
      },
      {
        m: '3.',
        text: 'Sở Xây dựng tiếp nhận nhiệm vụ quản lý vận tải, đăng kiểm từ Sở Giao thông vận tải, báo cáo kết quả về UBND thành phố chậm nhất ngày 15/4/2025.',
        task: { lead: ['Sở Xây dựng'], deadline: '2025-04-15' },
      },
    ],
    closing: ['Đề nghị các sở khẩn trương triển khai thực hiện./.'],
    recipients: ['Như trên;', 'CT và các PCT UBND thành phố;', 'Lưu: VT, TC.'],
    signer: { authority: ['KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Lê Thị Minh Phượng' },
  },
  {
    id: 'ct-09-CT-UBND',
    issuerLines: CITY,
    issuer: CITY_NAME,
    number: '09',
    symbol: 'CT-UBND',
    place: 'Huế',
    date: '2025-10-06',
    docType: 'chi-thi',
    typeHeading: 'CHỈ THỊ',
    typeName: 'Chỉ thị',
    subject: 'Về chủ động phòng, chống thiên tai mùa mưa bão năm 2025 ở cấp xã',
    addressees: ['Các sở, ban, ngành thành phố', 'UBND các phường, xã'],
    intro: [
      'Mùa mưa bão năm 2025 là năm đầu tiên chính quyền địa phương hai cấp trực tiếp chỉ huy ứng phó thiên tai. Để chủ động bảo vệ tính mạng, tài sản của Nhân dân, Chủ tịch UBND thành phố yêu cầu:',
    ],
    body: [
      {
        m: '1.',
        text: 'Chủ tịch UBND các phường, xã',
        kids: [
          {
            m: 'a)',
            text: 'Kiện toàn Ban Chỉ huy phòng thủ dân sự cấp xã, phân công thành viên phụ trách từng thôn, tổ dân phố, hoàn thành trước ngày 15/10/2025;',
            task: { lead: ['Chủ tịch UBND các phường, xã'], deadline: '2025-10-15' },
          },
          {
            m: 'b)',
            text: 'Rà soát các hộ dân sống ở vùng thấp trũng, ven sông, lập phương án sơ tán cụ thể cho từng khu vực;',
            task: { lead: ['Chủ tịch UBND các phường, xã'] },
          },
          {
            m: 'c)',
            text: 'Báo cáo tình hình thiệt hại và công tác khắc phục hằng tuần trong thời gian có mưa lũ.',
            task: { lead: ['Chủ tịch UBND các phường, xã'] },
          },
        ],
      },
      {
        m: '2.',
        text: 'Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến mưa lũ, vận hành hồ chứa theo quy trình liên hồ; tổng hợp thiệt hại báo cáo UBND thành phố trước 16 giờ hằng ngày khi có thiên tai.',
        task: { lead: ['Sở Nông nghiệp và Môi trường'] },
      },
      {
        m: '3.',
        text: 'Sở Xây dựng kiểm tra an toàn các công trình đang thi công, cầu, đường yếu; hoàn thành việc cắm biển cảnh báo trước ngày 20/10/2025.',
        task: { lead: ['Sở Xây dựng'], deadline: '2025-10-20' },
      },
      {
        m: '4.',
        text: 'Đài Phát thanh và Truyền hình Huế tăng thời lượng phát tin dự báo, cảnh báo thiên tai trên các kênh của Đài.',
        task: { lead: ['Đài Phát thanh và Truyền hình Huế'] },
      },
    ],
    closing: ['Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các phường, xã nghiêm túc thực hiện Chỉ thị này./.'],
    recipients: [
      'Ban Chỉ đạo Phòng thủ dân sự quốc gia (b/c);',
      'Thường trực Thành ủy;',
      'Các sở, ban, ngành thành phố;',
      'UBND các phường, xã;',
      'Lưu: VT, NN.',
    ],
    signer: { authority: ['CHỦ TỊCH'], position: 'CHỦ TỊCH', name: 'Phan Thiên Định' },
  },
  {
    id: 'tb-388-TB-UBND',
    issuerLines: CITY,
    issuer: CITY_NAME,
    number: '388',
    symbol: 'TB-UBND',
    place: 'Huế',
    date: '2025-12-02',
    docType: 'thong-bao-ket-luan',
    typeHeading: 'THÔNG BÁO',
    typeName: 'Thông báo',
    subject: 'Kết luận của Chủ tịch UBND thành phố tại cuộc họp về tiến độ giải ngân vốn đầu tư công năm 2025',
    addressees: ['Sở Tài chính', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'UBND các phường, xã'],
    intro: [
      'Ngày 28/11/2025, Chủ tịch UBND thành phố chủ trì cuộc họp nghe báo cáo tiến độ giải ngân vốn đầu tư công. Sau khi nghe các đơn vị báo cáo, Chủ tịch UBND thành phố kết luận như sau:',
    ],
    body: [
      {
        m: '1.',
        text: 'Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XIII rà soát các dự án giải ngân dưới 50%, đề xuất điều chuyển vốn trước ngày 10/12/2025.',
        task: { lead: ['Sở Tài chính'], deadline: '2025-12-10' },
      },
      {
        m: '2.',
        text: 'Sở Xây dựng đôn đốc các nhà thầu đẩy nhanh tiến độ thi công các công trình giao thông trọng điểm, hoàn thành nghiệm thu khối lượng trước ngày 20/12/2025.',
        task: { lead: ['Sở Xây dựng'], deadline: '2025-12-20' },
      },
      {
        m: '3.',
        text: 'UBND các phường, xã tập trung giải phóng mặt bằng, báo cáo vướng mắc về Sở Nông nghiệp và Môi trường trước ngày 05/12/2025.',
        task: { lead: ['UBND các phường, xã'], deadline: '2025-12-05' },
      },
      {
        m: '4.',
        text: 'Sở Nông nghiệp và Môi trường hướng dẫn các phường, xã xác định giá đất cụ thể để bồi thường; tổng hợp báo cáo UBND thành phố định kỳ hằng tuần.',
        task: { lead: ['Sở Nông nghiệp và Môi trường'] },
      },
    ],
    closing: ['Văn phòng UBND thành phố thông báo để các cơ quan, đơn vị biết, thực hiện./.'],
    recipients: [
      'Sở Tài chính;',
      'Sở Xây dựng;',
      'Sở Nông nghiệp và Môi trường;',
      'UBND các phường, xã;',
      'CT, các PCT UBND thành phố;',
      'Lưu: VT, TH.',
    ],
    signer: { authority: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'], position: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Hoàng Ngọc Sương' },
  },
  {
    id: 'kh-31-KH-UBND',
    issuerLines: CITY,
    issuer: CITY_NAME,
    number: '31',
    symbol: 'KH-UBND',
    place: 'Huế',
    date: '2026-02-09',
    docType: 'ke-hoach',
    typeHeading: 'KẾ HOẠCH',
    typeName: 'Kế hoạch',
    subject: 'Cải thiện chỉ số hài lòng của người dân, doanh nghiệp đối với dịch vụ công năm 2026',
    addressees: ['Các sở, ban, ngành thành phố', 'UBND các phường, xã'],
    intro: ['Nhằm nâng cao chất lượng phục vụ người dân, doanh nghiệp trong năm 2026, UBND thành phố ban hành Kế hoạch như sau:'],
    body: [
      {
        m: 'I.',
        text: 'MỤC TIÊU',
        kids: [{ m: '-', text: 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80% tổng số hồ sơ tiếp nhận.' }],
      },
      {
        m: 'II.',
        text: 'NHIỆM VỤ CỤ THỂ',
        kids: [
          {
            m: '1.',
            text: 'Trung tâm Phục vụ hành chính công thành phố chủ trì khảo sát mức độ hài lòng tại bộ phận một cửa các cấp, báo cáo kết quả hằng quý.',
            task: { lead: ['Trung tâm Phục vụ hành chính công thành phố'], recurrence: { every: 'quarter' } },
          },
          {
            m: '2.',
            text: 'Sở Nội vụ đưa chỉ tiêu hài lòng vào tiêu chí đánh giá, xếp loại người đứng đầu; trình UBND thành phố trước ngày 31/3/2026.',
            task: { lead: ['Sở Nội vụ'], deadline: '2026-03-31' },
          },
          {
            m: '3.',
            text: 'Các sở, ban, ngành thành phố và UBND các phường, xã niêm yết công khai đường dây nóng tiếp nhận phản ánh, kiến nghị, hoàn thành trong tháng 3/2026.',
            task: { lead: ['Các sở, ban, ngành thành phố', 'UBND các phường, xã'], deadline: '2026-03-31' },
          },
        ],
      },
      {
        m: 'III.',
        text: 'CHẾ ĐỘ BÁO CÁO',
        kids: [
          {
            m: '-',
            text: 'Các cơ quan, đơn vị báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ trước ngày 15 tháng 12 năm 2026.',
            task: { lead: [], deadline: '2026-12-15' },
          },
        ],
      },
    ],
    recipients: [
      'Thường trực Thành ủy (b/c);',
      'CT, các PCT UBND thành phố;',
      'Các sở, ban, ngành thành phố;',
      'UBND các phường, xã;',
      'Lưu: VT, NV.',
    ],
    signer: { authority: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], position: 'CHỦ TỊCH', name: 'Phan Thiên Định' },
  },
  {
    id: 'cv-412-UBND-VP',
    issuerLines: ['UBND THÀNH PHỐ HUẾ', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG THUẬN HÓA'],
    issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG THUẬN HÓA',
    number: '412',
    symbol: 'UBND-VP',
    place: 'Thuận Hóa',
    date: '2025-09-22',
    docType: 'cong-van',
    typeHeading: null,
    typeName: 'Công văn',
    subject: 'V/v ra quân tổng vệ sinh môi trường, khơi thông cống rãnh trước mùa mưa',
    kinhGui: ['Công an phường;', 'Ban Chỉ huy Quân sự phường;', 'Trưởng các tổ dân phố.'],
    addressees: ['Công an phường', 'Ban Chỉ huy Quân sự phường', 'Trưởng các tổ dân phố'],
    intro: ['Để chủ động phòng ngừa ngập úng cục bộ trong mùa mưa năm 2025, UBND phường đề nghị các đơn vị thực hiện các việc sau:'],
    body: [
      {
        m: '1.',
        text: 'Trưởng các tổ dân phố vận động Nhân dân ra quân tổng vệ sinh, khơi thông cống rãnh vào sáng Chủ nhật ngày 05/10/2025.',
        task: { lead: ['Trưởng các tổ dân phố'], deadline: '2025-10-05' },
      },
      {
        m: '2.',
        text: 'Ban Chỉ huy Quân sự phường huy động lực lượng dân quân hỗ trợ các tổ dân phố vùng trũng, hoàn thành trước ngày 10/10/2025.',
        task: { lead: ['Ban Chỉ huy Quân sự phường'], deadline: '2025-10-10' },
      },
      {
        m: '3.',
        text: 'Công an phường phối hợp bảo đảm trật tự, an toàn giao thông trong thời gian ra quân.',
        task: { lead: ['Công an phường'] },
      },
    ],
    closing: ['Kết quả thực hiện gửi về Văn phòng HĐND và UBND phường để tổng hợp./.'],
    recipients: ['Như trên;', 'Thường trực Đảng ủy phường;', 'Lưu: VT.'],
    signer: { authority: ['KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Hữu Lộc' },
  },
];

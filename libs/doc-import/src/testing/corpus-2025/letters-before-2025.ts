import type { LetterSpec } from './letter-spec.types';

// Letters of Thừa Thiên Huế before the 2025 reorganisation (2021–2024), read against the
// 2022 chart: the province, a department, a district.

const PROVINCE = ['ỦY BAN NHÂN DÂN', 'TỈNH THỪA THIÊN HUẾ'];
const PROVINCE_NAME = 'ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ';

export const BEFORE_2025: LetterSpec[] = [
  {
    id: 'kh-96-KH-UBND',
    issuerLines: PROVINCE,
    issuer: PROVINCE_NAME,
    number: '96',
    symbol: 'KH-UBND',
    place: 'Thừa Thiên Huế',
    date: '2022-03-24',
    docType: 'ke-hoach',
    typeHeading: 'KẾ HOẠCH',
    typeName: 'Kế hoạch',
    subject: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh năm 2022',
    addressees: ['Các sở, ban, ngành cấp tỉnh', 'UBND các huyện, thị xã, thành phố Huế'],
    intro: ['Thực hiện Nghị định số 107/2021/NĐ-CP của Chính phủ, UBND tỉnh ban hành Kế hoạch số hóa hồ sơ năm 2022 như sau:'],
    body: [
      {
        m: '1.',
        text: 'Văn phòng UBND tỉnh',
        kids: [
          {
            m: '1.1.',
            text: 'Chủ trì xây dựng quy trình số hóa hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, trình ban hành trước ngày 30/4/2022.',
            task: { lead: ['Văn phòng UBND tỉnh'], deadline: '2022-04-30' },
          },
          {
            m: '1.2.',
            text: 'Theo dõi, đôn đốc và tổng hợp kết quả số hóa, báo cáo UBND tỉnh hằng quý.',
            task: { lead: ['Văn phòng UBND tỉnh'], recurrence: { every: 'quarter' } },
          },
        ],
      },
      {
        m: '2.',
        text: 'Sở Thông tin và Truyền thông nâng cấp kho lưu trữ điện tử của tỉnh để lưu kết quả số hóa, hoàn thành trước ngày 30/6/2022.',
        task: { lead: ['Sở Thông tin và Truyền thông'], deadline: '2022-06-30' },
      },
      {
        m: '3.',
        text: 'UBND các huyện, thị xã, thành phố Huế',
        kids: [
          {
            m: 'a)',
            text: 'Số hóa hồ sơ tiếp nhận tại bộ phận một cửa cấp huyện, cấp xã từ ngày 01/6/2022;',
            task: { lead: ['UBND các huyện, thị xã, thành phố Huế'] },
          },
          {
            m: 'b)',
            text: 'Báo cáo tỷ lệ hồ sơ được số hóa về Văn phòng UBND tỉnh trước ngày 20 hằng tháng.',
            task: { lead: ['UBND các huyện, thị xã, thành phố Huế'], recurrence: { every: 'month', dueDay: 20 } },
          },
        ],
      },
    ],
    recipients: [
      'Văn phòng Chính phủ (b/c);',
      'CT và các PCT UBND tỉnh;',
      'Các sở, ban, ngành cấp tỉnh;',
      'UBND các huyện, thị xã, thành phố Huế;',
      'Lưu: VT, HCC.',
    ],
    signer: { authority: ['KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Phương' },
  },
  {
    id: 'cv-5521-UBND-YT',
    issuerLines: PROVINCE,
    issuer: PROVINCE_NAME,
    number: '5521',
    symbol: 'UBND-YT',
    place: 'Thừa Thiên Huế',
    date: '2021-07-16',
    docType: 'cong-van',
    typeHeading: null,
    typeName: 'Công văn',
    subject: 'V/v tổ chức tiêm vắc xin phòng COVID-19 đợt 3 trên địa bàn tỉnh',
    kinhGui: ['Sở Y tế;', 'Công an tỉnh;', 'UBND các huyện, thị xã và thành phố Huế.'],
    addressees: ['Sở Y tế', 'Công an tỉnh', 'UBND các huyện, thị xã và thành phố Huế'],
    intro: ['Để triển khai kịp thời số vắc xin được Bộ Y tế phân bổ, Chủ tịch UBND tỉnh chỉ đạo:'],
    body: [
      {
        m: '1.',
        text: 'Sở Y tế chủ trì lập danh sách đối tượng ưu tiên, phân bổ vắc xin cho các điểm tiêm, hoàn thành trước ngày 20/7/2021.',
        task: { lead: ['Sở Y tế'], deadline: '2021-07-20' },
      },
      {
        m: '2.',
        text: 'Công an tỉnh bảo đảm an ninh, trật tự tại nơi bảo quản vắc xin và các điểm tiêm tập trung.',
        task: { lead: ['Công an tỉnh'] },
      },
      {
        m: '3.',
        text: 'UBND các huyện, thị xã và thành phố Huế bố trí địa điểm tiêm, huy động lực lượng hỗ trợ; báo cáo kết quả tiêm về Sở Y tế hằng ngày.',
        task: { lead: ['UBND các huyện, thị xã và thành phố Huế'] },
      },
    ],
    recipients: ['Như trên;', 'CT và các PCT UBND tỉnh;', 'Lưu: VT, YT.'],
    signer: { authority: ['KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thanh Bình' },
  },
  {
    id: 'cv-1507-SYT-NVY',
    issuerLines: ['UBND TỈNH THỪA THIÊN HUẾ', 'SỞ Y TẾ'],
    issuer: 'SỞ Y TẾ',
    number: '1507',
    symbol: 'SYT-NVY',
    place: 'Thừa Thiên Huế',
    date: '2023-05-08',
    docType: 'cong-van',
    typeHeading: null,
    typeName: 'Công văn',
    subject: 'V/v chủ động phòng, chống sốt xuất huyết năm 2023',
    kinhGui: ['Trung tâm Kiểm soát bệnh tật tỉnh;', 'Trung tâm Y tế các huyện, thị xã, thành phố Huế.'],
    addressees: ['Trung tâm Kiểm soát bệnh tật tỉnh', 'Trung tâm Y tế các huyện, thị xã, thành phố Huế'],
    intro: ['Nhằm chủ động kiểm soát bệnh sốt xuất huyết trong mùa mưa năm 2023, Sở Y tế yêu cầu các đơn vị:'],
    body: [
      {
        m: '1.',
        text: 'Trung tâm Kiểm soát bệnh tật tỉnh tổ chức giám sát véc tơ tại các điểm nguy cơ cao, cấp hóa chất phun diệt muỗi cho các huyện trước ngày 31/5/2023.',
        task: { lead: ['Trung tâm Kiểm soát bệnh tật tỉnh'], deadline: '2023-05-31' },
      },
      {
        m: '2.',
        text: 'Trung tâm Y tế các huyện, thị xã, thành phố Huế phối hợp với chính quyền địa phương ra quân diệt lăng quăng, bọ gậy; báo cáo số ca mắc vào thứ Năm hằng tuần.',
        task: { lead: ['Trung tâm Y tế các huyện, thị xã, thành phố Huế'] },
      },
    ],
    recipients: ['Như trên;', 'UBND tỉnh (b/c);', 'Giám đốc, các PGĐ Sở;', 'Lưu: VT, NVY.'],
    signer: { authority: ['KT. GIÁM ĐỐC'], position: 'PHÓ GIÁM ĐỐC', name: 'Hồ Đắc Tâm' },
  },
  {
    id: 'kh-118-KH-UBND',
    issuerLines: ['ỦY BAN NHÂN DÂN', 'HUYỆN PHÚ VANG'],
    issuer: 'ỦY BAN NHÂN DÂN HUYỆN PHÚ VANG',
    number: '118',
    symbol: 'KH-UBND',
    place: 'Phú Vang',
    date: '2024-04-12',
    docType: 'ke-hoach',
    typeHeading: 'KẾ HOẠCH',
    typeName: 'Kế hoạch',
    subject: 'Thu gom, xử lý rác thải sinh hoạt vùng ven biển, đầm phá năm 2024',
    addressees: ['Phòng Tài nguyên và Môi trường', 'UBND các xã, thị trấn'],
    intro: ['Để giữ gìn cảnh quan, môi trường vùng ven biển, đầm phá trong mùa du lịch năm 2024, UBND huyện ban hành Kế hoạch như sau:'],
    body: [
      {
        m: 'I.',
        text: 'NỘI DUNG THỰC HIỆN',
        kids: [
          {
            m: '1.',
            text: 'Phòng Tài nguyên và Môi trường chủ trì kiểm tra việc thu gom rác tại các bãi tắm, tổng hợp báo cáo UBND huyện trước ngày 25 hằng tháng.',
            task: { lead: ['Phòng Tài nguyên và Môi trường'], recurrence: { every: 'month', dueDay: 25 } },
          },
          {
            m: '2.',
            text: 'UBND các xã, thị trấn ven biển bố trí thùng rác, tổ chức ra quân làm sạch bờ biển trước ngày 30/4/2024.',
            task: { lead: ['UBND các xã, thị trấn ven biển'], deadline: '2024-04-30' },
          },
          {
            m: '3.',
            text: 'Trung tâm Văn hóa, Thông tin và Thể thao huyện tuyên truyền trên hệ thống loa truyền thanh về phân loại rác tại nguồn.',
            task: { lead: ['Trung tâm Văn hóa, Thông tin và Thể thao huyện'] },
          },
        ],
      },
    ],
    recipients: [
      'UBND tỉnh (b/c);',
      'Sở Tài nguyên và Môi trường (b/c);',
      'Phòng Tài nguyên và Môi trường;',
      'UBND các xã, thị trấn;',
      'Lưu: VT.',
    ],
    signer: { authority: ['KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Trương Công Hậu' },
  },
  {
    id: 'qd-1688-QD-UBND',
    issuerLines: PROVINCE,
    issuer: PROVINCE_NAME,
    number: '1688',
    symbol: 'QĐ-UBND',
    place: 'Thừa Thiên Huế',
    date: '2024-07-29',
    docType: 'quyet-dinh',
    typeHeading: 'QUYẾT ĐỊNH',
    typeName: 'Quyết định',
    subject: 'Về việc giao nhiệm vụ chuẩn bị thành lập thành phố Huế trực thuộc Trung ương',
    addressees: [],
    intro: [
      'ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Theo đề nghị của Giám đốc Sở Nội vụ.',
      'QUYẾT ĐỊNH:',
    ],
    body: [
      { m: 'Điều 1.', text: 'Giao nhiệm vụ chuẩn bị các điều kiện thành lập thành phố Huế trực thuộc Trung ương cho các cơ quan sau đây.' },
      {
        m: 'Điều 2.',
        text: 'Nhiệm vụ cụ thể',
        kids: [
          {
            m: '1.',
            text: 'Sở Nội vụ chủ trì hoàn thiện hồ sơ đề án thành lập thành phố, trình UBND tỉnh trước ngày 15/8/2024.',
            task: { lead: ['Sở Nội vụ'], deadline: '2024-08-15' },
          },
          {
            m: '2.',
            text: 'Sở Tài chính cân đối kinh phí tổ chức lấy ý kiến cử tri, hoàn thành trước ngày 31/8/2024.',
            task: { lead: ['Sở Tài chính'], deadline: '2024-08-31' },
          },
          {
            m: '3.',
            text: 'Sở Tư pháp rà soát các văn bản quy phạm pháp luật của tỉnh cần sửa đổi sau khi thành lập thành phố, báo cáo trước ngày 30/9/2024.',
            task: { lead: ['Sở Tư pháp'], deadline: '2024-09-30' },
          },
        ],
      },
      {
        m: 'Điều 3.',
        text: 'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc các sở: Nội vụ, Tài chính, Tư pháp và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.',
      },
    ],
    recipients: ['Như Điều 3;', 'CT và các PCT UBND tỉnh;', 'Lưu: VT, NV.'],
    signer: { authority: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], position: 'CHỦ TỊCH', name: 'Nguyễn Văn Phương' },
  },
];

import { buildDocx } from './docx-fixture.builder';
import { buildTextPdf } from './pdf-fixture.builder';

// The binary letters of fixtures/heldout-like, built from these sources so they can be
// regenerated (`node -r @swc-node/register` on writeHeldoutBinaries) and read in review.

export function heldoutDocx(): Uint8Array {
  return buildDocx([
    {
      table: [
        [
          ['ỦY BAN NHÂN DÂN', 'HUYỆN QUẢNG ĐIỀN', '', 'Số: 512/UBND-VP'],
          ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Quảng Điền, ngày 17 tháng 4 năm 2023'],
        ],
      ],
      layout: true,
    },
    { p: 'V/v tổ chức các hoạt động Tháng hành động vì an toàn thực phẩm năm 2023' },
    { p: '' },
    { p: 'Kính gửi:' },
    { p: '- Phòng Y tế huyện;' },
    { p: '- Phòng Kinh tế và Hạ tầng;' },
    { p: '- UBND các xã, thị trấn.' },
    { p: '' },
    {
      p: 'Thực hiện Kế hoạch số 101/KH-UBND ngày 06/4/2023 của UBND tỉnh, Chủ tịch UBND huyện giao các cơ quan, địa phương thực hiện các nội dung sau:',
    },
    {
      p: 'Phòng Y tế huyện chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng thành lập đoàn kiểm tra liên ngành về an toàn thực phẩm; hoàn thành trước ngày 15/5/2023.',
      num: { id: 1, level: 0 },
    },
    { p: 'UBND các xã, thị trấn:', num: { id: 1, level: 0 } },
    { p: 'Treo băng rôn, khẩu hiệu tuyên truyền tại trụ sở và nơi công cộng;', num: { id: 1, level: 2 } },
    { p: 'Kiểm tra các cơ sở kinh doanh thức ăn đường phố trên địa bàn;', num: { id: 1, level: 2 } },
    { p: 'Báo cáo kết quả về Phòng Y tế huyện trước ngày 25/5/2023.', num: { id: 1, level: 2 } },
    { p: 'Yêu cầu Thủ trưởng các cơ quan, Chủ tịch UBND các xã, thị trấn triển khai thực hiện./.' },
    {
      table: [
        [
          ['Nơi nhận:', '- Như trên;', '- CT, các PCT UBND huyện;', '- Lưu: VT.'],
          ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Hoàng Văn Minh'],
        ],
      ],
      layout: true,
    },
  ]);
}

export function heldoutPdf(): Uint8Array {
  return buildTextPdf(
    [
      'UBND TỈNH THỪA THIÊN HUẾ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '  SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG           Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 2210/STNMT-QLĐĐ               Thừa Thiên Huế, ngày 28 tháng 9 năm 2023',
      'V/v đôn đốc cấp giấy chứng nhận quyền',
      'sử dụng đất lần đầu',
      '',
      '              Kính gửi: UBND các huyện, thị xã, thành phố Huế.',
      '',
      'Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 8123/UBND-ĐC ngày 12/9/2023,',
      'Sở Tài nguyên và Môi trường đề nghị UBND các huyện, thị xã, thành phố Huế thực hiện',
      'một số nội dung sau:',
      '1. Chỉ đạo Văn phòng đăng ký đất đai chi nhánh rà soát hồ sơ tồn đọng, hoàn thành',
      'việc cấp giấy chứng nhận lần đầu trước ngày 31/12/2023.',
      '2. Báo cáo tiến độ cấp giấy chứng nhận về Sở Tài nguyên và Môi trường trước ngày 25',
      'hằng tháng.',
      'Sở Tài nguyên và Môi trường đề nghị các địa phương quan tâm thực hiện./.',
      '',
      'Nơi nhận:                                   KT. GIÁM ĐỐC',
      '- Như trên;                                 PHÓ GIÁM ĐỐC',
      '- UBND tỉnh (b/c);',
      '- Lưu: VT, QLĐĐ.                            Lê Quang Hòa',
    ],
    { compress: true },
  );
}

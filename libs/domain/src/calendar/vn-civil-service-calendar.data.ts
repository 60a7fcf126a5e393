import { CalendarData } from './calendar-data.types';

// Working days of cán bộ, công chức, viên chức: Monday to Friday, Saturday and Sunday
// being the weekly rest of the 40-hour week (Quyết định 188/1999/QĐ-TTg).
//
// Statutory holidays (computed): Bộ luật Lao động 2019, Điều 112 khoản 1 — Tết Dương
// lịch 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 1/5; Quốc khánh 2/9
// plus one day before or after. A holiday on a weekly rest day is made up on the next
// working day (Điều 111 khoản 3). Which Tết days and which day next to 2/9 is decided each
// year by the Prime Minister (Điều 112 khoản 3) and announced with any swaps.
//
// Sources per year are the Government Office (VPCP) letters and the notices of Bộ LĐ-TB&XH
// (until 2025) / Bộ Nội vụ (from 2025) that pass them on. Where a document number could
// not be confirmed it says so; the dates were checked against the published schedules.
export const VN_CIVIL_SERVICE_CALENDAR: CalendarData = {
  version: 'vn-civil-service/2026-1',
  // Published version 1: the seed of the calendar versions store; later versions are data.
  sequence: 1,
  description:
    'Lịch làm việc của cán bộ, công chức, viên chức (nghỉ thứ Bảy, Chủ nhật) theo BLLĐ 2019 và thông báo nghỉ lễ, Tết hằng năm, 2022–2026',
  weeklyRestDays: [6, 7],
  years: {
    2022: {
      // Thông báo of Bộ LĐ-TB&XH on 2022 holidays (number not confirmed here).
      // Tết 31/1–4/2 (29 tháng Chạp – mùng 4) with the weekends: 29/1–6/2; 1/1 on Saturday
      // -> 3/1; Hùng Kings on Sunday 10/4 -> 11/4; 30/4 & 1/5 on a weekend -> 2/5, 3/5.
      source: 'Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2022',
      nationalDayAdjacent: '2022-09-01', // 2/9 a Friday: 1/9–4/9 with the weekend
    },
    2023: {
      // Tết 20/1–24/1 (29 tháng Chạp – mùng 3) falls on Sat 21/1 and Sun 22/1 -> 25/1, 26/1:
      // off 20/1–26/1. Hùng Kings Sat 29/4, 30/4 Sun -> 2/5, 3/5: off 29/4–3/5, no swap.
      source: 'Văn phòng Chính phủ truyền đạt ý kiến Phó Thủ tướng đồng ý đề nghị của Bộ LĐ-TB&XH về nghỉ Tết Âm lịch, Quốc khánh năm 2023',
      nationalDayAdjacent: '2023-09-01', // 2/9 a Saturday -> 4/9: off 1/9–4/9
    },
    2024: {
      // Tết 8/2–12/2 (29 tháng Chạp – mùng 3) with Sat/Sun 10–11/2 -> 13/2, 14/2: off 8/2–14/2.
      source:
        'Thông báo của Bộ LĐ-TB&XH về nghỉ Tết Âm lịch, Quốc khánh năm 2024; Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi dịp 30/4–1/5)',
      nationalDayAdjacent: '2024-09-03', // 2/9 a Monday: off 31/8–3/9
      swaps: [{ dayOff: '2024-04-29', makeUpOn: '2024-05-04', notice: 'Công văn 2450/VPCP-KGVX ngày 12/4/2024' }], // off 27/4–1/5
    },
    2025: {
      // Off 25/1–2/2 (26 tháng Chạp – mùng 5) and back at work Monday 3/2: Tết 28/1–1/2
      // (29 tháng Chạp – mùng 4) plus Monday 27/1 swapped for Saturday 8/2.
      source: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 (nghỉ Tết Âm lịch và một số dịp lễ năm 2025), Thông báo của Bộ LĐ-TB&XH',
      nationalDayAdjacent: '2025-09-01', // 2/9 a Tuesday: off 30/8–2/9
      swaps: [
        { dayOff: '2025-01-27', makeUpOn: '2025-02-08', notice: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024' },
        // off 30/4–4/5
        {
          dayOff: '2025-05-02',
          makeUpOn: '2025-04-26',
          notice: 'Văn bản của VPCP tháng 4/2025 đồng ý hoán đổi ngày làm việc dịp 30/4–1/5/2025 (số chưa xác nhận ở đây)',
        },
      ],
      // ASSUMPTION: mùng 4 Tết fell on Saturday 1/2, yet the announced schedule ends on
      // Sunday 2/2 and gives no compensatory Monday 3/2; we follow the announcement.
      compensatoryOverrides: { '2025-02-01': null },
    },
    2026: {
      // Tết 16/2–20/2 (29 tháng Chạp – mùng 4), with both weekends: off 14/2–22/2.
      // Hùng Kings Sunday 26/4 -> 27/4 (computed). 30/4 Thursday, 1/5 Friday: no swap.
      source:
        'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch 2026); văn bản VPCP tháng 10/2025 đồng ý đề xuất của Bộ Nội vụ về nghỉ Tết Âm lịch và Quốc khánh năm 2026',
      nationalDayAdjacent: '2026-09-01', // 2/9 a Wednesday
      swaps: [
        { dayOff: '2026-01-02', makeUpOn: '2026-01-10', notice: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025' }, // off 1/1–4/1
        // off 29/8–2/9
        {
          dayOff: '2026-08-31',
          makeUpOn: '2026-08-22',
          notice: 'Văn bản VPCP tháng 10/2025 đồng ý đề xuất của Bộ Nội vụ về nghỉ Tết Âm lịch và Quốc khánh năm 2026',
        },
      ],
    },
  },
};

/**
 * A short letter for the browser journeys: two tasks with deadlines next year, one for the
 * Department of Home Affairs (the unit head's journey), so the stack runs two workflows.
 */
export function journeyLetter(number: number, today = new Date()): string {
  const y = today.getFullYear();
  return `UỶ BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH THỪA THIÊN HUẾ                      Độc lập - Tự do - Hạnh phúc

Số: ${number}/UBND-TH                  Thừa Thiên Huế, ngày ${today.getDate()} tháng ${today.getMonth() + 1} năm ${y}
V/v triển khai nhiệm vụ cải cách hành chính

Kính gửi:
    - Sở Nội vụ;
    - Sở Tư pháp.

Để đẩy nhanh cải cách hành chính năm ${y}, UBND tỉnh có ý kiến như sau:

1. Sở Nội vụ chủ trì rà soát, hoàn thiện quy trình nội bộ giải quyết thủ tục hành chính trên môi trường điện tử, hoàn thành trước ngày 30/6/${y + 1}.

2. Sở Tư pháp rà soát văn bản quy phạm pháp luật của tỉnh, hoàn thành trước ngày 30/9/${y + 1}.

Yêu cầu Thủ trưởng các cơ quan nghiêm túc triển khai thực hiện./.

Nơi nhận:                                         TM. ỦY BAN NHÂN DÂN
- Như trên;                                            CHỦ TỊCH
- Lưu: VT, TH.                                    Nguyễn Văn Phương
`;
}

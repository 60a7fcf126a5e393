// The legal texts each step of a decree evaluation cites, said once. What was read and
// where: Nghị định 335/2025/NĐ-CP (ký 21/12/2025, hiệu lực 1/1/2026): its full-text copies
// (nhansu.vn, luatvietnam.vn, hoatieu.vn) could be read only up to Điều 2; its clauses were
// read in the press texts that quote them (nld.com.vn, cafef.vn, kienthuc.net.vn,
// laodong.vn, dantri.com.vn, vnexpress.net, December 2025). Only the legal-advice column
// of báo Lao Động names articles (Điều 12: the 30 + 70 points, the method in Điều 13–16;
// Điều 14: a civil servant's quantity, quality, progress). A step cites its clause by its
// heading, adds the article a quotation gives (saying so), and keeps "số điều chưa đối
// chiếu" until the original is read. Nghị định 90/2020/NĐ-CP: Điều 8 (xuất sắc) and Điều 9
// (tốt) for civil servants were read in lawnet.vn's quotation; the "hoàn thành" and "không
// hoàn thành" criteria and the amendments of Nghị định 48/2023/NĐ-CP were not found in the
// texts available here. The sources, with what each says: /work/notes/verdict.md, README.

export type DecreeId = 'nd335-2025' | 'nd90-2020';

const ND335 = 'Nghị định 335/2025/NĐ-CP';
const ND335_UNVERIFIED = '(số điều chưa đối chiếu với văn bản gốc)';
/** An article number as báo Lao Động's legal-advice column quotes it, not yet checked against the original. */
const quotedAs = (article: string) => `(${article} theo trích dẫn của báo Lao Động; số điều chưa đối chiếu với văn bản gốc)`;
const ND90 = 'Nghị định 90/2020/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 48/2023/NĐ-CP)';

export const DECREE_SOURCES = {
  nd335: {
    title: `${ND335} về đánh giá, xếp loại chất lượng cơ quan hành chính nhà nước và công chức, hiệu lực từ 01/01/2026`,
    scale: `${ND335}: thang điểm 100 gồm tiêu chí chung (tối đa 30 điểm) và kết quả thực hiện nhiệm vụ (tối đa 70 điểm) ${quotedAs('Điều 12 khoản 2, 3')}`,
    quantity: `${ND335}, tiêu chí kết quả thực hiện nhiệm vụ, số lượng: tỷ lệ phần trăm sản phẩm/công việc hoàn thành so với được giao trong tháng hoặc quý ${quotedAs('Điều 14 khoản 2 điểm a')}`,
    quality: `${ND335}, tiêu chí kết quả thực hiện nhiệm vụ, chất lượng: sản phẩm/công việc đạt yêu cầu so với được giao; mỗi lần đánh giá chưa đạt do sai sót lớn bị trừ 25% điểm chất lượng của sản phẩm đó, trừ sai sót do nguyên nhân khách quan được cấp có thẩm quyền xác nhận ${quotedAs('Điều 14 khoản 2 điểm b')}`,
    progress: `${ND335}, tiêu chí kết quả thực hiện nhiệm vụ, tiến độ: mỗi lần chậm tiến độ bị trừ 25% điểm tiến độ của sản phẩm đó, trừ trường hợp do nguyên nhân khách quan được cấp có thẩm quyền xác nhận ${quotedAs('Điều 14 khoản 2 điểm c')}`,
    /**
     * How the three percentages make the 70 points: the press (vnexpress.net) shows
     * the decree's formula over (a) số lượng, (b) chất lượng, (c) tiến độ as an image, and
     * third-party software cites it as 70 × (a + b + c) / 3; the original was not read.
     */
    taskPoints: `${ND335}, điểm tiêu chí kết quả thực hiện nhiệm vụ từ (a) số lượng, (b) chất lượng, (c) tiến độ: 70 × (a + b + c) / 3 (công thức theo báo chí và phần mềm bên thứ ba dẫn lại; chưa đối chiếu với văn bản gốc)`,
    general: `${ND335}, tiêu chí chung (phẩm chất chính trị, đạo đức, văn hóa thực thi công vụ, ý thức kỷ luật, tinh thần trách nhiệm…): tối đa 30 điểm, do người có thẩm quyền đánh giá chấm ${ND335_UNVERIFIED}`,
    grades: `${ND335}, mức xếp loại, khoản 1–3: xuất sắc từ 90 điểm, tốt từ 70 đến dưới 90, hoàn thành từ 50 đến dưới 70 ${ND335_UNVERIFIED}`,
    below50: `${ND335}, mức xếp loại, khoản 4 điểm a: kết quả theo dõi, đánh giá dưới 50 điểm ${ND335_UNVERIFIED}`,
    quota: `${ND335}, mức xếp loại, khoản 5 điểm a: số xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% tổng số được xếp loại "Hoàn thành tốt nhiệm vụ" trong cùng một cơ quan, tổ chức, đơn vị và từng nhóm có nhiệm vụ tương đồng ${ND335_UNVERIFIED}`,
  },
  nd90: {
    title: `${ND90} về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức (áp dụng cho kỳ đánh giá trước 01/01/2026)`,
    excellent: `${ND90}, Điều 8: hoàn thành 100% nhiệm vụ đúng tiến độ, chất lượng, hiệu quả cao, trong đó ít nhất 50% nhiệm vụ hoàn thành vượt mức`,
    good: `${ND90}, Điều 9: hoàn thành 100% nhiệm vụ, bảo đảm đúng tiến độ, chất lượng, hiệu quả`,
    satisfactory: `${ND90}, tiêu chí mức hoàn thành nhiệm vụ: hoàn thành nhiệm vụ, trong đó không quá 20% chưa bảo đảm tiến độ, chất lượng (số điều chưa đối chiếu với văn bản gốc)`,
    unsatisfactory: `${ND90}, tiêu chí mức không hoàn thành nhiệm vụ: không đạt mức hoàn thành (số điều chưa đối chiếu với văn bản gốc)`,
    quota: `${ND90}: tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" không quá 20% số được xếp loại "Hoàn thành tốt nhiệm vụ" (số điều chưa đối chiếu với văn bản gốc)`,
  },
  objectiveCause: 'Xác nhận nguyên nhân khách quan của cấp có thẩm quyền (nhập bởi người đánh giá)',
  extension: 'Gia hạn được người giao nhiệm vụ chấp thuận: hạn mới là hạn tính tiến độ (không tính là chậm)',
} as const;

/** The cases that grade "Không hoàn thành nhiệm vụ" whatever the points (ND 335, mức xếp loại, khoản 4 điểm b–d). */
export const FORCING_CASES = {
  degradation: `${ND335}, khoản 4 điểm b: bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa"; vi phạm trách nhiệm nêu gương ${ND335_UNVERIFIED}`,
  discipline: `${ND335}, khoản 4 điểm c: có hành vi vi phạm liên quan đến hoạt động công vụ bị kỷ luật từ khiển trách trở lên trong năm đánh giá ${ND335_UNVERIFIED}`,
  corruption: `${ND335}, khoản 4 điểm d: cơ quan, đơn vị thuộc thẩm quyền phụ trách, quản lý trực tiếp liên quan đến tham ô, tham nhũng, lãng phí và bị xử lý theo quy định (người giữ chức vụ lãnh đạo, quản lý) ${ND335_UNVERIFIED}`,
} as const;

export type ForcingCaseKind = keyof typeof FORCING_CASES;
export const FORCING_CASE_KINDS = Object.keys(FORCING_CASES) as ForcingCaseKind[];

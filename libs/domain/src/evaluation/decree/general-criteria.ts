import { DECREE_SOURCES } from './decree-sources';

// The general criteria inside Nghị định 335/2025/NĐ-CP's 30 points for an agency, as the
// press texts that quote the decree name them (dantri.com.vn, nld.com.vn 26/12/2025):
// observing the Party's line and the State's law; administrative discipline; the head's
// responsibility; the working environment and public-service culture. Those texts do not
// give each criterion's maximum, so this version weighs the four equally (7.5 points each),
// a choice said in the source line like the equal weights of the 70 task-result points.

export const GENERAL_CRITERIA_VERSION = 'nd335-2025-general/1';

export interface GeneralCriterion {
  readonly id: string;
  readonly label: string;
  readonly max: number;
  readonly source: string;
}

const EQUAL = `${DECREE_SOURCES.nd335.general}; bốn nội dung có điểm tối đa bằng nhau (7,5 điểm): lựa chọn của ${GENERAL_CRITERIA_VERSION}, vì văn bản đã đọc không nêu điểm từng nội dung`;

export const GENERAL_CRITERIA: readonly GeneralCriterion[] = [
  { id: 'policy', label: 'Chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước', max: 7.5, source: EQUAL },
  { id: 'discipline', label: 'Kỷ luật, kỷ cương hành chính', max: 7.5, source: EQUAL },
  { id: 'leadership', label: 'Trách nhiệm của người đứng đầu', max: 7.5, source: EQUAL },
  { id: 'culture', label: 'Môi trường làm việc và văn hóa công vụ', max: 7.5, source: EQUAL },
];

export const GENERAL_CRITERIA_IDS = GENERAL_CRITERIA.map((c) => c.id);

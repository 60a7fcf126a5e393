import { formatVnDate } from '../../time/local-date.util';
import { vnDateOf } from '../../time/vn-time.util';
import type { AssessorInput, Deduction, ItemScore, Waiver, WorkItem } from './decree-evaluation.types';
import { DECREE_SOURCES } from './decree-sources';

// One item's quantity, quality and progress points (each out of 1), from dondoc's facts
// and the assessor's input:
// - quantity: 1 when handed in by the evaluation instant, else 0;
// - quality: the issuer's verdict; approval without a verdict means it met the requirements,
//   and a return for rework is an error only when the issuer marked it so; each major error
//   (those the issuer marked, then those the assessor entered) not excused by a confirmed
//   objective cause takes 25%;
// - progress: a late hand-in is one delay and takes 25%, unless a competent authority
//   confirmed an objective cause; an approved extension moved the due instant, so work
//   handed in by the new one is not late.
// An item not handed in earns nothing on any criterion: it was not completed.

export const DEDUCTION_PERCENT = 25;

/** `cite`: the texts the deductions cite (ND 335's clauses by default). */
export function scoreItem(
  item: WorkItem,
  input: AssessorInput,
  cite: { quality: string; progress: string } = DECREE_SOURCES.nd335,
): ItemScore {
  const S = cite;
  const base = { key: item.key, label: item.label, dueOn: item.dueOn };
  if (!item.completed) {
    return {
      ...base,
      quantity: 0,
      quality: 0,
      progress: 0,
      deductions: [],
      waivers: [],
      note: 'Chưa hoàn thành: không tính điểm số lượng, chất lượng, tiến độ.',
    };
  }
  const deductions: Deduction[] = [];
  const waivers: Waiver[] = [];

  const verdict = input.qualityVerdicts?.find((v) => v.itemKey === item.key);
  const byIssuer = (item.issuerQualityErrors ?? []).map(
    (e) =>
      `người giao nhiệm vụ đánh giá khi ${e.on === 'approval' ? 'phê duyệt' : 'trả lại để hoàn thiện'} ngày ${formatVnDate(vnDateOf(e.at))}${e.reason ? `: ${e.reason}` : ''}`,
  );
  const byAssessor = Array.from({ length: verdict?.majorErrors ?? 0 }, () => (verdict?.note ? verdict.note : ''));
  const errors = [...byIssuer, ...byAssessor];
  let quality = 1;
  if (errors.length > 0) {
    if (verdict?.objectiveCauseReference) {
      waivers.push({
        criterion: 'quality',
        reason: `${errors.length} sai sót lớn do nguyên nhân khách quan (${verdict.objectiveCauseReference}): không trừ`,
        source: S.quality,
      });
    } else {
      errors.forEach((why, i) =>
        deductions.push({
          criterion: 'quality',
          percent: DEDUCTION_PERCENT,
          reason: `Sai sót lớn lần ${i + 1}${why ? ` (${why})` : ''}`,
          source: S.quality,
        }),
      );
      quality = Math.max(0, 1 - (errors.length * DEDUCTION_PERCENT) / 100);
    }
  }

  let progress = 1;
  if (item.extended)
    waivers.push({ criterion: 'progress', reason: 'Đã được chấp thuận gia hạn: tính theo hạn mới', source: DECREE_SOURCES.extension });
  if (item.late) {
    const cause = input.objectiveCauses?.find((c) => c.itemKey === item.key);
    const days = item.workingDaysLate ? ` ${item.workingDaysLate} ngày làm việc` : '';
    if (cause) {
      waivers.push({
        criterion: 'progress',
        reason: `Chậm${days} do nguyên nhân khách quan được xác nhận (${cause.reference}): không trừ`,
        source: S.progress,
      });
    } else {
      deductions.push({ criterion: 'progress', percent: DEDUCTION_PERCENT, reason: `Chậm tiến độ${days} so với hạn`, source: S.progress });
      progress = 1 - DEDUCTION_PERCENT / 100;
    }
  }
  const note =
    deductions.length === 0
      ? 'Hoàn thành, đạt yêu cầu, đúng hạn.'
      : `Bị trừ: ${deductions.map((d) => `${d.percent}% điểm ${d.criterion === 'quality' ? 'chất lượng' : 'tiến độ'}`).join(', ')}.`;
  return { ...base, quantity: 1, quality, progress, deductions, waivers, note };
}

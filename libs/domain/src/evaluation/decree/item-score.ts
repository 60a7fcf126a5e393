import type { AssessorInput, Deduction, ItemScore, Waiver, WorkItem } from './decree-evaluation.types';
import { DECREE_SOURCES } from './decree-sources';

// One item's quantity, quality and progress points (each out of 1), from dondoc's facts
// and the assessor's input:
// - quantity: 1 when handed in by the evaluation instant, else 0;
// - quality: the issuer's verdict; approval without a verdict means it met the requirements;
//   each major error not excused by a confirmed objective cause takes 25%;
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
  let quality = 1;
  if (verdict && verdict.majorErrors > 0) {
    if (verdict.objectiveCauseReference) {
      waivers.push({
        criterion: 'quality',
        reason: `${verdict.majorErrors} sai sót lớn do nguyên nhân khách quan (${verdict.objectiveCauseReference}): không trừ`,
        source: S.quality,
      });
    } else {
      for (let i = 1; i <= verdict.majorErrors; i++) {
        deductions.push({
          criterion: 'quality',
          percent: DEDUCTION_PERCENT,
          reason: `Sai sót lớn lần ${i}${verdict.note ? ` (${verdict.note})` : ''}`,
          source: S.quality,
        });
      }
      quality = Math.max(0, 1 - (verdict.majorErrors * DEDUCTION_PERCENT) / 100);
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

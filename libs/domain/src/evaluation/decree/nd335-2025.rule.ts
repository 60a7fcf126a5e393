import { GRADE_LABELS, type Grade } from '../grade.types';
import type { AssessorInput, CalculationLine, DecreeEvaluation, WorkItem } from './decree-evaluation.types';
import { DECREE_SOURCES, FORCING_CASES } from './decree-sources';
import { GENERAL_CRITERIA } from './general-criteria';
import { scoreItem } from './item-score';

// Nghị định 335/2025/NĐ-CP on a unit's period: 70 points of task results from its work
// items (quantity, quality, progress, each a percentage of the items assigned), 30 points
// of general criteria entered by the assessor, the grade by the thresholds, and the
// forcing cases. The three percentages make the 70 points as 70 × their mean: the formula
// the press and third-party software give ((a + b + c) / 3); the original was not read, so
// the line says where it comes from, and a later version can change it under its own id.

export const ND335_RULE_ID = 'nd335-2025/1';
export const TASK_POINTS_MAX = 70;
export const GENERAL_POINTS_MAX = 30;
export const ND335_THRESHOLDS = { excellent: 90, good: 70, satisfactory: 50 } as const;

const round2 = (x: number) => Math.round(x * 100) / 100;
const pct = (sum: number, n: number) => round2((sum / n) * 100);

export function evaluateNd335(items: readonly WorkItem[], input: AssessorInput): DecreeEvaluation {
  const S = DECREE_SOURCES.nd335;
  const scored = items.map((i) => scoreItem(i, input));
  const lines: CalculationLine[] = [];
  const n = scored.length;
  lines.push({
    step: 'thang-diem',
    text: 'Thang điểm 100: tiêu chí chung 30 điểm, kết quả thực hiện nhiệm vụ 70 điểm',
    value: 100,
    source: S.scale,
  });
  lines.push({ step: 'so-san-pham', text: `Số sản phẩm/công việc được giao, đến hạn trong kỳ: ${n}`, value: n, source: S.quantity });
  for (const s of scored) {
    lines.push({
      step: `san-pham:${s.key}`,
      text: `${s.label}: số lượng ${s.quantity}, chất lượng ${s.quality}, tiến độ ${s.progress}. ${s.note}`,
      value: null,
      source: S.quantity,
    });
    for (const d of s.deductions)
      lines.push({
        step: `tru:${s.key}`,
        text: `${s.label}: trừ ${d.percent}% điểm ${d.criterion === 'quality' ? 'chất lượng' : 'tiến độ'}: ${d.reason}`,
        value: -d.percent,
        source: d.source,
      });
    for (const w of s.waivers) lines.push({ step: `mien:${s.key}`, text: `${s.label}: ${w.reason}`, value: 0, source: w.source });
  }
  const general = input.generalPoints ?? null;
  const forcing = input.forcingCases ?? [];
  const base = { decree: 'nd335-2025' as const, ruleId: ND335_RULE_ID, source: DECREE_SOURCES.nd335.title, items: scored };

  if (n === 0) {
    lines.push({
      step: 'ket-qua',
      text: 'Không có sản phẩm/công việc đến hạn trong kỳ: chưa đủ căn cứ tính điểm kết quả thực hiện nhiệm vụ',
      value: null,
      source: S.quantity,
    });
    return {
      ...base,
      subtotals: { quantity: null, quality: null, progress: null, taskPoints: null, generalPoints: general, total: null },
      score: null,
      grade: null,
      label: 'Chưa đủ căn cứ xếp loại (không có sản phẩm/công việc đến hạn)',
      decidedBy: null,
      lines,
    };
  }
  const quantity = pct(sum(scored.map((s) => s.quantity)), n);
  const quality = pct(sum(scored.map((s) => s.quality)), n);
  const progress = pct(sum(scored.map((s) => s.progress)), n);
  const taskPoints = round2((TASK_POINTS_MAX * (quantity + quality + progress)) / 300);
  lines.push({
    step: 'so-luong',
    text: `Số lượng: ${sum(scored.map((s) => s.quantity))}/${n} = ${quantity}%`,
    value: quantity,
    source: S.quantity,
  });
  lines.push({
    step: 'chat-luong',
    text: `Chất lượng: ${round2(sum(scored.map((s) => s.quality)))}/${n} = ${quality}%`,
    value: quality,
    source: S.quality,
  });
  lines.push({
    step: 'tien-do',
    text: `Tiến độ: ${round2(sum(scored.map((s) => s.progress)))}/${n} = ${progress}%`,
    value: progress,
    source: S.progress,
  });
  lines.push({
    step: 'diem-nhiem-vu',
    text: `Điểm kết quả thực hiện nhiệm vụ: 70 × (${quantity}% + ${quality}% + ${progress}%) / 3 = ${taskPoints}`,
    value: taskPoints,
    source: S.taskPoints,
  });
  const subtotals = {
    quantity,
    quality,
    progress,
    taskPoints,
    generalPoints: general,
    total: general === null ? null : round2(taskPoints + general),
  };

  if (forcing.length > 0) {
    for (const f of forcing)
      lines.push({
        step: 'truong-hop-bat-buoc',
        text: `Trường hợp xếp loại không hoàn thành nhiệm vụ: ${f.reference}`,
        value: null,
        source: FORCING_CASES[f.kind],
      });
    lines.push({
      step: 'xep-loai',
      text: `Xếp loại: ${GRADE_LABELS.unsatisfactory} (không phụ thuộc số điểm)`,
      value: 'unsatisfactory',
      source: FORCING_CASES[forcing[0].kind],
    });
    return {
      ...base,
      subtotals,
      score: subtotals.total,
      grade: 'unsatisfactory',
      label: GRADE_LABELS.unsatisfactory,
      decidedBy: 'forcing-case',
      lines,
    };
  }
  if (general === null) {
    lines.push({
      step: 'tieu-chi-chung',
      text: 'Tiêu chí chung (tối đa 30 điểm): người đánh giá chưa chấm, chưa xếp loại',
      value: null,
      source: S.general,
    });
    return {
      ...base,
      subtotals,
      score: null,
      grade: null,
      label: 'Chưa xếp loại: chờ người đánh giá chấm tiêu chí chung (30 điểm)',
      decidedBy: null,
      lines,
    };
  }
  for (const c of GENERAL_CRITERIA) {
    const points = input.generalCriteria?.[c.id];
    if (points !== undefined)
      lines.push({ step: `tieu-chi-chung:${c.id}`, text: `${c.label}: ${points}/${c.max}`, value: points, source: c.source });
  }
  lines.push({ step: 'tieu-chi-chung', text: `Tiêu chí chung do người đánh giá chấm: ${general}/30`, value: general, source: S.general });
  const total = subtotals.total as number;
  lines.push({ step: 'tong-diem', text: `Tổng điểm: ${taskPoints} + ${general} = ${total}`, value: total, source: S.scale });
  const grade = gradeOfPoints(total);
  lines.push({
    step: 'xep-loai',
    text: `Xếp loại: ${GRADE_LABELS[grade]} (${total} điểm; xuất sắc từ 90, tốt từ 70, hoàn thành từ 50)`,
    value: grade,
    source: grade === 'unsatisfactory' ? S.below50 : S.grades,
  });
  return { ...base, subtotals, score: total, grade, label: GRADE_LABELS[grade], decidedBy: 'points', lines };
}

export function gradeOfPoints(total: number): Grade {
  const t = ND335_THRESHOLDS;
  return total >= t.excellent ? 'excellent' : total >= t.good ? 'good' : total >= t.satisfactory ? 'satisfactory' : 'unsatisfactory';
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

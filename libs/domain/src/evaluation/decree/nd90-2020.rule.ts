import { GRADE_LABELS, type Grade } from '../grade.types';
import type { AssessorInput, CalculationLine, DecreeEvaluation, WorkItem } from './decree-evaluation.types';
import { DECREE_SOURCES, FORCING_CASES } from './decree-sources';
import { scoreItem } from './item-score';

// Nghị định 90/2020/NĐ-CP (amended by 48/2023/NĐ-CP) on a unit's period, for periods
// before 1/1/2026. The decree grades by criteria, not points: every item completed on
// schedule and to the required quality gives tốt (Điều 9), and xuất sắc when at least half
// of them were done beyond what was asked (Điều 8, the assessor marks those); at most 20%
// not on schedule or quality gives hoàn thành; below that không hoàn thành. An item counts
// as on schedule and quality when its progress and quality points are whole after the same
// item scoring ND 335 uses (extensions and confirmed objective causes not counted as delays).
// The forcing cases (discipline in the year, …) grade không hoàn thành here as well.

export const ND90_RULE_ID = 'nd90-2020/2';

const round2 = (x: number) => Math.round(x * 100) / 100;

export function evaluateNd90(items: readonly WorkItem[], input: AssessorInput): DecreeEvaluation {
  const S = DECREE_SOURCES.nd90;
  const cite = { quality: S.good, progress: S.good };
  const scored = items.map((i) => scoreItem(i, input, cite));
  const n = scored.length;
  const base = { decree: 'nd90-2020' as const, ruleId: ND90_RULE_ID, source: S.title, items: scored };
  const lines: CalculationLine[] = [];
  lines.push({ step: 'so-nhiem-vu', text: `Số nhiệm vụ được giao, đến hạn trong kỳ: ${n}`, value: n, source: S.good });
  for (const s of scored) {
    lines.push({ step: `nhiem-vu:${s.key}`, text: `${s.label}: ${s.note}`, value: null, source: S.good });
    for (const d of s.deductions)
      lines.push({
        step: `chua-dat:${s.key}`,
        text: `${s.label}: chưa bảo đảm ${d.criterion === 'quality' ? 'chất lượng' : 'tiến độ'}: ${d.reason}`,
        value: null,
        source: d.source,
      });
    for (const w of s.waivers) lines.push({ step: `mien:${s.key}`, text: `${s.label}: ${w.reason}`, value: null, source: w.source });
  }
  if (n === 0) {
    lines.push({ step: 'ket-qua', text: 'Không có nhiệm vụ đến hạn trong kỳ: chưa đủ căn cứ xếp loại', value: null, source: S.good });
    return {
      ...base,
      subtotals: { met: null, exceeded: null, share: null },
      score: null,
      grade: null,
      label: 'Chưa đủ căn cứ xếp loại (không có nhiệm vụ đến hạn)',
      decidedBy: null,
      lines,
    };
  }
  const met = scored.filter((s) => s.quantity === 1 && s.quality === 1 && s.progress === 1).length;
  const exceededKeys = new Set((input.qualityVerdicts ?? []).filter((v) => v.exceeded).map((v) => v.itemKey));
  const exceeded = scored.filter((s) => s.quantity === 1 && exceededKeys.has(s.key)).length;
  const share = round2((met / n) * 100);
  lines.push({
    step: 'dat-yeu-cau',
    text: `Hoàn thành đúng tiến độ, bảo đảm chất lượng: ${met}/${n} = ${share}%`,
    value: share,
    source: S.good,
  });
  lines.push({
    step: 'vuot-muc',
    text: `Hoàn thành vượt mức (người đánh giá xác định): ${exceeded}/${n}`,
    value: exceeded,
    source: S.excellent,
  });
  const subtotals = { met, exceeded, share };
  const forcing = input.forcingCases ?? [];
  if (forcing.length > 0) {
    for (const f of forcing)
      lines.push({
        step: 'truong-hop-bat-buoc',
        text: `Trường hợp xếp loại không hoàn thành nhiệm vụ: ${f.reference}`,
        value: null,
        source: `${S.unsatisfactory}; tương ứng ${FORCING_CASES[f.kind]}`,
      });
    lines.push({ step: 'xep-loai', text: `Xếp loại: ${GRADE_LABELS.unsatisfactory}`, value: 'unsatisfactory', source: S.unsatisfactory });
    return {
      ...base,
      subtotals,
      score: share,
      grade: 'unsatisfactory',
      label: GRADE_LABELS.unsatisfactory,
      decidedBy: 'forcing-case',
      lines,
    };
  }
  const [grade, source, why]: [Grade, string, string] =
    met === n && exceeded * 2 >= n
      ? ['excellent', S.excellent, '100% đúng tiến độ, chất lượng và ít nhất 50% vượt mức']
      : met === n
        ? ['good', S.good, '100% đúng tiến độ, chất lượng']
        : (n - met) * 5 <= n
          ? ['satisfactory', S.satisfactory, `${n - met}/${n} chưa bảo đảm tiến độ, chất lượng (không quá 20%)`]
          : ['unsatisfactory', S.unsatisfactory, `${n - met}/${n} chưa bảo đảm tiến độ, chất lượng (quá 20%)`];
  lines.push({ step: 'xep-loai', text: `Xếp loại: ${GRADE_LABELS[grade]} (${why})`, value: grade, source });
  return { ...base, subtotals, score: share, grade, label: GRADE_LABELS[grade], decidedBy: 'criteria', lines };
}

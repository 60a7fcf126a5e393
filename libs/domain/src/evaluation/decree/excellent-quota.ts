import { GRADE_LABELS } from '../grade.types';
import type { DecreeEvaluation } from './decree-evaluation.types';
import { DECREE_SOURCES } from './decree-sources';

// "Hoàn thành xuất sắc nhiệm vụ" for at most 20% of those graded "Hoàn thành tốt nhiệm
// vụ" within one agency and group of like tasks. Read here as: of the units in a group
// whose own evaluation reached tốt or better, at most ⌊20% × that number⌋ keep xuất sắc,
// the highest scores first (ties by unit id, so the answer is the same on every run); the
// others are graded tốt with a line saying why. A forcing case already decided is left alone.
// The decree's exceptions (an organisation with outstanding achievements) are not modelled.

export const EXCELLENT_QUOTA = 0.2;

export interface Graded {
  readonly unitId: string;
  /** The agency and group of like tasks the quota applies within. */
  readonly group: string;
  readonly evaluation: DecreeEvaluation;
}

export function applyExcellentQuota<T extends Graded>(graded: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const g of graded) groups.set(g.group, [...(groups.get(g.group) ?? []), g]);
  const demoted = new Map<T, string>();
  for (const [group, members] of groups) {
    const goodOrBetter = members.filter((m) => m.evaluation.grade === 'excellent' || m.evaluation.grade === 'good').length;
    const allowed = Math.floor(goodOrBetter * EXCELLENT_QUOTA);
    const excellent = members
      .filter((m) => m.evaluation.grade === 'excellent')
      .sort((a, b) => (b.evaluation.score ?? 0) - (a.evaluation.score ?? 0) || a.unitId.localeCompare(b.unitId));
    excellent
      .slice(allowed)
      .forEach((m, i) =>
        demoted.set(
          m,
          `Nhóm ${group}: ${goodOrBetter} đơn vị đạt từ mức tốt trở lên, xuất sắc tối đa ⌊20% × ${goodOrBetter}⌋ = ${allowed}; đơn vị xếp thứ ${allowed + i + 1} theo điểm trong ${excellent.length} đơn vị đạt mức xuất sắc`,
        ),
      );
  }
  return graded.map((g) => {
    const why = demoted.get(g);
    if (!why) return g;
    const source = g.evaluation.decree === 'nd335-2025' ? DECREE_SOURCES.nd335.quota : DECREE_SOURCES.nd90.quota;
    const evaluation: DecreeEvaluation = {
      ...g.evaluation,
      grade: 'good',
      label: GRADE_LABELS.good,
      decidedBy: 'quota',
      lines: [
        ...g.evaluation.lines,
        { step: 'ty-le-xuat-sac', text: `Xếp loại: ${GRADE_LABELS.good} do giới hạn tỷ lệ xuất sắc. ${why}`, value: 'good', source },
      ],
    };
    return { ...g, evaluation };
  });
}

import { PeriodResult } from './period-evaluation';

// The four grades shared by Decree 90/2020/NĐ-CP and Decree 335/2025/NĐ-CP.
export type Grade = 'excellent' | 'good' | 'satisfactory' | 'unsatisfactory';

export const GRADE_LABELS: Readonly<Record<Grade, string>> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  satisfactory: 'Hoàn thành nhiệm vụ',
  unsatisfactory: 'Không hoàn thành nhiệm vụ',
};

export const NOT_GRADED_LABEL = 'Chưa đủ căn cứ xếp loại (không có kỳ nào đến hạn)';

export interface ResultCounts {
  readonly onTime: number;
  readonly late: number;
  readonly missing: number;
  readonly notDue: number;
  /** Periods already due: onTime + late + missing. */
  readonly due: number;
}

export interface GradeOutcome {
  /** 'nd90-share/1': stored with the grade so that it can be explained and recomputed. */
  readonly ruleId: string;
  /** Null when nothing was due: no basis to grade. */
  readonly grade: Grade | null;
  readonly label: string;
  readonly counts: ResultCounts;
  /** The rule's measure: a share (0..1) or a score (0..100). */
  readonly measure: number | null;
  /** Why, in Vietnamese, for the evaluation report. */
  readonly explanation: string;
}

export interface EvaluationRule {
  /** '<name>/<version>'. */
  readonly id: string;
  readonly version: number;
  readonly name: string;
  /** The legal text the rule follows. */
  readonly source: string;
  grade(results: readonly PeriodResult[]): GradeOutcome;
}

export function countResults(results: readonly PeriodResult[]): ResultCounts {
  const n = (r: PeriodResult) => results.filter((x) => x === r).length;
  const [onTime, late, missing, notDue] = [n('on_time'), n('late'), n('missing'), n('not_due')];
  return { onTime, late, missing, notDue, due: onTime + late + missing };
}

export function notGraded(ruleId: string, counts: ResultCounts): GradeOutcome {
  return { ruleId, grade: null, label: NOT_GRADED_LABEL, counts, measure: null, explanation: NOT_GRADED_LABEL };
}

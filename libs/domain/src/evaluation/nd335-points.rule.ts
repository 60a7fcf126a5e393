import { PeriodResult } from './period-evaluation';
import { EvaluationRule, GRADE_LABELS, Grade, countResults, notGraded } from './grade.types';

// Grades a unit on a 100-point scale, in the style of Nghị định 335/2025/NĐ-CP (đánh giá,
// xếp loại chất lượng cơ quan hành chính nhà nước và công chức, in force 1/1/2026): từ 90
// điểm xuất sắc, từ 70 tốt, từ 50 hoàn thành, dưới 50 không hoàn thành. The Decree scores
// quantity, quality and progress of products per month or quarter and deducts for each
// delay; here only timeliness is known, so each due period earns full points on time,
// half when late, none when missing, and the score is the share of points × 100 (one
// decimal). The Decree's 30 points of general criteria need a human assessor and are not
// part of this rule.

export interface PointsRuleConfig {
  readonly name: string;
  readonly version: number;
  readonly source: string;
  readonly points: Readonly<Record<Exclude<PeriodResult, 'not_due'>, number>>;
  readonly thresholds: { readonly excellent: number; readonly good: number; readonly satisfactory: number };
}

export const ND335_POINTS_CONFIG: PointsRuleConfig = {
  name: 'nd335-points',
  version: 1,
  source: 'Nghị định 335/2025/NĐ-CP, mức xếp loại chất lượng công chức theo thang điểm 100',
  points: { on_time: 1, late: 0.5, missing: 0 },
  thresholds: { excellent: 90, good: 70, satisfactory: 50 },
};

export function createPointsRule(config: PointsRuleConfig): EvaluationRule {
  const id = `${config.name}/${config.version}`;
  const { thresholds: t } = config;
  return {
    id,
    version: config.version,
    name: config.name,
    source: config.source,
    grade(results) {
      const counts = countResults(results);
      if (counts.due === 0) return notGraded(id, counts);
      const earned = counts.onTime * config.points.on_time + counts.late * config.points.late + counts.missing * config.points.missing;
      const score = Math.round((earned / counts.due) * 1000) / 10;
      const grade: Grade =
        score >= t.excellent ? 'excellent' : score >= t.good ? 'good' : score >= t.satisfactory ? 'satisfactory' : 'unsatisfactory';
      return {
        ruleId: id,
        grade,
        label: GRADE_LABELS[grade],
        counts,
        measure: score,
        explanation:
          `${score} điểm: ${counts.onTime} kỳ đúng hạn × ${config.points.on_time}, ${counts.late} kỳ chậm × ${config.points.late}, ` +
          `${counts.missing} kỳ không báo cáo × ${config.points.missing}, trên ${counts.due} kỳ đến hạn. ` +
          `Ngưỡng: xuất sắc từ ${t.excellent}, tốt từ ${t.good}, hoàn thành từ ${t.satisfactory} điểm.`,
      };
    },
  };
}

export const ND335_POINTS_RULE: EvaluationRule = createPointsRule(ND335_POINTS_CONFIG);

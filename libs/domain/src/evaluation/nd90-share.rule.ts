import { EvaluationRule, GRADE_LABELS, Grade, countResults, notGraded } from './grade.types';

// Grades a unit by the share of its due periods met on time, in the style of Nghị định
// 90/2020/NĐ-CP (đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức; amended by
// Nghị định 48/2023/NĐ-CP), whose grades for civil servants read "hoàn thành 100% nhiệm
// vụ … bảo đảm tiến độ" (tốt, and xuất sắc with more) and "không quá 20% … chưa bảo đảm
// tiến độ" (hoàn thành). With only timeliness known here:
//   xuất sắc   100% on time: nothing late, nothing missing;
//   tốt        ≥ 90% on time and nothing missing (a report never sent is worse than a late one);
//   hoàn thành ≥ 80% on time (at most 20% not on schedule);
//   otherwise  không hoàn thành.
// An extension approved by the issuer counts as on time. The Decree's quota (xuất sắc at
// most 20% of those rated tốt) ranks units against each other and is applied elsewhere.

export interface ShareRuleConfig {
  readonly name: string;
  readonly version: number;
  readonly source: string;
  readonly goodMinShare: number;
  readonly satisfactoryMinShare: number;
}

export const ND90_SHARE_CONFIG: ShareRuleConfig = {
  name: 'nd90-share',
  version: 1,
  source: 'Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP), tiêu chí xếp loại chất lượng công chức',
  goodMinShare: 0.9,
  satisfactoryMinShare: 0.8,
};

export function createShareRule(config: ShareRuleConfig): EvaluationRule {
  const id = `${config.name}/${config.version}`;
  return {
    id,
    version: config.version,
    name: config.name,
    source: config.source,
    grade(results) {
      const counts = countResults(results);
      if (counts.due === 0) return notGraded(id, counts);
      const share = counts.onTime / counts.due;
      const grade: Grade =
        share === 1
          ? 'excellent'
          : share >= config.goodMinShare && counts.missing === 0
            ? 'good'
            : share >= config.satisfactoryMinShare
              ? 'satisfactory'
              : 'unsatisfactory';
      const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
      return {
        ruleId: id,
        grade,
        label: GRADE_LABELS[grade],
        counts,
        measure: share,
        explanation:
          `${counts.onTime}/${counts.due} kỳ đúng hạn (${pct(share)}), ${counts.late} kỳ chậm, ${counts.missing} kỳ không báo cáo. ` +
          `Ngưỡng: xuất sắc 100%; tốt từ ${pct(config.goodMinShare)} và không thiếu kỳ nào; hoàn thành từ ${pct(config.satisfactoryMinShare)}.`,
      };
    },
  };
}

export const ND90_SHARE_RULE: EvaluationRule = createShareRule(ND90_SHARE_CONFIG);

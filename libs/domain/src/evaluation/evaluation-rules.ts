import { ReportingStatus } from '../reporting/reporting-status';
import { EvaluationRule } from './grade.types';
import { ND335_POINTS_RULE } from './nd335-points.rule';
import { ND90_SHARE_RULE } from './nd90-share.rule';
import { PeriodResult } from './period-evaluation';

/** The rules in force, by id; a stored grade names its rule id so it can be recomputed. */
export const EVALUATION_RULES: Readonly<Record<string, EvaluationRule>> = {
  [ND90_SHARE_RULE.id]: ND90_SHARE_RULE,
  [ND335_POINTS_RULE.id]: ND335_POINTS_RULE,
};

export function evaluationRule(id: string): EvaluationRule {
  const rule = EVALUATION_RULES[id];
  if (!rule) throw new RangeError(`Unknown evaluation rule: ${id} (known: ${Object.keys(EVALUATION_RULES).join(', ')})`);
  return rule;
}

/**
 * A one-off task's reporting status as a period result, so tasks and duties grade
 * together. An approved extension counts as on time; a cancelled task is left out.
 */
export function periodResultOfStatus(status: ReportingStatus): PeriodResult | undefined {
  switch (status) {
    case 'done_on_time':
    case 'done_on_time_after_extension':
      return 'on_time';
    case 'done_late':
      return 'late';
    case 'open_overdue':
      return 'missing';
    case 'open_within_deadline':
    case 'no_deadline':
      return 'not_due';
    case 'cancelled':
      return undefined;
  }
}

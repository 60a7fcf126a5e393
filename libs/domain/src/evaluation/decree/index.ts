export * from './decree-sources';
export * from './decree-evaluation.types';
export { DEDUCTION_PERCENT, scoreItem } from './item-score';
export { ND335_RULE_ID, ND335_THRESHOLDS, TASK_POINTS_MAX, GENERAL_POINTS_MAX, evaluateNd335, gradeOfPoints } from './nd335-2025.rule';
export { ND90_RULE_ID, evaluateNd90 } from './nd90-2020.rule';
export { ND335_IN_FORCE_FROM, type DecreePart, decreeOn, decreeReason, periodDays, evaluateByDecree } from './decree-by-date';
export { EXCELLENT_QUOTA, type Graded, applyExcellentQuota } from './excellent-quota';
export { GENERAL_CRITERIA, GENERAL_CRITERIA_IDS, GENERAL_CRITERIA_VERSION, type GeneralCriterion } from './general-criteria';

import type { PeriodResult, TaskFacts } from '@dondoc/domain';
import { factsOf } from '@dondoc/domain';
import type { QualityMark, TaskSnapshot } from '@dondoc/task-follow-up';

// What a report needs of one task, taken from its read-model snapshot: a one-off task's
// facts (deadline, extension, submission, approval), or a recurring duty's periods with
// the evaluation recorded at each close.

export interface ReportPeriod {
  /** 'YYYY-MM' or 'YYYY-Qn'. */
  readonly key: string;
  readonly dueAt: string;
  /** The unit's report for the period, when it came. */
  readonly submittedAt?: string;
  /** The evaluation the workflow recorded when the period closed. */
  readonly evaluated?: { readonly result: PeriodResult; readonly at: string; readonly ruleId: string };
}

export interface ReportTask {
  readonly taskId: string;
  readonly directiveId: string;
  readonly directiveNumber: string;
  readonly itemRef: string;
  readonly text: string;
  readonly leadUnitId: string;
  readonly escalationLevel: number;
  /** The rule the task's evaluations use ('nd90-share/1' when none is known). */
  readonly ruleId: string;
  readonly kind: 'task' | 'duty';
  /** For 'task': the facts its reporting status comes from. */
  readonly facts?: TaskFacts;
  /** For 'task': the issuer's quality verdicts at approval and return. */
  readonly qualityMarks?: readonly QualityMark[];
  /** For 'duty': every period known (open ones from the snapshot, closed ones from their evaluations). */
  readonly periods: readonly ReportPeriod[];
}

export const DEFAULT_RULE_ID = 'nd90-share/1';

/** The due instant of each period of the duty, by key (the workflow drops closed periods from its state). */
export type PeriodDueAt = ReadonlyMap<string, string>;

/**
 * A report's view of a snapshot. `duePeriods` gives the due instants of periods the
 * snapshot no longer lists (closed ones), from the directive's recurrence; a closed
 * period whose due instant is unknown keeps its recorded result only.
 */
export function reportTaskOf(snapshot: TaskSnapshot, duePeriods: PeriodDueAt = new Map(), ruleId?: string): ReportTask {
  const base = {
    taskId: snapshot.taskId,
    directiveId: snapshot.directiveId,
    directiveNumber: snapshot.directiveNumber,
    itemRef: snapshot.itemRef,
    text: snapshot.text,
    leadUnitId: snapshot.leadUnitId,
    escalationLevel: snapshot.escalationLevel,
    ruleId: ruleId ?? snapshot.evaluations[0]?.ruleId ?? DEFAULT_RULE_ID,
  };
  const isDuty = snapshot.periods.length > 0 || snapshot.evaluations.length > 0;
  if (!isDuty) {
    const marks = snapshot.qualityMarks ?? [];
    return { ...base, kind: 'task', facts: factsOf(snapshot.state), periods: [], ...(marks.length ? { qualityMarks: marks } : {}) };
  }

  const firstReport = (key: string) => snapshot.reports.find((r) => r.period === key)?.at;
  const byKey = new Map<string, ReportPeriod>();
  for (const e of snapshot.evaluations) {
    const dueAt = duePeriods.get(e.period) ?? '';
    byKey.set(e.period, {
      key: e.period,
      dueAt,
      submittedAt: firstReport(e.period),
      evaluated: { result: e.result, at: e.at, ruleId: e.ruleId },
    });
  }
  for (const p of snapshot.periods) {
    if (byKey.has(p.key)) continue;
    const submittedAt = p.reportedAt ?? firstReport(p.key);
    const evaluated = p.result ? { result: p.result, at: p.closesAt, ruleId: base.ruleId } : undefined;
    byKey.set(p.key, { key: p.key, dueAt: p.dueAt, ...(submittedAt ? { submittedAt } : {}), ...(evaluated ? { evaluated } : {}) });
  }
  const periods = [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
  return { ...base, kind: 'duty', periods };
}

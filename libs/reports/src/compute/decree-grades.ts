import {
  applyExcellentQuota,
  evaluateByDecree,
  vnDateOf,
  type AssessorInput,
  type DecreeId,
  type DecreePart,
  type WorkItem,
} from '@dondoc/domain';
import type { ReportItem } from './report-item';
import type { ReportWindow } from './report-window';

// A unit's grade under the decree in force for each day of the window, with the
// calculation: its report items as the decree's work items, the assessor's input, and the
// 20% quota for xuất sắc within each agency and group of like units (a year's grade only:
// the quota ranks annual classifications). The stored year-end grades of the workflows keep
// their own rules (`grades`); this answer is computed from the facts at `asOf`.

export interface UnitDecreeGrade {
  readonly unitId: string;
  readonly unitName: string;
  /** One part, or two when the window spans 1/1/2026 (ND 90 before, ND 335 from then). */
  readonly parts: readonly DecreePart[];
  /** The window is not over at `asOf`, or the assessor's period is not closed: the grade may change. */
  readonly provisional: boolean;
  /** The calculation frozen when the assessor closed the period (not recomputed from today's facts). */
  readonly frozen?: boolean;
}

/** A report item as the decree's work item; an item not due yet is not one. */
export function workItemOf(item: ReportItem): WorkItem | undefined {
  if (item.outcome === 'not_due') return undefined;
  const dueOn = item.dueAt ? vnDateOf(item.dueAt) : `${item.month}-01`;
  const where = `${item.directiveNumber} mục ${item.itemRef}`;
  return {
    key: item.period ? `${item.taskId}|${item.period}` : item.taskId,
    label: item.period ? `${where}, kỳ ${item.period}` : `${where} (${item.taskId})`,
    dueOn,
    completed: item.outcome !== 'overdue',
    late: item.outcome === 'done_late',
    extended: item.outcome === 'done_on_time_after_extension',
    ...(item.workingDaysLate ? { workingDaysLate: item.workingDaysLate } : {}),
    ...(item.issuerQualityErrors?.length ? { issuerQualityErrors: item.issuerQualityErrors } : {}),
  };
}

export interface DecreeGradeInput {
  readonly window: ReportWindow;
  readonly units: readonly { readonly unitId: string; readonly unitName: string; readonly items: readonly ReportItem[] }[];
  readonly assessments: ReadonlyMap<string, AssessorInput>;
  /** The agency and group each unit's quota counts in (default: one group). */
  readonly quotaGroups?: ReadonlyMap<string, string>;
  readonly provisional: (unitId: string) => boolean;
}

export function decreeGradesOf(input: DecreeGradeInput): UnitDecreeGrade[] {
  const { window } = input;
  const graded = input.units.map((u) => ({
    unitId: u.unitId,
    unitName: u.unitName,
    parts: evaluateByDecree(
      window,
      u.items.map(workItemOf).filter((w): w is WorkItem => w !== undefined),
      input.assessments.get(u.unitId) ?? {},
    ),
    provisional: input.provisional(u.unitId),
  }));
  if (window.kind !== 'year') return graded;
  // Each decree's part ranks against the same decree's parts of the other units.
  const decrees: DecreeId[] = ['nd90-2020', 'nd335-2025'];
  let result = graded;
  for (const decree of decrees) {
    const entries = result
      .flatMap((g, unitIndex) =>
        g.parts.map((p, partIndex) => ({
          unitIndex,
          partIndex,
          unitId: g.unitId,
          group: `${decree}|${input.quotaGroups?.get(g.unitId) ?? 'all'}`,
          evaluation: p.evaluation,
          decree: p.decree,
        })),
      )
      .filter((e) => e.decree === decree);
    const after = applyExcellentQuota(entries);
    result = result.map((g, unitIndex) => ({
      ...g,
      parts: g.parts.map((p, partIndex) => {
        const e = after.find((a) => a.unitIndex === unitIndex && a.partIndex === partIndex);
        return e ? { ...p, evaluation: e.evaluation } : p;
      }),
    }));
  }
  return result;
}

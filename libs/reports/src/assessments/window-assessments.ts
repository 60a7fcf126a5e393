import type { AssessorInput, DecreePart } from '@dondoc/domain';
import type { StoredAssessment } from '@dondoc/persistence';
import type { ReportWindow } from '../compute/report-window';

// What the assessors entered that bears on a window, per unit. Item-level entries
// (objective causes, quality verdicts) made on any period inside the window count (a
// month's verdict counts in its quarter and year), and so do forcing cases (discipline in
// the year); the general-criteria points are those entered for the window itself. A unit
// whose assessment of the window is closed answers its frozen calculation.

export interface FrozenCalculation {
  readonly asOf: string;
  readonly parts: readonly DecreePart[];
}

export type StoredUnitAssessment = StoredAssessment<AssessorInput, FrozenCalculation>;

export interface WindowAssessments {
  readonly inputs: ReadonlyMap<string, AssessorInput>;
  readonly closed: ReadonlySet<string>;
  readonly frozen: ReadonlyMap<string, FrozenCalculation>;
}

export interface AssessmentSource {
  forPeriods<I, F>(periods: readonly string[]): Promise<StoredAssessment<I, F>[]>;
}

/** The window's own key first, then the quarters and months inside it. */
export function periodsInside(window: ReportWindow): string[] {
  if (window.kind === 'month') return [window.key];
  const quarters = window.kind === 'year' ? [1, 2, 3, 4].map((q) => `${window.year}-Q${q}`) : [];
  return [window.key, ...quarters, ...window.months];
}

export async function windowAssessments(source: AssessmentSource, window: ReportWindow): Promise<WindowAssessments> {
  const periods = periodsInside(window);
  const order = new Map(periods.map((p, i) => [p, i]));
  const all = (await source.forPeriods<AssessorInput, FrozenCalculation>(periods)).sort(
    (a, b) => (order.get(a.period) ?? 0) - (order.get(b.period) ?? 0),
  );
  const byUnit = new Map<string, StoredUnitAssessment[]>();
  for (const a of all) byUnit.set(a.unitId, [...(byUnit.get(a.unitId) ?? []), a]);
  const inputs = new Map<string, AssessorInput>();
  const closed = new Set<string>();
  const frozen = new Map<string, FrozenCalculation>();
  for (const [unitId, list] of byUnit) {
    const own = list.find((a) => a.period === window.key);
    inputs.set(unitId, {
      ...(own?.input.generalPoints === undefined ? {} : { generalPoints: own.input.generalPoints }),
      ...(own?.input.generalCriteria === undefined ? {} : { generalCriteria: own.input.generalCriteria }),
      objectiveCauses: list.flatMap((a) => a.input.objectiveCauses ?? []),
      qualityVerdicts: list.flatMap((a) => a.input.qualityVerdicts ?? []),
      forcingCases: list.flatMap((a) => a.input.forcingCases ?? []),
    });
    if (own?.status === 'closed') {
      closed.add(unitId);
      if (own.frozen) frozen.set(unitId, own.frozen);
    }
  }
  return { inputs, closed, frozen };
}

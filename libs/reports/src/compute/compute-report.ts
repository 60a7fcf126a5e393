import {
  evaluateByDecree,
  evaluationRule,
  periodDays,
  toEpochMs,
  toIsoInstant,
  type AssessorInput,
  type Grade,
  type WorkItem,
  type WorkingCalendar,
} from '@dondoc/domain';
import { decreeGradesOf, workItemOf, type UnitDecreeGrade } from './decree-grades';
import { countItems, type ReportCounts } from './report-counts';
import { itemsOf, type ReportItem } from './report-item';
import type { ReportTask } from './report-task';
import type { ReportWindow } from './report-window';

// A report on task results for a unit, a directive or the whole province over a month, a
// quarter or a year, as of a date: pure, from the tasks' read-model facts, so the API, the
// CLI and the tests compute the same figures.

export type ReportScope =
  | { readonly kind: 'province' }
  | { readonly kind: 'unit'; readonly unitId: string }
  | { readonly kind: 'directive'; readonly directiveId: string };

export interface UnitRef {
  readonly id: string;
  readonly name: string;
}

export interface DirectiveRef {
  readonly id: string;
  readonly number: string;
  readonly date: string;
  readonly subject: string;
}

export interface ReportInput {
  readonly scope: ReportScope;
  readonly window: ReportWindow;
  /** The date the facts are taken at; later facts are not known yet. */
  readonly asOf: string;
  readonly tasks: readonly ReportTask[];
  /** Unit names from the org chart in force at `asOf`, in the chart's order. */
  readonly units: readonly UnitRef[];
  readonly directives: readonly DirectiveRef[];
  /** Grade every unit by this rule instead of the one its tasks use. */
  readonly ruleId?: string;
  readonly calendar: WorkingCalendar;
  /** What the assessor entered for each unit for this window (general points, objective causes, quality verdicts, forcing cases). */
  readonly assessments?: ReadonlyMap<string, AssessorInput>;
  /** Units whose assessment for this window is closed (frozen): their decree grade is final once the window is over. */
  readonly closedAssessments?: ReadonlySet<string>;
  /** Calculations frozen when a unit's assessment of this window was closed: answered as they were, never recomputed. */
  readonly frozenDecreeGrades?: ReadonlyMap<string, { readonly parts: UnitDecreeGrade['parts'] }>;
  /** The agency and group of like units each unit's 20% quota counts in. */
  readonly quotaGroups?: ReadonlyMap<string, string>;
}

export interface UnitGrade {
  readonly unitId: string;
  readonly unitName: string;
  readonly ruleId: string;
  readonly ruleSource: string;
  readonly grade: Grade | null;
  readonly label: string;
  /** The rule's measure: a share 0..1 (nd90-share) or points 0..100 (nd335-points). */
  readonly measure: number | null;
  readonly explanation: string;
  /** True when the window is not a whole year, or the year is not over at `asOf`. */
  readonly provisional: boolean;
}

export interface MatrixRow {
  readonly unitId: string;
  readonly unitName: string;
  /** One cell per month of the window, in order. */
  readonly cells: readonly ReportCounts[];
  readonly total: ReportCounts;
  /** One per month: that month's task results under the decree in force then (full calculation: GET /v1/evaluations/units/{unitId}/periods/{month}). */
  readonly decreeCells: readonly DecreeCell[];
}

/** A month's task results under its decree: ND 335's 70-point subtotal, or ND 90's share of items on schedule and quality. */
export interface DecreeCell {
  readonly ruleId: string;
  /** ND 335: task points out of 70; ND 90: % of items on schedule and quality; null when nothing was due. */
  readonly value: number | null;
  readonly label: string;
}

export interface Report {
  readonly scope: ReportScope & { readonly label: string };
  readonly window: ReportWindow;
  readonly asOf: string;
  readonly totals: ReportCounts;
  readonly byUnit: readonly (UnitRef & { readonly counts: ReportCounts })[];
  readonly byDirective: readonly (DirectiveRef & { readonly counts: ReportCounts })[];
  readonly matrix: { readonly months: readonly string[]; readonly rows: readonly MatrixRow[] };
  /** The grades the tasks' own rules give (as the workflows stored them; histories keep their rule). */
  readonly grades: readonly UnitGrade[];
  /** The grade under the decree in force on each day of the window, with its calculation line by line. */
  readonly decreeGrades: readonly UnitDecreeGrade[];
  /** Not done within time, most overdue first: what a prompting letter lists. */
  readonly overdue: readonly ReportItem[];
  readonly doneLate: readonly ReportItem[];
  readonly items: readonly ReportItem[];
}

export function computeReport(input: ReportInput): Report {
  const { scope, window, calendar } = input;
  const asOf = toIsoInstant(toEpochMs(input.asOf));
  const tasks = input.tasks.filter((t) =>
    scope.kind === 'unit' ? t.leadUnitId === scope.unitId : scope.kind === 'directive' ? t.directiveId === scope.directiveId : true,
  );
  const items = tasks.flatMap((t) => itemsOf(t, window, asOf, calendar));

  const unitName = new Map(input.units.map((u) => [u.id, u.name]));
  const order = new Map(input.units.map((u, i) => [u.id, i]));
  const unitIds = [...new Set(items.map((i) => i.unitId).concat(scope.kind === 'unit' ? [scope.unitId] : []))].sort(
    (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b),
  );
  const nameOf = (id: string) => unitName.get(id) ?? id;
  // Grouped once: a province's year is ~650,000 items over 2,000 directives (a filter per
  // directive was 1.3 billion steps).
  const unitItems = groupBy(items, (i) => i.unitId);
  const directiveItems = groupBy(items, (i) => i.directiveId);
  const itemsOfUnit = (id: string) => unitItems.get(id) ?? [];

  const directiveIds = [...directiveItems.keys()];
  const directiveRef = (id: string): DirectiveRef =>
    input.directives.find((d) => d.id === id) ?? {
      id,
      number: items.find((i) => i.directiveId === id)?.directiveNumber ?? id,
      date: '',
      subject: '',
    };

  const yearOver = window.kind === 'year' && toEpochMs(asOf) >= toEpochMs(window.endsAt);
  const grades = unitIds.map((id) => gradeUnit(id, nameOf(id), itemsOfUnit(id), input.ruleId, !yearOver));

  return {
    scope: { ...scope, label: scopeLabel(scope, nameOf, directiveRef) },
    window,
    asOf,
    totals: countItems(items),
    byUnit: unitIds.map((id) => ({ id, name: nameOf(id), counts: countItems(itemsOfUnit(id)) })),
    byDirective: directiveIds.map((id) => ({ ...directiveRef(id), counts: countItems(directiveItems.get(id) ?? []) })),
    matrix: {
      months: window.months,
      rows: unitIds.map((id) => {
        const own = itemsOfUnit(id);
        return {
          unitId: id,
          unitName: nameOf(id),
          cells: window.months.map((m) => countItems(own.filter((i) => i.month === m))),
          total: countItems(own),
          decreeCells: window.months.map((m) => decreeCellOf(m, own, input.assessments?.get(id) ?? {})),
        };
      }),
    },
    grades,
    decreeGrades: decreeGradesOf({
      window,
      units: unitIds.map((id) => ({ unitId: id, unitName: nameOf(id), items: itemsOfUnit(id) })),
      assessments: input.assessments ?? new Map(),
      quotaGroups: input.quotaGroups,
      provisional: (id) => !(toEpochMs(asOf) >= toEpochMs(window.endsAt) && (input.closedAssessments?.has(id) ?? false)),
    }).map((g) => {
      const frozen = input.frozenDecreeGrades?.get(g.unitId);
      return frozen ? { ...g, parts: frozen.parts, provisional: false, frozen: true } : g;
    }),
    overdue: items
      .filter((i) => i.outcome === 'overdue')
      .sort((a, b) => (b.workingDaysLate ?? 0) - (a.workingDaysLate ?? 0) || a.taskId.localeCompare(b.taskId)),
    doneLate: items.filter((i) => i.outcome === 'done_late'),
    items,
  };
}

function gradeUnit(
  unitId: string,
  unitName: string,
  items: readonly ReportItem[],
  override: string | undefined,
  provisional: boolean,
): UnitGrade {
  const ruleId = override ?? mostCommon(items.map((i) => i.ruleId)) ?? 'nd90-share/1';
  const rule = evaluationRule(ruleId);
  const outcome = rule.grade(items.map((i) => i.result));
  return {
    unitId,
    unitName,
    ruleId: rule.id,
    ruleSource: rule.source,
    grade: outcome.grade,
    label: outcome.label,
    measure: outcome.measure,
    explanation: outcome.explanation,
    provisional,
  };
}

function decreeCellOf(month: string, items: readonly ReportItem[], input: AssessorInput): DecreeCell {
  const work = items.map(workItemOf).filter((w): w is WorkItem => w !== undefined);
  const [part] = evaluateByDecree(periodDays(month), work, input);
  const e = part.evaluation;
  const value =
    e.decree === 'nd335-2025' ? ((e.subtotals.taskPoints as number | null) ?? null) : ((e.subtotals.share as number | null) ?? null);
  const label = value === null ? '–' : e.decree === 'nd335-2025' ? `${value}/70 điểm` : `${value}% đạt`;
  return { ruleId: e.ruleId, value, label };
}

function groupBy<T>(values: readonly T[], key: (v: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const v of values) {
    const k = key(v);
    const group = groups.get(k);
    if (group) group.push(v);
    else groups.set(k, [v]);
  }
  return groups;
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

function scopeLabel(scope: ReportScope, unitName: (id: string) => string, directive: (id: string) => DirectiveRef): string {
  switch (scope.kind) {
    case 'province':
      return 'toàn tỉnh';
    case 'unit':
      return unitName(scope.unitId);
    case 'directive': {
      const d = directive(scope.directiveId);
      return `văn bản số ${d.number}${d.subject ? ` (${d.subject})` : ''}`;
    }
  }
}

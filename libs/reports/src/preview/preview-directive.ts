import { taskDefinitionsOf, type DirectiveDraft } from '@dondoc/contracts';
import { findUnit, versionInForce, type OrgChartVersion, type PeriodResult, type WorkingCalendar } from '@dondoc/domain';
import type { EscalationRecipient, TaskSnapshot } from '@dondoc/task-follow-up';
import { computeReport, type UnitGrade } from '../compute/compute-report';
import { reportTaskOf } from '../compute/report-task';
import { parseWindow } from '../compute/report-window';
import { simulateTask, type RecipientLookup, type SimulatedTask } from './simulate-task';
import { describeBehaviour, type UnitBehaviour } from './unit-behaviour';

// What a draft directive will ask of each unit over its life, before it is issued: every
// reminder, due instant, evaluation close and escalation (with its recipient), and the
// evaluations and year grade a given behaviour earns. Each task is simulated with the
// workflow's own state machine (see simulate-task.ts); nothing real is touched.

export type ScheduleKind = 'reminder' | 'due' | 'report' | 'overdue' | 'escalation' | 'evaluation' | 'grade';

export interface ScheduleEntry {
  readonly at: string;
  readonly kind: ScheduleKind;
  /** 'report:2022-03', 'ack', 'due'…: what the entry is about. */
  readonly trigger: string | null;
  readonly level: number | null;
  readonly recipient: EscalationRecipient | null;
  readonly text: string;
}

export interface TaskPreview {
  readonly taskId: string;
  readonly itemRef: string;
  readonly schedule: readonly ScheduleEntry[];
  readonly evaluations: readonly { readonly period: string; readonly result: PeriodResult; readonly note: string }[];
  readonly yearEnd: TaskSnapshot['yearEnd'];
  readonly refused: readonly { readonly at: string; readonly command: string; readonly reason: string }[];
}

export interface UnitPreview {
  readonly unitId: string;
  readonly unitName: string;
  readonly behaviour: string;
  readonly tasks: readonly TaskPreview[];
  /** The unit's grade for each year its tasks run, over all of them (as the reports grade it). */
  readonly grades: readonly (UnitGrade & { readonly year: number })[];
}

export interface DirectivePreview {
  readonly number: string;
  readonly issueAt: string;
  readonly units: readonly UnitPreview[];
  readonly taskCount: number;
}

export interface PreviewOptions {
  readonly issueAt: string;
  readonly behaviour: UnitBehaviour;
  /** Another behaviour for some units. */
  readonly behaviours?: Readonly<Record<string, UnitBehaviour>>;
  /** Only these units (all lead units of the draft otherwise). */
  readonly unitIds?: readonly string[];
  readonly charts: readonly OrgChartVersion[];
  readonly calendar: WorkingCalendar;
  readonly recipient: RecipientLookup;
  /** Told after each task, for progress output. */
  readonly onTask?: (done: number, total: number) => void;
}

const PREVIEW_ID = 'preview';

export async function previewDirective(draft: DirectiveDraft, o: PreviewOptions): Promise<DirectivePreview> {
  const definitions = taskDefinitionsOf(draft, {
    directiveId: PREVIEW_ID,
    assignedAt: o.issueAt,
    taskIdOf: (d, item, unit) => `${d}.${item}.${unit}`,
  }).filter((d) => !o.unitIds || o.unitIds.includes(d.leadUnitId));
  const chart = versionInForce([...o.charts], draft.date);
  const unitName = (id: string) => (chart && findUnit(chart, id)?.name) || id;

  const byUnit = new Map<string, { behaviour: UnitBehaviour; tasks: TaskPreview[]; finals: TaskSnapshot[] }>();
  let done = 0;
  for (const definition of definitions) {
    const behaviour = o.behaviours?.[definition.leadUnitId] ?? o.behaviour;
    const run = await simulateTask(definition, behaviour, { calendar: o.calendar, recipient: o.recipient });
    const entry = byUnit.get(definition.leadUnitId) ?? { behaviour, tasks: [], finals: [] };
    entry.tasks.push({
      taskId: definition.taskId,
      itemRef: definition.itemRef,
      schedule: scheduleOf(run),
      evaluations: run.final.evaluations.map((e) => ({ period: e.period, result: e.result, note: e.note })),
      yearEnd: run.final.yearEnd,
      refused: run.refused,
    });
    entry.finals.push(run.final);
    byUnit.set(definition.leadUnitId, entry);
    o.onTask?.(++done, definitions.length);
  }

  const units: UnitPreview[] = [...byUnit.entries()].map(([unitId, u]) => {
    const tasks = u.finals.map((s) => reportTaskOf(s));
    const years = [...new Set(tasks.flatMap((t) => t.periods.map((p) => Number(p.key.slice(0, 4)))))].sort();
    const grades = years.map((year) => {
      const window = parseWindow(String(year));
      if (!window) throw new RangeError(`year ${year}`);
      const report = computeReport({
        scope: { kind: 'unit', unitId },
        window,
        asOf: window.endsAt,
        tasks,
        units: [{ id: unitId, name: unitName(unitId) }],
        directives: [],
        calendar: o.calendar,
      });
      return { ...report.grades[0], year };
    });
    return { unitId, unitName: unitName(unitId), behaviour: describeBehaviour(u.behaviour), tasks: u.tasks, grades };
  });
  return { number: draft.number, issueAt: o.issueAt, units, taskCount: definitions.length };
}

const DAY = (iso: string) => {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`;
};

/** The facts of a simulated life as a dated schedule, plus each period's due instant. */
function scheduleOf({ facts, final, periods }: SimulatedTask): ScheduleEntry[] {
  const entries: ScheduleEntry[] = [];
  const add = (
    at: string,
    kind: ScheduleKind,
    trigger: string | null,
    text: string,
    level: number | null = null,
    recipient: EscalationRecipient | null = null,
  ) => entries.push({ at, kind, trigger, level, recipient, text });
  for (const f of facts) {
    const p = f.payload as Record<string, unknown>;
    const scheduledAt = (p.scheduledAt as string | undefined) ?? (p.at as string | undefined) ?? f.occurredAt;
    switch (f.type) {
      case 'task.reminded':
        add(scheduledAt, 'reminder', p.trigger as string, `Nhắc hạn ${p.trigger as string} (hạn ${DAY(p.dueAt as string)})`);
        break;
      case 'task.overdue':
        add(scheduledAt, 'overdue', p.trigger as string, `Quá hạn ${p.trigger as string}`);
        break;
      case 'task.escalated': {
        const r = p.recipient as EscalationRecipient;
        add(
          scheduledAt,
          'escalation',
          p.trigger as string,
          `Báo cáo vượt cấp mức ${p.level as number}: ${r.name} (${r.title})`,
          p.level as number,
          r,
        );
        break;
      }
      case 'task.progress-reported':
        add(
          scheduledAt,
          'report',
          p.period ? `report:${p.period as string}` : null,
          `Đơn vị báo cáo${p.period ? ` kỳ ${p.period as string}` : ''}`,
        );
        break;
      case 'task.submitted':
        add(scheduledAt, 'report', 'due', 'Đơn vị nộp kết quả hoàn thành');
        break;
      case 'task.evaluated':
        add(scheduledAt, 'evaluation', `report:${p.period as string}`, p.note as string);
        break;
      case 'unit.graded':
        add(scheduledAt, 'grade', null, `Xếp loại năm ${p.year as number}: ${p.gradeLabel as string}`);
        break;
    }
  }
  for (const period of periods) add(period.dueAt, 'due', `report:${period.key}`, `Hạn báo cáo ${period.label}`);
  if (final.originalDueAt) add(final.originalDueAt, 'due', 'due', 'Hạn hoàn thành nhiệm vụ');
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

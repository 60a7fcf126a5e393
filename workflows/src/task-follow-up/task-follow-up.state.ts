import type { Actor, Envelope, TaskEventType, TaskDefinition as WireTaskDefinition } from '@dondoc/contracts';
import {
  TASK_STATUS_LABELS,
  afterDelay,
  dueMilestones,
  formatVnDate,
  vnDateOf,
  evaluatePeriod,
  evaluationRule,
  factsOf,
  isOverdue,
  assignTask,
  recordEscalation,
  resolveTaskSchedule,
  statusAsOf,
  transition,
  vnEndOfDay,
  type EscalationLevel,
  type Rejection,
  type TaskCommand,
  type CalendarData,
  type TaskState,
  type WorkingCalendar,
} from '@dondoc/domain';
import type { AgendaItem } from './agenda';
import { triggerName } from './agenda';
import { toDomainDefinition } from './definition.mapper';
import type { EscalationRecipient } from '@dondoc/task-follow-up';
import {
  qualityMarkOf,
  taskCommandSpec,
  type CarriedState,
  type TaskFactPayload,
  type PeriodState,
  type ReportRecord,
  type TaskSnapshot,
  type TimelineEntry,
} from '@dondoc/task-follow-up';
import { describeItem } from './timeline.texts';

// The follow-up's state and every change to it, with no Temporal API: the workflow feeds
// it commands and due agenda items and publishes the facts it collects. Pure and
// synchronous, so the same code validates an update and applies it.

const MAX_REPORTS = 24;
const OPEN_WORK = new Set(['assigned', 'acknowledged', 'in_progress', 'returned']);
const vnDay = (instant: string) => formatVnDate(vnDateOf(instant));
const MAX_TIMELINE = 200;
const iso = (ms: number) => new Date(ms).toISOString();

export interface CommandMeta {
  actor: Actor;
  requestId?: string;
  /** For a recurring duty's report: the period it is for. */
  period?: string;
}

export class TaskFollowUp {
  /** Facts not yet published; the workflow drains them through the recordFacts activity. */
  private pending: Envelope[] = [];

  private constructor(
    readonly definition: WireTaskDefinition,
    private data: CarriedState,
    private calendar: WorkingCalendar,
  ) {}

  /** `calendarData`: the published version `calendar` was made from, carried to later runs (absent: the one in code). */
  static start(definition: WireTaskDefinition, calendar: WorkingCalendar, calendarData?: CalendarData): TaskFollowUp {
    const domainDef = toDomainDefinition(definition);
    const task = assignTask({ taskId: definition.taskId, definition: domainDef, assignedAt: definition.assignedAt, calendar });
    const schedule = resolveTaskSchedule(domainDef, definition.assignedAt, calendar);
    const periods: PeriodState[] = schedule.periods.map((p) => ({
      key: p.key,
      label: p.label,
      dueAt: p.dueAt,
      closesAt: vnEndOfDay(p.endsOn),
      milestones: p.milestones,
    }));
    const data: CarriedState = {
      task,
      revision: 1,
      calendarVersion: calendar.version,
      ...(calendarData ? { calendar: calendarData } : {}),
      periods,
      evaluations: [],
      reports: [],
      timeline: [],
      done: [],
      run: 0,
    };
    const followUp = new TaskFollowUp(definition, data, calendar);
    followUp.replanAcknowledgement(1, definition.assignedAt);
    if (task.dueAt) followUp.replanDue(1, definition.assignedAt);
    followUp.note({
      at: task.assignedAt,
      kind: 'assigned',
      text: `Giao nhiệm vụ ${definition.itemRef} của văn bản ${definition.directiveNumber} cho ${definition.leadUnitId}.`,
    });
    return followUp;
  }

  static resume(definition: WireTaskDefinition, carried: CarriedState, calendar: WorkingCalendar): TaskFollowUp {
    return new TaskFollowUp(definition, { ...carried, run: carried.run + 1 }, calendar);
  }

  get state(): CarriedState {
    return this.data;
  }

  get revision(): number {
    return this.data.revision;
  }

  get finished(): boolean {
    return this.data.finishedAt !== undefined;
  }

  drainFacts(): Envelope[] {
    const facts = this.pending;
    this.pending = [];
    return facts;
  }

  /** Why `command` cannot be applied now, or undefined if it can. */
  check(command: TaskCommand, meta: CommandMeta, now: number): Rejection | undefined {
    if (this.finished)
      return { code: 'wrong_status', message: 'Không thể thực hiện: việc theo dõi nhiệm vụ đã kết thúc (follow-up has ended)' };
    const result = transition(this.data.task, command, { now: iso(now), calendar: this.calendar });
    if (!result.ok) return result.rejection;
    if (command.type === 'reportProgress' && this.data.periods.length > 0) {
      const period = this.reportPeriod(meta.period, now);
      if (!period) {
        return {
          code: 'wrong_status',
          message: `Không thể báo cáo cho kỳ ${meta.period ?? '(hiện tại)'}: kỳ không tồn tại hoặc đã đóng (no open reporting period${meta.period ? ` '${meta.period}'` : ''})`,
        };
      }
    }
    return undefined;
  }

  /** Applies a command that `check` accepted; throws if it is refused after all. */
  apply(command: TaskCommand, meta: CommandMeta, now: number): void {
    const rejection = this.check(command, meta, now);
    if (rejection) throw new Error(rejection.message);
    const result = transition(this.data.task, command, { now: iso(now), calendar: this.calendar });
    if (!result.ok) throw new Error(result.rejection.message);
    const before = this.data.task;
    const task: TaskState = result.state;
    this.data = { ...this.data, task, revision: this.data.revision + 1 };

    // A reassigned task starts a fresh acknowledgement track for the new unit, even if
    // its window happens to end when the old one did.
    if ((task.acknowledgeBy !== before.acknowledgeBy || command.type === 'reassign') && task.status !== 'paused') {
      this.replanAcknowledgement((this.data.ack?.generation ?? 0) + 1, iso(now));
    }
    if (task.dueAt && task.dueAt !== before.dueAt && task.status !== 'paused') {
      this.replanDue((this.data.due?.generation ?? 0) + 1, iso(now));
    }
    if (command.type === 'reportProgress') this.recordReport(command, meta, now);
    const at = iso(now);
    const mark = qualityMarkOf(command, meta.actor.userId, at);
    if (mark) this.data = { ...this.data, qualityMarks: [...(this.data.qualityMarks ?? []), mark] };
    if (task.status === 'completed' || task.status === 'cancelled') this.finish(now);
    const spec = taskCommandSpec(command.type);
    const reportPeriod = command.type === 'reportProgress' ? (this.data.reports.at(-1)?.period ?? null) : null;
    const fact = spec.fact(command, { actor: meta.actor, at, before, task: this.data.task, reportPeriod });
    this.push(spec.event, `r${this.data.revision}`, fact, meta.requestId ?? null);
    this.note({ at, kind: command.type, text: spec.timeline(command, this.data.task), by: meta.actor.userId });
  }

  /** Does one agenda item. Escalations need their recipient, found by the workflow first. */
  fire(item: AgendaItem, now: number, recipient?: EscalationRecipient): void {
    this.data = { ...this.data, done: [...this.data.done, item.key], revision: this.data.revision + 1 };
    const at = iso(now);
    switch (item.kind) {
      case 'remind':
        this.publish('task.reminded', item.key, { trigger: item.trigger, dueAt: item.dueAt, scheduledAt: item.at, at });
        break;
      case 'overdue':
        this.publish('task.overdue', item.key, { trigger: item.trigger, dueAt: item.dueAt, scheduledAt: item.at, at });
        break;
      case 'escalate': {
        if (!recipient) throw new Error(`escalation ${item.key} needs a recipient`);
        this.data = { ...this.data, task: recordEscalation(this.data.task, item.level as EscalationLevel) };
        const daysOverdue = Math.max(0, this.calendar.workingDaysBetween(item.dueAt, at));
        this.publish('task.escalated', item.key, {
          trigger: item.trigger,
          level: item.level,
          recipient,
          dueAt: item.dueAt,
          daysOverdue,
          scheduledAt: item.at,
          at,
        });
        break;
      }
      case 'close':
        this.closePeriod(item.period, now);
        break;
    }
    this.note({ at, kind: item.kind, text: describeItem(item, recipient) });
  }

  /**
   * Takes up a newer calendar version and re-plans what is not decided yet: a deadline
   * counted in working days from the assignment moves while it is still ahead (a new
   * track: its reminders and escalations follow it); a deadline already passed stays, and
   * only its escalations still to come are recounted. Done agenda items stay done,
   * evaluations stay as recorded. Returns false for a version not newer than the one in use.
   */
  adoptCalendar(data: CalendarData, calendar: WorkingCalendar, now: number): boolean {
    if ((data.sequence ?? 1) <= (this.data.calendar?.sequence ?? 1) || this.finished) return false;
    const before = { ack: this.data.task.acknowledgeBy, due: this.data.task.dueAt };
    const previous = this.calendar;
    this.calendar = calendar;
    this.data = { ...this.data, calendar: data, calendarVersion: calendar.version, revision: this.data.revision + 1 };
    if (this.data.task.status !== 'paused') {
      this.recountAcknowledgement(previous, now);
      this.recountDue(previous, now);
      this.recountPeriods(now);
    }
    const { acknowledgeBy: ack, dueAt: due } = this.data.task;
    const moved = [
      ack !== before.ack && before.ack && ack ? `hạn tiếp nhận ${vnDay(before.ack)} → ${vnDay(ack)}` : '',
      due !== before.due && before.due && due ? `hạn hoàn thành ${vnDay(before.due)} → ${vnDay(due)}` : '',
    ].filter(Boolean);
    this.note({
      at: iso(now),
      kind: 'calendar',
      text: `Áp dụng lịch làm việc phiên bản ${data.sequence ?? 1} (${data.version})${moved.length ? `: ${moved.join('; ')}` : ''}.`,
    });
    return true;
  }

  /** True when the last reporting period just closed: time to continue as new. */
  get periodClosedThisRun(): boolean {
    return this.data.done.some((k) => k.startsWith('close:'));
  }

  /** The compact state for the next run: finished agenda keys of closed periods are dropped. */
  carry(): CarriedState {
    const open = new Set(this.data.periods.filter((p) => !p.result).map((p) => p.key));
    const periods = this.data.periods.filter((p) => !p.result);
    const done = this.data.done.filter((key) => {
      const period = /report:([^:]+)|close:(.+)$/.exec(key);
      return !period || open.has(period[1] ?? period[2]);
    });
    return {
      ...this.data,
      periods,
      done,
      reports: this.data.reports.slice(-MAX_REPORTS),
      timeline: this.data.timeline.slice(-MAX_TIMELINE),
    };
  }

  snapshot(now: number): TaskSnapshot {
    const { task, definition } = { task: this.data.task, definition: this.definition };
    const reporting = statusAsOf(factsOf(task), iso(now));
    return {
      taskId: definition.taskId,
      directiveId: definition.directiveId,
      directiveNumber: definition.directiveNumber,
      itemRef: definition.itemRef,
      text: definition.text,
      leadUnitId: task.leadUnitId,
      supportUnitIds: definition.supportUnitIds,
      status: task.status,
      statusLabel: TASK_STATUS_LABELS[task.status].vi,
      reportingStatus: this.data.periods.length > 0 || this.data.evaluations.length > 0 ? 'no_deadline' : reporting.status,
      reportingLabel: reporting.label,
      overdue: isOverdue(task, iso(now)) || this.data.periods.some((p) => !p.reportedAt && !p.result && Date.parse(p.dueAt) < now),
      escalationLevel: task.escalationLevel,
      acknowledgeBy: task.acknowledgeBy ?? null,
      acknowledgedAt: task.acknowledgedAt ?? null,
      dueAt: task.dueAt ?? this.data.periods.find((p) => !p.result)?.dueAt ?? null,
      originalDueAt: task.originalDueAt ?? null,
      extensions: task.extensionRequests,
      reports: this.data.reports,
      periods: this.data.periods.map(({ milestones: _m, ...p }) => p),
      evaluations: this.data.evaluations,
      yearEnd: this.data.yearEnd ?? null,
      qualityMarks: this.data.qualityMarks ?? [],
      timeline: this.data.timeline,
      revision: this.data.revision,
      run: this.data.run,
      calendarVersion: this.data.calendarVersion,
      calendarSequence: this.data.calendar?.sequence ?? 1,
      finishedAt: this.data.finishedAt ?? null,
      asOf: iso(now),
      state: task,
    };
  }

  // ---- internals ----

  /** The acknowledgement window: moved if it is a first window counted in working days and still open. */
  private recountAcknowledgement(previous: WorkingCalendar, now: number): void {
    const { task, ack } = this.data;
    if (task.status !== 'assigned' || !ack || !task.acknowledgeBy) return;
    const within = task.acknowledgeWithin;
    // A reassignment's window starts at the reassignment, which is not kept: only the first moves.
    const countedFromAssignment =
      ack.generation === 1 && 'workingDays' in within && afterDelay(task.assignedAt, within, previous) === task.acknowledgeBy;
    const moved = countedFromAssignment ? afterDelay(task.assignedAt, within, this.calendar) : task.acknowledgeBy;
    if (Date.parse(task.acknowledgeBy) > now && moved !== task.acknowledgeBy && Date.parse(moved) > now) {
      this.data = { ...this.data, task: { ...task, acknowledgeBy: moved } };
      this.replanAcknowledgement(ack.generation + 1, iso(now));
    } else {
      this.data = { ...this.data, ack: { ...this.recount(task.acknowledgeBy, now), generation: ack.generation } };
    }
  }

  /** The one-off deadline: moved if it is still N working days from the assignment and still ahead. */
  private recountDue(previous: WorkingCalendar, now: number): void {
    const { task, due } = this.data;
    if (!due || !task.dueAt || !OPEN_WORK.has(task.status)) return;
    const timing = toDomainDefinition(this.definition).timing;
    const days = timing.kind === 'deadline' && 'workingDays' in timing.deadline ? timing.deadline.workingDays : undefined;
    const counted = days !== undefined && previous.addWorkingDays(task.assignedAt, days) === task.dueAt;
    const moved = counted ? this.calendar.addWorkingDays(task.assignedAt, days) : task.dueAt;
    if (Date.parse(task.dueAt) > now && moved !== task.dueAt && Date.parse(moved) > now) {
      const originalDueAt = task.originalDueAt === task.dueAt ? moved : task.originalDueAt;
      this.data = { ...this.data, task: { ...task, dueAt: moved, originalDueAt } };
      this.replanDue(due.generation + 1, iso(now));
    } else {
      this.data = { ...this.data, due: { ...this.recount(task.dueAt, now), generation: due.generation } };
    }
  }

  /** Reporting periods keep their due days (calendar days); their reminders and escalations are recounted. */
  private recountPeriods(now: number): void {
    const periods = this.data.periods.map((p) => (p.result || p.reportedAt ? p : { ...p, milestones: this.recount(p.dueAt, now) }));
    this.data = { ...this.data, periods };
  }

  /** Milestones of an unchanged due instant under the new calendar; reminders already behind stay behind. */
  private recount(dueAt: string, now: number) {
    return dueMilestones(dueAt, toDomainDefinition(this.definition), this.calendar, iso(now));
  }

  private replanAcknowledgement(generation: number, notBefore: string): void {
    const { acknowledgeBy, status } = this.data.task;
    if (!acknowledgeBy || status !== 'assigned') return;
    const m = dueMilestones(acknowledgeBy, toDomainDefinition(this.definition), this.calendar, notBefore);
    this.data = { ...this.data, ack: { ...m, generation } };
  }

  private replanDue(generation: number, notBefore: string): void {
    const { dueAt } = this.data.task;
    if (!dueAt) return;
    const m = dueMilestones(dueAt, toDomainDefinition(this.definition), this.calendar, notBefore);
    this.data = { ...this.data, due: { ...m, generation } };
  }

  /** The period a report is for: the one named, or the earliest one still open. */
  private reportPeriod(key: string | undefined, now: number): PeriodState | undefined {
    const open = this.data.periods.filter((p) => !p.result && Date.parse(p.closesAt) >= now);
    return key ? open.find((p) => p.key === key) : open[0];
  }

  private recordReport(command: Extract<TaskCommand, { type: 'reportProgress' }>, meta: CommandMeta, now: number): void {
    const period = this.data.periods.length > 0 ? this.reportPeriod(meta.period, now) : undefined;
    const record: ReportRecord = {
      at: iso(now),
      percent: command.percent,
      note: command.note,
      evidence: [...(command.evidence ?? [])],
      period: period?.key ?? null,
      by: meta.actor.userId,
    };
    const periods = this.data.periods.map((p) => (p === period && !p.reportedAt ? { ...p, reportedAt: iso(now) } : p));
    this.data = { ...this.data, periods, reports: [...this.data.reports, record].slice(-MAX_REPORTS) };
  }

  private closePeriod(key: string, now: number): void {
    const period = this.data.periods.find((p) => p.key === key);
    if (!period) return;
    const evaluation = evaluatePeriod({ key, dueAt: period.dueAt }, period.reportedAt, iso(now), this.calendar);
    const ruleId = this.definition.evaluationRuleId;
    const record = { period: key, label: period.label, result: evaluation.result, note: evaluation.note, ruleId, at: iso(now) };
    this.data = {
      ...this.data,
      periods: this.data.periods.map((p) => (p.key === key ? { ...p, result: evaluation.result } : p)),
      evaluations: [...this.data.evaluations, record],
    };
    this.publish('task.evaluated', `close:${key}`, { period: key, result: evaluation.result, note: evaluation.note, ruleId, at: iso(now) });
    if (this.data.periods.every((p) => p.result)) this.gradeYear(now);
  }

  private gradeYear(now: number): void {
    const rule = evaluationRule(this.definition.evaluationRuleId);
    const outcome = rule.grade(this.data.evaluations.map((e) => e.result));
    const lastKey = this.data.periods[this.data.periods.length - 1]?.key ?? iso(now);
    const year = Number(lastKey.slice(0, 4));
    this.data = {
      ...this.data,
      yearEnd: { year, grade: outcome.grade ?? 'not_graded', label: outcome.label, score: outcome.measure, ruleId: rule.id, at: iso(now) },
    };
    this.publish('unit.graded', `graded:${year}`, {
      unitId: this.data.task.leadUnitId,
      year,
      grade: outcome.grade ?? 'not_graded',
      gradeLabel: outcome.label,
      ruleId: rule.id,
      score: outcome.measure,
      at: iso(now),
    });
    this.note({ at: iso(now), kind: 'graded', text: `Xếp loại năm ${year}: ${outcome.label}. ${outcome.explanation}` });
    this.finish(now);
  }

  private finish(now: number): void {
    this.data = { ...this.data, finishedAt: iso(now) };
  }

  /** A fact of the follow-up's own (reminder, miss, escalation, evaluation, grade), typed by its event. */
  private publish<T extends TaskEventType>(type: T, key: string, payload: TaskFactPayload<T>): void {
    this.push(type, key, payload, null);
  }

  /** Queues an event with the fields every task event carries. Command facts come typed from the command table. */
  private push(type: TaskEventType, key: string, payload: Record<string, unknown>, causationId: string | null): void {
    const { definition, data } = this;
    this.pending.push({
      eventId: `task:${definition.taskId}:${key}:${type}`,
      type,
      schemaVersion: 1,
      occurredAt: (payload.at as string | undefined) ?? iso(Date.now()),
      correlationId: `directive:${definition.directiveId}`,
      causationId,
      key: definition.taskId,
      payload: {
        taskId: definition.taskId,
        directiveId: definition.directiveId,
        directiveNumber: definition.directiveNumber,
        itemRef: definition.itemRef,
        leadUnitId: data.task.leadUnitId,
        revision: data.revision,
        status: data.task.status,
        ...payload,
      },
    });
  }

  private note(entry: TimelineEntry): void {
    this.data = { ...this.data, timeline: [...this.data.timeline, entry].slice(-MAX_TIMELINE) };
  }
}

export { triggerName };

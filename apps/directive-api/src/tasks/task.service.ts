import { factsOf, findUnit, statusAsOf } from '@dondoc/domain';
import {
  DIRECTIVE_REPOSITORY,
  TASK_READ_MODEL,
  type DirectiveRepository,
  type TaskReadModelRepository,
  type TaskSummaryRow,
} from '@dondoc/persistence';
import {
  TASK_WORKFLOW_CLIENT,
  TaskCommandRejectedError,
  TaskFollowUpEndedError,
  TaskNotFoundError,
  type TaskWorkflowClient,
} from '@dondoc/task-client';
import { taskCommandSpec, type TaskCommandInput, type TaskCommandName, type TaskSnapshot } from '@dondoc/task-follow-up';
import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { UnitScopeService } from '../auth/unit-scope.service';
import { ConflictError, NotFoundError, TaskStartingError } from '../common/not-found.error';
import { pageOf } from '../common/paging';
import type { TaskListQuery } from './task-list.query';
import { todoGroupFilter } from './todo-groups';
import { withUnitNames } from './unit-names.presenter';

export interface TaskSummary {
  taskId: string;
  directiveId: string;
  directiveNumber: string;
  itemRef: string;
  text: string;
  leadUnitId: string;
  /** The lead unit's name in the org chart in force (its id when the chart does not know it). */
  leadUnitName?: string;
  supportUnitIds: string[];
  supportUnitNames?: string[];
  status: string;
  statusLabel: string;
  reportingStatus: string;
  reportingLabel: string;
  overdue: boolean;
  escalationLevel: number;
  acknowledgeBy: string | null;
  dueAt: string | null;
  revision: number;
  asOf: string;
}

/** `view=compact`: what a list of tasks shows (the to-do page), nothing more. */
const COMPACT_FIELDS = [
  'taskId',
  'directiveId',
  'directiveNumber',
  'itemRef',
  'text',
  'leadUnitId',
  'leadUnitName',
  'status',
  'statusLabel',
  'overdue',
  'acknowledgeBy',
  'dueAt',
] as const satisfies readonly (keyof TaskSummary)[];

export type CompactTaskSummary = Pick<TaskSummary, (typeof COMPACT_FIELDS)[number]>;

function compact(t: TaskSummary): CompactTaskSummary {
  return Object.fromEntries(COMPACT_FIELDS.map((field) => [field, t[field]])) as CompactTaskSummary;
}

function summary(row: TaskSummaryRow, asOf?: string): TaskSummary {
  const s = row.snapshot;
  const reporting = asOf && s.state ? statusAsOf(factsOf(s.state), asOf) : { status: s.reportingStatus, label: s.reportingLabel };
  return {
    taskId: s.taskId,
    directiveId: s.directiveId,
    directiveNumber: s.directiveNumber,
    itemRef: s.itemRef,
    text: s.text,
    leadUnitId: s.leadUnitId,
    supportUnitIds: s.supportUnitIds,
    status: s.status,
    statusLabel: s.statusLabel,
    reportingStatus: reporting.status,
    reportingLabel: reporting.label,
    overdue: s.overdue,
    escalationLevel: s.escalationLevel,
    acknowledgeBy: s.acknowledgeBy,
    dueAt: s.dueAt,
    revision: s.revision,
    asOf: asOf ?? s.asOf,
  };
}

@Injectable()
export class TaskService {
  constructor(
    @Inject(TASK_READ_MODEL) private readonly tasks: TaskReadModelRepository,
    @Inject(DIRECTIVE_REPOSITORY) private readonly directives: DirectiveRepository,
    @Inject(TASK_WORKFLOW_CLIENT) private readonly workflows: TaskWorkflowClient,
    private readonly scope: UnitScopeService,
  ) {}

  async list(principal: Principal, query: TaskListQuery): Promise<{ items: TaskSummary[] | CompactTaskSummary[]; total: number }> {
    let unitIds = await this.scope.unitsOf(principal);
    if (query.unitId) {
      await this.scope.assertUnit(principal, query.unitId);
      unitIds = [query.unitId];
    }
    const filter = {
      directiveId: query.directiveId,
      status: query.status,
      unitIds,
      search: query.q,
      ...(query.group ? todoGroupFilter(query.group, new Date()) : {}),
    };
    const page = pageOf(query, 100);
    const [rows, total] = await Promise.all([
      this.tasks.summaries({
        ...filter,
        withState: !!query.asOf,
        sort: { [query.sort.field]: query.sort.direction },
        limit: page.limit,
        offset: page.skip,
      }),
      this.tasks.count(filter),
    ]);
    const chart = await this.scope.chart();
    const nameOf = (id: string) => (chart && findUnit(chart, id)?.name) || id;
    const items = rows.map((r) => ({
      ...summary(r, query.asOf),
      leadUnitName: nameOf(r.leadUnitId),
      supportUnitNames: r.supportUnitIds.map(nameOf),
    }));
    return { items: query.view === 'compact' ? items.map(compact) : items, total };
  }

  /** The stored snapshot with its Vietnamese timeline (from the read model, not Temporal). */
  async get(
    principal: Principal,
    taskId: string,
  ): Promise<
    TaskSnapshot | { taskId: string; directiveId: string; leadUnitId: string; status: 'assigning'; statusLabel: string; timeline: [] }
  > {
    const row = await this.tasks.findById(taskId);
    if (row) {
      await this.assertCanSee(principal, row.leadUnitId, row.supportUnitIds);
      return this.named(row.snapshot);
    }
    const directive = await this.directives.findByTaskId(taskId);
    const assignment = directive?.assignments.find((a) => a.taskId === taskId);
    if (!directive || !assignment || directive.status === 'draft')
      throw new NotFoundError(`Không tìm thấy nhiệm vụ ${taskId} (task not found)`);
    await this.assertCanSee(principal, assignment.leadUnitId, []);
    return {
      taskId,
      directiveId: directive.id,
      leadUnitId: assignment.leadUnitId,
      status: 'assigning',
      statusLabel: 'đang giao nhiệm vụ',
      timeline: [],
    };
  }

  async command<N extends TaskCommandName>(
    principal: Principal,
    taskId: string,
    name: N,
    input: TaskCommandInput<N>,
  ): Promise<TaskSnapshot> {
    const located = await this.locate(taskId);
    const { directiveId } = located;
    // Roles are the access policy's (from the command table); the scope is checked here.
    if (taskCommandSpec(name).scope === 'lead-unit') {
      await this.assertLeadUnit(principal, taskId, located.leadUnitId);
    } else if (principal.role === 'issuer') {
      const directive = await this.directives.findById(directiveId);
      if (directive) await this.scope.assertIssuerOf(principal, directive.issuerUnitId);
    }
    try {
      return this.named(await this.workflows.command(taskId, name, input));
    } catch (e) {
      if (e instanceof TaskCommandRejectedError && e.code === 'unknown_extension') throw await this.decidedAlready(taskId, input, e);
      if (!(e instanceof TaskNotFoundError)) throw e;
      // The task exists (read model or assignment) but has no workflow: either it has not
      // started yet (issued moments ago) or it ended and was cleaned up; never "not found".
      if (located.followed) throw new TaskFollowUpEndedError(taskId);
      if (located.directiveStatus === 'withdrawn')
        throw new ConflictError(`Văn bản của nhiệm vụ ${taskId} đã bị thu hồi (the directive was withdrawn)`);
      throw new TaskStartingError(taskId);
    }
  }

  /** Reporting on a task (its commands, its evidence files) is for its lead unit's people (and an admin): 403 otherwise. */
  async assertCanReport(principal: Principal, taskId: string): Promise<void> {
    await this.assertLeadUnit(principal, taskId, (await this.locate(taskId)).leadUnitId);
  }

  /** Whoever may read the task (GET /v1/tasks/{id}) may read what belongs to it: 404 or 403 otherwise. */
  async assertCanRead(principal: Principal, taskId: string): Promise<void> {
    const row = await this.tasks.findById(taskId);
    if (row) return this.assertCanSee(principal, row.leadUnitId, row.supportUnitIds);
    await this.assertCanSee(principal, (await this.locate(taskId)).leadUnitId, []);
  }

  private async assertLeadUnit(principal: Principal, taskId: string, leadUnitId: string): Promise<void> {
    if (principal.role !== 'admin' && !(await this.scope.unitsOf(principal))?.includes(leadUnitId)) {
      throw new ForbiddenException(
        `Nhiệm vụ ${taskId} do ${await this.scope.unitName(leadUnitId)} chủ trì, ngoài phạm vi của ${await this.scope.unitName(principal.unitId)} (not your unit's task)`,
      );
    }
  }

  /** An extension request that exists but was already decided is a 409, not a 404 (the workflow says "no pending request" for both). */
  private async decidedAlready(taskId: string, input: unknown, rejection: Error): Promise<Error> {
    const requestId = (input as { requestId?: unknown }).requestId;
    const row = await this.tasks.findById(taskId);
    const known = row?.snapshot.extensions.find((x) => x.requestId === requestId);
    if (!known?.decision) return rejection;
    return new ConflictError(`Đề nghị gia hạn ${String(requestId)} đã được quyết định trước đó (extension request already decided)`);
  }

  /** Where a task is and whether its workflow has reported yet (`followed`: it has a read-model row). */
  private async locate(taskId: string): Promise<{ leadUnitId: string; directiveId: string; followed: boolean; directiveStatus?: string }> {
    const row = await this.tasks.findById(taskId);
    if (row) return { leadUnitId: row.leadUnitId, directiveId: row.directiveId, followed: true };
    const directive = await this.directives.findByTaskId(taskId);
    const assignment = directive?.assignments.find((a) => a.taskId === taskId);
    // A draft's assignments are not tasks yet.
    if (!directive || !assignment || directive.status === 'draft')
      throw new NotFoundError(`Không tìm thấy nhiệm vụ ${taskId} (task not found)`);
    return { leadUnitId: assignment.leadUnitId, directiveId: directive.id, followed: false, directiveStatus: directive.status };
  }

  private async named(snapshot: TaskSnapshot): Promise<TaskSnapshot & { leadUnitName: string }> {
    const chart = await this.scope.chart();
    const nameOf = (id: string) => (chart ? findUnit(chart, id)?.name : undefined);
    // The lead unit's name beside its id, as in the lists.
    return { ...withUnitNames(snapshot, nameOf), leadUnitName: nameOf(snapshot.leadUnitId) ?? snapshot.leadUnitId };
  }

  private async assertCanSee(principal: Principal, leadUnitId: string, supportUnitIds: string[]): Promise<void> {
    const units = await this.scope.unitsOf(principal);
    if (units && ![leadUnitId, ...supportUnitIds].some((u) => units.includes(u))) {
      throw new ForbiddenException(
        `Nhiệm vụ của ${await this.scope.unitName(leadUnitId)} nằm ngoài phạm vi của ${await this.scope.unitName(principal.unitId)} (not your unit's task)`,
      );
    }
  }
}

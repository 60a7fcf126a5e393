import { AUDIT_TRAIL_WRITER, type AuditTrailWriter } from '@dondoc/audit';
import { ContractViolation, problemLine, type DirectiveDraft, type Topics } from '@dondoc/contracts';
import { findUnit, directiveIdOf } from '@dondoc/domain';
import { KAFKA_TOPICS } from '@dondoc/messaging';
import {
  DIRECTIVE_REPOSITORY,
  TASK_READ_MODEL,
  type DirectiveListRecord,
  type DirectiveRecord,
  type DirectiveRepository,
  type DirectiveStatus,
  type TaskReadModelRepository,
} from '@dondoc/persistence';
import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { actorOf, type Principal } from '../auth/principal';
import { UnitScopeService } from '../auth/unit-scope.service';
import { ConflictError, NotFoundError } from '../common/not-found.error';
import { OutboxRelayService } from '../outbox/outbox-relay.service';
import { buildIssue, buildWithdrawal } from './directive-issue.factory';
import { directiveProgress, type DirectiveProgress } from './directive-progress';
import { draftAuditEntry } from './draft-audit';
import { pastDeadlineProblems } from './past-deadlines';

export type DirectiveView = Omit<DirectiveRecord, 'outbox' | 'outboxChunks' | 'assignments'> & {
  issuerUnitName: string;
  assignments: (DirectiveRecord['assignments'][number] & { leadUnitName: string })[];
  progress: DirectiveProgress;
  outboxPending?: never;
};

/** A row of the directive list: the directive without its tasks' texts and assignments (GET /v1/directives/:id has them). */
export type DirectiveListItem = Omit<DirectiveListRecord, 'assignments'> & { issuerUnitName: string; progress: DirectiveProgress };

const STATUS_TEXT: Record<DirectiveStatus, string> = { draft: 'dự thảo', issued: 'đã ban hành', withdrawn: 'đã thu hồi' };

@Injectable()
export class DirectiveService {
  constructor(
    @Inject(DIRECTIVE_REPOSITORY) private readonly directives: DirectiveRepository,
    @Inject(TASK_READ_MODEL) private readonly tasks: TaskReadModelRepository,
    @Inject(KAFKA_TOPICS) private readonly topics: Topics,
    private readonly scope: UnitScopeService,
    private readonly relay: OutboxRelayService,
    @Inject(AUDIT_TRAIL_WRITER) private readonly trail: AuditTrailWriter,
  ) {}

  async draft(principal: Principal, draft: DirectiveDraft): Promise<DirectiveView> {
    await this.scope.assertIssuerOf(principal, draft.issuerUnitId);
    await this.assertUnitsExist(draft);
    const record = await this.directives.createDraft(
      directiveIdOf(draft.number, draft.date),
      draft,
      actorOf(principal),
      new Date().toISOString(),
    );
    await this.recordDraft(record);
    return this.view(record);
  }

  async issue(principal: Principal, id: string): Promise<DirectiveView> {
    const directive = await this.load(id);
    await this.scope.assertIssuerOf(principal, directive.issuerUnitId);
    if (directive.status !== 'draft')
      throw new ConflictError(
        `Văn bản đang ở trạng thái ${STATUS_TEXT[directive.status]}, không thể ban hành (only a draft can be issued)`,
      );
    // Again before issuing (idempotent): a process that died between the draft and its entry left a gap.
    await this.recordDraft(directive);
    const now = new Date();
    const past = pastDeadlineProblems(directive, now);
    if (past.length) throw new ContractViolation('directive (thời hạn đã qua, deadlines already past)', past);
    const at = now.toISOString();
    const { assignments, events } = buildIssue(directive, actorOf(principal), at, this.topics);
    const issued = await this.directives.issue(id, { issuedBy: actorOf(principal), issuedAt: at, assignments, events });
    if (!issued) throw new ConflictError('Văn bản vừa được ban hành bởi yêu cầu khác (issued concurrently)');
    this.relay.poke(id);
    return this.view(issued, true);
  }

  async withdraw(principal: Principal, id: string, reason: string): Promise<DirectiveView> {
    const directive = await this.load(id);
    await this.scope.assertIssuerOf(principal, directive.issuerUnitId);
    if (directive.status !== 'issued')
      throw new ConflictError(
        `Văn bản đang ở trạng thái ${STATUS_TEXT[directive.status]}, không thể thu hồi (only an issued directive can be withdrawn)`,
      );
    const at = new Date().toISOString();
    const withdrawn = await this.directives.withdraw(id, {
      at,
      by: actorOf(principal),
      reason,
      events: buildWithdrawal(directive, actorOf(principal), reason, at, this.topics),
    });
    if (!withdrawn) throw new ConflictError('Văn bản vừa thay đổi trạng thái (changed concurrently)');
    this.relay.poke(id);
    return this.view(withdrawn);
  }

  async get(principal: Principal, id: string): Promise<DirectiveView> {
    const directive = await this.load(id);
    await this.assertCanRead(principal, directive);
    return this.view(directive);
  }

  async list(
    principal: Principal,
    filter: { status?: DirectiveStatus; search?: string; sort?: Record<string, 1 | -1>; limit: number; offset: number },
  ): Promise<{ items: DirectiveListItem[]; total: number }> {
    const unitIds = await this.scope.unitsOf(principal);
    // Drafts are the issuers' working papers.
    if (unitIds && filter.status === 'draft') return { items: [], total: 0 };
    const query = { ...filter, unitIds, notDrafts: !!unitIds };
    const [records, total] = await Promise.all([this.directives.list(query), this.directives.count(query)]);
    // The page's progress in one read of counts (a draft has no tasks yet).
    const counts = await this.tasks.countsByDirective(records.filter((r) => r.status !== 'draft').map((r) => r.id));
    const items = await Promise.all(
      records.map(async ({ assignments, ...rest }) => {
        const chart = await this.scope.chart(rest.date);
        return {
          ...rest,
          issuerUnitName: (chart && findUnit(chart, rest.issuerUnitId)?.name) || rest.issuerUnitId,
          progress: directiveProgress(assignments.length, counts.get(rest.id)),
        };
      }),
    );
    return { items, total };
  }

  /** Who drafted the directive, when, and the hash of what they drafted, in the directive's audit chain. */
  private async recordDraft(record: DirectiveRecord): Promise<void> {
    await this.trail.append(
      draftAuditEntry({
        directiveId: record.id,
        draft: record,
        actor: record.createdBy,
        at: record.createdAt,
        action: 'directive.drafted',
      }),
    );
  }

  private async load(id: string): Promise<DirectiveRecord> {
    const directive = await this.directives.findById(id);
    if (!directive) throw new NotFoundError(`Không tìm thấy văn bản ${id} (directive not found)`);
    return directive;
  }

  private async assertCanRead(principal: Principal, directive: DirectiveRecord): Promise<void> {
    const units = await this.scope.unitsOf(principal);
    if (!units) return;
    const concerns = directive.status !== 'draft' && directive.assignments.some((a) => units.includes(a.leadUnitId));
    if (!concerns)
      throw new ForbiddenException(`Văn bản ${directive.number} không giao nhiệm vụ cho đơn vị của bạn (not addressed to your unit)`);
  }

  private async assertUnitsExist(draft: DirectiveDraft): Promise<void> {
    const chart = await this.scope.chart(draft.date);
    if (!chart)
      throw new ContractViolation('directive', [
        problemLine('date', `không có sơ đồ tổ chức hiệu lực ngày ${draft.date}`, `no org chart is in force on ${draft.date}`),
      ]);
    const problems: string[] = [];
    const unknown = (path: string, u: string) => problems.push(problemLine(path, `không có đơn vị '${u}'`, `unknown unit '${u}'`));
    if (!findUnit(chart, draft.issuerUnitId)) unknown('issuerUnitId', draft.issuerUnitId);
    draft.tasks.forEach((t, i) => {
      t.leadUnitIds.forEach((u, j) => findUnit(chart, u) || unknown(`tasks.${i}.leadUnitIds.${j}`, u));
      t.supportUnitIds.forEach((u, j) => findUnit(chart, u) || unknown(`tasks.${i}.supportUnitIds.${j}`, u));
    });
    if (problems.length) throw new ContractViolation('directive', problems);
  }

  /**
   * The directive with its progress from the task read model. `justIssued`: its tasks'
   * workflows cannot have reported anything yet, so the answer to an issue reads nothing.
   */
  private async view(record: DirectiveRecord, justIssued = false): Promise<DirectiveView> {
    const { outbox: _outbox, outboxChunks: _chunks, ...rest } = record;
    const counts = record.status === 'draft' || justIssued ? undefined : (await this.tasks.countsByDirective([record.id])).get(record.id);
    // Unit names beside unit ids, from the chart in force on the directive's date (the one its units were checked against).
    const chart = await this.scope.chart(record.date);
    const nameOf = (id: string) => (chart && findUnit(chart, id)?.name) || id;
    return {
      ...rest,
      issuerUnitName: nameOf(record.issuerUnitId),
      assignments: record.assignments.map((a) => ({ ...a, leadUnitName: nameOf(a.leadUnitId) })),
      progress: directiveProgress(record.assignments.length, counts),
    };
  }
}

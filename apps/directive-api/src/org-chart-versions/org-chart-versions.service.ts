import type { AuditTrailWriter } from '@dondoc/audit';
import { ContractViolation, type OrgChartVersionPublish } from '@dondoc/contracts';
import { successionProblems, validateOrgChartSeed, type OrgChartVersion } from '@dondoc/domain';
import {
  ORG_CHART_STORE,
  OrgChartVersionConflict,
  TASK_READ_MODEL,
  type OrgChartStore,
  type TaskReadModelRepository,
} from '@dondoc/persistence';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { ConflictError, NotFoundError } from '../common/not-found.error';

export const ORG_CHART_AUDIT_TRAIL = Symbol('OrgChartAuditTrail');
/** The audit chain of org chart publications. */
export const ORG_CHART_AUDIT_CHAIN = 'reference-data:org-chart';

// Open tasks of one unit counted at most this far: the answer only has to say "it has some".
const OPEN_TASKS_COUNTED = 1_000;

/**
 * Publishing an org chart version after a reorganisation: the next number of its chart,
 * checked as a whole (structure, people, succession map against the open tasks), stored,
 * audited. The orchestrator re-homes open tasks at its effective instant.
 */
@Injectable()
export class OrgChartVersionsService {
  constructor(
    @Inject(ORG_CHART_STORE) private readonly store: OrgChartStore,
    @Inject(TASK_READ_MODEL) private readonly tasks: TaskReadModelRepository,
    @Inject(ORG_CHART_AUDIT_TRAIL) private readonly trail: AuditTrailWriter,
  ) {}

  /** One page of the versions (each with its number of units) and how many there are. */
  async list(page: { skip: number; limit: number; direction: 1 | -1 }) {
    const [rows, total] = await Promise.all([this.store.versionsPage(page), this.store.countVersions()]);
    const items = rows.map(({ units, groups: _g, succession, ...v }) => ({ ...v, units: units.length, succession: succession ?? [] }));
    return { items, total };
  }

  async publish(principal: Principal, body: OrgChartVersionPublish, requestId: string): Promise<OrgChartVersion> {
    const existing = await this.store.versions();
    const previous = existing.filter((c) => c.chartId === body.chartId).at(-1);
    if (!previous) throw new NotFoundError(`Không có sơ đồ tổ chức ${body.chartId} (no org chart ${body.chartId})`);
    if (body.basedOn !== undefined && body.basedOn !== previous.version) {
      throw new ConflictError(
        `Đã có phiên bản ${previous.version} mới hơn phiên bản ${body.basedOn} bạn đang sửa (version ${previous.version} was published since ${body.basedOn})`,
      );
    }
    const { basedOn: _b, users = [], ...chart } = body;
    // The shape of units and users is checked by validateOrgChartSeed just below.
    const next = { ...chart, version: previous.version + 1, validTo: null } as unknown as OrgChartVersion;
    const structure = validateOrgChartSeed({ schemaVersion: 1, charts: [next], users });
    const problems = structure.ok ? [] : structure.errors.map((e) => `${e} (sơ đồ tổ chức không hợp lệ)`);
    problems.push(...successionProblems({ previous, next, existing, openTasksByUnit: await this.openTasksOfRemovedUnits(previous, next) }));
    if (problems.length > 0) throw new ContractViolation('org chart version', problems);
    try {
      await this.store.publish(next, structure.ok ? structure.seed.users : []);
    } catch (e) {
      if (e instanceof OrgChartVersionConflict)
        throw new ConflictError(`Phiên bản ${next.version} vừa được người khác công bố (version ${next.version} was just published)`);
      throw e;
    }
    await this.trail.append({
      directiveId: ORG_CHART_AUDIT_CHAIN,
      taskId: null,
      who: principal.userId,
      role: principal.role,
      unit: principal.unitId,
      what: 'org-chart.published',
      when: new Date().toISOString(),
      requestId,
      sourceId: `org-chart:${next.chartId}:v${next.version}`,
      details: {
        chartId: next.chartId,
        version: next.version,
        validFrom: next.validFrom,
        effectiveAt: next.effectiveAt ?? null,
        basis: next.basis ?? [],
        succession: next.succession ?? [],
      },
    });
    return next;
  }

  /** Open tasks led by each unit of `previous` that `next` no longer has. */
  private async openTasksOfRemovedUnits(previous: OrgChartVersion, next: OrgChartVersion): Promise<Record<string, number>> {
    const kept = new Set(next.units.map((u) => u.id));
    const counts: Record<string, number> = {};
    for (const unit of previous.units.filter((u) => !kept.has(u.id))) {
      const rows = await this.tasks.list({ unitIds: [unit.id], limit: OPEN_TASKS_COUNTED });
      const open = rows.filter((r) => r.leadUnitId === unit.id && !r.snapshot.finishedAt).length;
      if (open > 0) counts[unit.id] = open;
    }
    return counts;
  }
}

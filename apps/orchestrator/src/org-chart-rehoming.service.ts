import { APP_CONFIG } from '@dondoc/app-kit';
import type { Actor } from '@dondoc/contracts';
import { effectiveInstant, type OrgChartVersion } from '@dondoc/domain';
import { ORG_CHART_STORE, TASK_READ_MODEL, type OrgChartStore, type TaskReadModelRepository } from '@dondoc/persistence';
import { TASK_WORKFLOW_CLIENT, TaskCommandRejectedError, TaskNotFoundError, type TaskWorkflowClient } from '@dondoc/task-client';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { OrchestratorConfig } from './orchestrator.config';

// Open tasks of one unit handled per pass at most (a district has a few hundred at most).
const TASKS_PER_UNIT = 10_000;

/**
 * At a reorganisation's effective instant, every open task led by a unit the new org chart
 * version merged or split away is given to its lead successor through the workflow's own
 * reassignment: a new acknowledgement window, a task.reassigned fact in the audit trail, a
 * notice to the new unit's head. Evaluations recorded before stay with the old unit. A
 * version is marked done when a pass finds no task left to hand over (submitted or paused
 * tasks keep their unit, the reassignment being refused in those states; escalations
 * already follow successors).
 */
@Injectable()
export class OrgChartRehomingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OrgChartRehoming');
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: OrchestratorConfig,
    @Inject(ORG_CHART_STORE) private readonly charts: OrgChartStore,
    @Inject(TASK_READ_MODEL) private readonly tasks: TaskReadModelRepository,
    @Inject(TASK_WORKFLOW_CLIENT) private readonly workflows: TaskWorkflowClient,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.pass ??= this.rehomeDue()
        .catch((error: unknown) => this.logger.warn(`re-homing pass failed, retried next pass: ${(error as Error).message}`))
        .finally(() => (this.pass = undefined));
    }, this.config.ORG_CHART_REHOME_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.pass;
  }

  /** One pass: each version now in effect whose tasks were not re-homed yet. */
  async rehomeDue(now = Date.now()): Promise<void> {
    const due = (await this.charts.versions()).filter((v) => !v.rehomedAt && (v.succession?.length ?? 0) > 0 && effectiveInstant(v) <= now);
    for (const version of due) {
      const moved = await this.rehome(version);
      if (moved > 0) this.logger.log(`org chart ${version.chartId} v${version.version}: ${moved} open task(s) handed to successor units`);
      // Done once a pass finds nothing left to move: a task started, or projected, just
      // after the effective instant is caught by the next pass.
      else await this.charts.markRehomed(version.chartId, version.version, new Date().toISOString());
    }
  }

  private async rehome(version: OrgChartVersion): Promise<number> {
    const actor: Actor = { userId: 'system', role: 'system', unitId: version.rootUnitId };
    let moved = 0;
    for (const entry of version.succession ?? []) {
      const [successor] = entry.successorIds;
      const rows = await this.tasks.list({ unitIds: [entry.unitId], limit: TASKS_PER_UNIT });
      for (const row of rows.filter((r) => r.leadUnitId === entry.unitId && !r.snapshot.finishedAt)) {
        try {
          await this.workflows.command(row._id, 'reassign', {
            actor,
            toUnitId: successor,
            note: `Sắp xếp tổ chức theo ${entry.basis} (phiên bản ${version.version} của sơ đồ tổ chức)`,
            requestId: `rehome:${version.chartId}:v${version.version}:${row._id}`,
          });
          moved++;
        } catch (e) {
          // Finished meanwhile, already with the successor, or in a state that keeps its unit.
          if (e instanceof TaskNotFoundError || e instanceof TaskCommandRejectedError) {
            this.logger.log(`task ${row._id} stays with ${entry.unitId}: ${(e as Error).message}`);
            continue;
          }
          throw e;
        }
      }
    }
    return moved;
  }
}

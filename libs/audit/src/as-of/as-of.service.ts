import { versionInForce, vnDateOf, type OrgChartVersion } from '@dondoc/domain';
import type { ArchivedRunMeta } from '../archive/archived-run.types';
import type { MongoHistoryArchive } from '../archive/mongo-history-archive';
import type { AuditTrailReader } from '../trail/audit-trail.port';
import type { TaskStateAsOf, TimelineLine } from './as-of.types';
import { taskSnapshotsWithLive, type TaskSnapshotRecord } from './task-history.reader';
import type { LiveRuns } from './temporal-live-runs';

export interface OrgChartVersions {
  charts(): Promise<OrgChartVersion[]>;
}

/** A task's readable timeline and what it rests on (archived runs, the live run). */
export interface TaskTimelineView {
  lines: TimelineLine[];
  archivedRuns: ArchivedRunMeta[];
  liveRunId: string | null;
  directiveId: string | null;
  directiveNumber: string | null;
}

const FINISHED = new Set(['completed', 'cancelled']);

/**
 * "As of": the state of a task at any past instant. The workflow records its full
 * snapshot (with `asOf`, the workflow's clock) whenever its state changes, and those
 * records are in the archived histories; the latest one at or before the instant is the
 * state then. Derived, time-dependent flags (overdue) are recomputed for the instant.
 */
export class AsOfService {
  constructor(
    private readonly archive: MongoHistoryArchive,
    private readonly trail?: AuditTrailReader,
    private readonly orgCharts?: OrgChartVersions,
    /** Temporal, for instants after the last archived run of a running task. */
    private readonly live?: LiveRuns,
  ) {}

  /** Null when the archive knows nothing of the task at that instant (not yet assigned, or not archived). */
  async stateAt(taskId: string, instant: string): Promise<TaskStateAsOf | null> {
    const at = Date.parse(instant);
    if (Number.isNaN(at)) throw new TypeError(`asOf must be an ISO instant (got '${instant}')`);
    const found = await taskSnapshotsWithLive(this.archive, this.live, taskId, at);
    const snapshots = found.snapshots.filter((s) => Date.parse(String(s.value.asOf)) <= at);
    const chosen = latest(snapshots);
    const lastArchived = found.archivedRuns.at(-1);
    const complete =
      found.liveRunId !== null ||
      (lastArchived !== undefined && (lastArchived.closeType !== 'continued-as-new' || Date.parse(lastArchived.closedAt ?? '') >= at));
    if (!chosen) return null;
    const s = chosen.value as Record<string, unknown> & { timeline?: TimelineLine[] };
    const dueAt = (s.dueAt as string | null) ?? null;
    const status = String(s.status);
    return {
      taskId,
      asOf: new Date(at).toISOString(),
      directiveId: String(s.directiveId),
      directiveNumber: String(s.directiveNumber),
      leadUnitId: String(s.leadUnitId),
      status,
      statusLabel: String(s.statusLabel),
      dueAt,
      overdue: !FINISHED.has(status) && !s.finishedAt && dueAt !== null && Date.parse(dueAt) < at,
      escalationLevel: Number(s.escalationLevel ?? 0),
      reports: (s.reports as unknown[]) ?? [],
      evaluations: (s.evaluations as unknown[]) ?? [],
      yearEnd: s.yearEnd ?? null,
      calendarVersion: String(s.calendarVersion),
      orgChartVersion: await this.orgChartAt(instant),
      source: {
        runId: chosen.run.runId,
        runIndex: chosen.run.runIndex,
        eventId: chosen.eventId,
        recordedAt: String(s.asOf),
        revision: Number(s.revision),
        live: chosen.live === true,
      },
      basis: { archivedRuns: found.archivedRuns.length, liveRunId: found.liveRunId, complete },
      timeline: mergeTimelines(snapshots).filter((line) => Date.parse(line.at) <= at),
      auditEntries: this.trail ? await this.trail.entriesOfTask(taskId, instant) : [],
    };
  }

  /**
   * The whole readable timeline of a task (Vietnamese), from every archived run and the
   * live one, with what it rests on: a running task not archived yet still names its
   * directive (from its latest snapshot) and counts its live run.
   */
  async timeline(taskId: string): Promise<TaskTimelineView> {
    const found = await taskSnapshotsWithLive(this.archive, this.live, taskId);
    const latest = found.snapshots.at(-1)?.value as { directiveId?: unknown; directiveNumber?: unknown } | undefined;
    const first = found.archivedRuns[0];
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    return {
      lines: mergeTimelines(found.snapshots),
      archivedRuns: found.archivedRuns,
      liveRunId: found.liveRunId,
      directiveId: first?.directiveId ?? text(latest?.directiveId),
      directiveNumber: first?.directiveNumber ?? text(latest?.directiveNumber),
    };
  }

  private async orgChartAt(instant: string): Promise<string | null> {
    if (!this.orgCharts) return null;
    const chart = versionInForce(await this.orgCharts.charts(), vnDateOf(instant));
    return chart ? `${chart.chartId}@v${chart.version}` : null;
  }
}

function latest(snapshots: TaskSnapshotRecord[]): TaskSnapshotRecord | undefined {
  let best: TaskSnapshotRecord | undefined;
  for (const s of snapshots) {
    if (!best) best = s;
    else {
      const [a, b] = [Date.parse(String(s.value.asOf)), Date.parse(String(best.value.asOf))];
      if (a > b || (a === b && Number(s.value.revision) >= Number(best.value.revision))) best = s;
    }
  }
  return best;
}

/** Each snapshot carries the latest 200 lines; their union is the full timeline. */
function mergeTimelines(snapshots: TaskSnapshotRecord[]): TimelineLine[] {
  const seen = new Map<string, TimelineLine>();
  for (const s of snapshots) {
    for (const line of (s.value.timeline as TimelineLine[] | undefined) ?? []) {
      const key = `${line.at}|${line.kind}|${line.text}`;
      if (!seen.has(key)) seen.set(key, line);
    }
  }
  return [...seen.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

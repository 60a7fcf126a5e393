import type { AuditEntry } from '../trail/audit-entry.types';

export interface TimelineLine {
  at: string;
  kind: string;
  text: string;
  by?: string;
}

/** The state of a task at a past instant, as the archived histories recorded it. */
export interface TaskStateAsOf {
  taskId: string;
  asOf: string;
  directiveId: string;
  directiveNumber: string;
  leadUnitId: string;
  status: string;
  statusLabel: string;
  dueAt: string | null;
  /** Past the due date and not finished at `asOf`, recomputed for that instant. */
  overdue: boolean;
  escalationLevel: number;
  reports: unknown[];
  evaluations: unknown[];
  yearEnd: unknown;
  /** The working-day calendar the workflow used. */
  calendarVersion: string;
  /** The org chart in force on that day ('<chartId>@v<version>'), if the charts are known. */
  orgChartVersion: string | null;
  /** Where the answer comes from: the latest snapshot recorded at or before `asOf`. */
  source: { runId: string; runIndex: number; eventId: string; recordedAt: string; revision: number; live: boolean };
  /**
   * What the answer rests on. `complete` is false when the instant falls after the last
   * archived run of a task that is still running and its current run could not be read.
   */
  basis: { archivedRuns: number; liveRunId: string | null; complete: boolean };
  timeline: TimelineLine[];
  /** Audit trail entries of the task up to `asOf` (who, role, unit, what, when). */
  auditEntries: AuditEntry[];
}

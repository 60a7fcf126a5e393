import { Delay } from '../task-definition/task-definition.types';
import { IsoInstant } from '../time/vn-time.util';

// A task's life as an explicit discriminated union on `status`. Being overdue and the
// escalation level are facts beside the status, not statuses: a task can be in progress
// AND overdue AND escalated to level 2 at once.

export interface EvidenceRef {
  /** What it is, e.g. 'Báo cáo số 12/BC-SNV ngày 15/02/2022'. */
  readonly title: string;
  /** Where to find it: a document id or URI. */
  readonly ref: string;
}

export interface ProgressReport {
  readonly percent: number;
  readonly note: string;
  readonly evidence: readonly EvidenceRef[];
  readonly at: IsoInstant;
}

export interface ExtensionRequest {
  /** 'ext-1', 'ext-2', …: numbered in order, so replays give the same ids. */
  readonly requestId: string;
  readonly newDueAt: IsoInstant;
  readonly reason: string;
  readonly requestedAt: IsoInstant;
  readonly decision?: { readonly approved: boolean; readonly at: IsoInstant };
}

export interface Submission {
  readonly summary: string;
  readonly evidence: readonly EvidenceRef[];
  readonly at: IsoInstant;
}

export interface TaskCore {
  readonly taskId: string;
  readonly leadUnitId: string;
  readonly assignedAt: IsoInstant;
  /** Kept so that a reassignment gives the new unit the same window. */
  readonly acknowledgeWithin: Delay;
  readonly acknowledgeBy?: IsoInstant;
  readonly acknowledgedAt?: IsoInstant;
  /** The current deadline, after extensions, rework and pauses. Absent: no deadline. */
  readonly dueAt?: IsoInstant;
  /**
   * The deadline as assigned, moved only by pauses (which stop the clock). Completion
   * after this but by `dueAt` is "đúng hạn sau gia hạn", not late.
   */
  readonly originalDueAt?: IsoInstant;
  readonly extensionRequests: readonly ExtensionRequest[];
  readonly lastProgress?: ProgressReport;
  /** 0 = not escalated. Raised by the follow-up, never lowered. */
  readonly escalationLevel: 0 | 1 | 2 | 3;
}

export type PausableStatusDetail =
  | { readonly status: 'assigned' }
  | { readonly status: 'acknowledged' }
  | { readonly status: 'in_progress' }
  | { readonly status: 'returned'; readonly rework: { readonly reason: string; readonly at: IsoInstant } };

export interface PauseInfo {
  readonly reason: string;
  readonly at: IsoInstant;
  /** Time left to the deadline when paused (negative if already overdue). */
  readonly dueRemainingMs?: number;
  /** Time left to acknowledge when paused. */
  readonly acknowledgeRemainingMs?: number;
}

export type TaskStatusDetail =
  | PausableStatusDetail
  | { readonly status: 'refused'; readonly refusal: { readonly reason: string; readonly at: IsoInstant } }
  | { readonly status: 'submitted'; readonly submission: Submission }
  | { readonly status: 'completed'; readonly submission: Submission; readonly approvedAt: IsoInstant }
  | { readonly status: 'paused'; readonly pause: PauseInfo; readonly resumeTo: PausableStatusDetail }
  | { readonly status: 'cancelled'; readonly cancellation: { readonly reason: string; readonly at: IsoInstant } };

export type TaskState = TaskCore & TaskStatusDetail;
export type TaskStatus = TaskState['status'];

export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, { readonly vi: string; readonly en: string }>> = {
  assigned: { vi: 'chờ tiếp nhận', en: 'assigned' },
  acknowledged: { vi: 'đã tiếp nhận', en: 'acknowledged' },
  refused: { vi: 'bị từ chối', en: 'refused' },
  in_progress: { vi: 'đang thực hiện', en: 'in progress' },
  submitted: { vi: 'đã báo cáo hoàn thành, chờ phê duyệt', en: 'submitted' },
  returned: { vi: 'bị trả lại để hoàn thiện', en: 'returned for rework' },
  completed: { vi: 'đã hoàn thành', en: 'completed' },
  paused: { vi: 'tạm dừng', en: 'paused' },
  cancelled: { vi: 'đã hủy', en: 'cancelled' },
};

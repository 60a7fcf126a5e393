import { WorkingCalendar } from '../calendar/working-calendar';
import { Instant } from '../time/vn-time.util';
import { TaskDefinition } from '../task-definition/task-definition.types';
import { DEFAULT_TASK_POLICY } from '../task-definition/task-policy.defaults';
import { resolveTaskSchedule } from '../task-definition/task-schedule.resolve';
import { TaskState } from './task-state.types';

export interface AssignTaskInput {
  readonly taskId: string;
  readonly definition: TaskDefinition;
  readonly assignedAt: Instant;
  readonly calendar: WorkingCalendar;
}

/**
 * The first state of a task. A recurring duty has no single deadline (each period is
 * followed and evaluated on its own), so only a one-off deadline sets `dueAt`.
 */
export function assignTask({ taskId, definition, assignedAt, calendar }: AssignTaskInput): TaskState {
  const schedule = resolveTaskSchedule(definition, assignedAt, calendar);
  return {
    taskId,
    leadUnitId: definition.leadUnitId,
    assignedAt: schedule.assignedAt,
    acknowledgeWithin: definition.acknowledgeWithin ?? DEFAULT_TASK_POLICY.acknowledgeWithin,
    acknowledgeBy: schedule.acknowledgeBy,
    dueAt: schedule.due?.dueAt,
    originalDueAt: schedule.due?.dueAt,
    extensionRequests: [],
    escalationLevel: 0,
    status: 'assigned',
  };
}

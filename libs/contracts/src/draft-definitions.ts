import type { DeadlineInput, DirectiveDraft } from './directive-draft.schema';
import { taskDefinitionSchema, type Schedule, type TaskDefinition } from './task-definition.schema';
import { parseOrThrow } from './validation';

// A draft directive's tasks as the wire definitions each task workflow starts from: one
// per item × lead unit. Issuing uses it, and so does the preview of a draft's year, so
// both follow the very same definitions.

export function scheduleOf(deadline: DeadlineInput | null, directiveDate: string): Schedule {
  if (!deadline) return { kind: 'none' };
  if ('at' in deadline) return { kind: 'deadline', at: deadline.at };
  if ('workingDays' in deadline) return { kind: 'deadline', workingDays: deadline.workingDays };
  return { kind: 'recurring', every: deadline.every, dueDay: deadline.dueDay, from: deadline.from ?? directiveDate, until: deadline.until };
}

export function taskDefinitionsOf(
  draft: DirectiveDraft,
  o: { directiveId: string; assignedAt: string; taskIdOf: (directiveId: string, itemRef: string, unitId: string) => string },
): TaskDefinition[] {
  return draft.tasks.flatMap((task, i) =>
    task.leadUnitIds.map((leadUnitId, j) =>
      parseOrThrow(
        taskDefinitionSchema,
        {
          schemaVersion: 1,
          taskId: o.taskIdOf(o.directiveId, task.itemRef, leadUnitId),
          directiveId: o.directiveId,
          directiveNumber: draft.number,
          directiveDate: draft.date,
          itemRef: task.itemRef,
          text: task.text,
          leadUnitId,
          supportUnitIds: task.supportUnitIds.filter((u) => u !== leadUnitId),
          issuerUnitId: draft.issuerUnitId,
          assignedAt: o.assignedAt,
          schedule: scheduleOf(task.deadline, draft.date),
          ...(task.acknowledgeWithin ? { acknowledgeWithin: task.acknowledgeWithin } : {}),
          ...(task.reminderWorkingDays ? { reminderWorkingDays: task.reminderWorkingDays } : {}),
          ...(task.escalation ? { escalation: task.escalation } : {}),
          ...(task.evaluationRuleId ? { evaluationRuleId: task.evaluationRuleId } : {}),
        },
        `tasks.${i}.leadUnitIds.${j}`,
      ),
    ),
  );
}

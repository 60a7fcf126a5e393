import { taskDefinitionSchema } from '@dondoc/contracts';
import type { TaskFollowUpInput } from '@dondoc/task-follow-up';

/**
 * The first day of next month: a duty whose first period is this month may already be
 * overdue (after the 25th, or late on the 25th when it is already the 26th in Vietnam),
 * and an overdue first period escalates at once: the work measured would then depend on
 * the day and hour the benchmark runs.
 */
export function nextMonthStart(now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}

/**
 * A realistic task input: one 907/UBND-NV item for one unit, a monthly recurring duty
 * through the year's end (the seed's shape), so timers sit weeks ahead and the workflow
 * stays open.
 */
export function seedLikeInput(runId: string, i: number, now = new Date()): TaskFollowUpInput {
  const year = now.getUTCFullYear();
  return {
    schemaVersion: 1,
    definition: taskDefinitionSchema.parse({
      schemaVersion: 1,
      taskId: `${runId}-${i}`,
      directiveId: `${runId}-d${Math.floor(i / 30)}`,
      directiveNumber: '907/UBND-NV',
      directiveDate: now.toISOString().slice(0, 10),
      itemRef: String((i % 6) + 1),
      text: 'Nâng cao chất lượng xây dựng, ban hành quy chế, quy trình làm việc nội bộ, chương trình, kế hoạch công tác ...',
      leadUnitId: 'so-noi-vu',
      assignedAt: now.toISOString(),
      schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: nextMonthStart(now), until: `${year + 1}-12-31` },
    }),
  };
}

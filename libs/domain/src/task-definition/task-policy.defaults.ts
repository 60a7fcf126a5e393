import { Delay, EscalationLevel, EscalationPolicy } from './task-definition.types';

// Defaults applied when a directive says nothing (the same as @dondoc/contracts' schema
// defaults). Two working days to acknowledge is the usual "tiếp nhận văn bản" practice;
// reminders three and one working day ahead give a unit time to act and a last call;
// escalation every two working days climbs one rung of the ladder below.
export const DEFAULT_TASK_POLICY = {
  acknowledgeWithin: { workingDays: 2 } as Delay,
  remindBefore: [3, 1] as readonly number[],
  escalation: { maxLevel: 3, delay: { workingDays: 2 } } as EscalationPolicy,
  /** Reminders go out at the start of office hours, Vietnam time. */
  reminderLocalTime: { hour: 8, minute: 0 },
} as const;

/** Who is told at each escalation level. */
export const ESCALATION_LEVEL_NAMES: Readonly<Record<EscalationLevel, string>> = {
  1: 'Thủ trưởng đơn vị chủ trì',
  2: 'Lãnh đạo phụ trách của cơ quan ban hành văn bản',
  3: 'Người đứng đầu cơ quan ban hành văn bản',
};

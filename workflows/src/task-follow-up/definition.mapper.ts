import type { TaskDefinition as WireTaskDefinition } from '@dondoc/contracts';
import type { TaskDefinition } from '@dondoc/domain';

type TaskTiming = TaskDefinition['timing'];

// The wire definition (contracts, as it travels on Kafka and into the workflow) to the
// domain's definition (what the calendar and the lifecycle rules understand).

export function toDomainDefinition(wire: WireTaskDefinition): TaskDefinition {
  return {
    directive: {
      directiveId: wire.directiveId,
      number: wire.directiveNumber,
      issuedOn: wire.directiveDate ?? wire.assignedAt.slice(0, 10),
      issuer: wire.issuerUnitId ?? '',
    },
    item: wire.itemRef,
    text: wire.text,
    leadUnitId: wire.leadUnitId,
    supportingUnitIds: wire.supportUnitIds,
    timing: timingOf(wire.schedule),
    acknowledgeWithin: wire.acknowledgeWithin,
    remindBefore: wire.reminderWorkingDays,
    escalation: { maxLevel: wire.escalation.levels as 1 | 2 | 3, delay: wire.escalation.delay },
  };
}

function timingOf(schedule: WireTaskDefinition['schedule']): TaskTiming {
  switch (schedule.kind) {
    case 'none':
      return { kind: 'none' };
    case 'deadline':
      return { kind: 'deadline', deadline: 'at' in schedule ? { at: schedule.at } : { workingDays: schedule.workingDays } };
    case 'recurring':
      return { kind: 'recurring', duty: { every: schedule.every, dueDay: schedule.dueDay, from: schedule.from, until: schedule.until } };
  }
}

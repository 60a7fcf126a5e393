import type { Envelope } from '@dondoc/contracts';

/** A valid task.acknowledged envelope for task `taskId` at `revision`. */
export function acknowledgedEvent(taskId: string, revision = 2): Envelope {
  return {
    eventId: `task:${taskId}:r${revision}:task.acknowledged`,
    type: 'task.acknowledged',
    schemaVersion: 1,
    occurredAt: '2022-01-26T08:00:00+07:00',
    correlationId: 'directive:d1',
    causationId: null,
    key: taskId,
    payload: {
      taskId,
      directiveId: 'd1',
      directiveNumber: '907/UBND-NV',
      itemRef: '1',
      leadUnitId: 'so-noi-vu',
      revision,
      status: 'acknowledged',
      actor: { userId: 'u1', role: 'unit-head', unitId: 'so-noi-vu' },
      at: '2022-01-26T08:00:00+07:00',
    },
  };
}

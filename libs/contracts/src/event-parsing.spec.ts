import { parseEvent } from './event-parsing';
import { ContractViolation } from './validation';

const envelope = (over: Record<string, unknown> = {}) => ({
  eventId: 'task:t1:acknowledged',
  type: 'task.acknowledged',
  schemaVersion: 1,
  occurredAt: '2022-01-26T08:00:00+07:00',
  correlationId: 'directive:d1',
  causationId: null,
  key: 't1',
  payload: {
    taskId: 't1',
    directiveId: 'd1',
    directiveNumber: '907/UBND-NV',
    itemRef: '1',
    leadUnitId: 'so-noi-vu',
    revision: 2,
    status: 'acknowledged',
    actor: { userId: 'u1', role: 'unit-head', unitId: 'so-noi-vu' },
    at: '2022-01-26T08:00:00+07:00',
  },
  ...over,
});

function problemsOf(raw: string | null): string[] {
  try {
    parseEvent(raw);
  } catch (e) {
    if (e instanceof ContractViolation) return e.problems;
    throw e;
  }
  throw new Error('expected a ContractViolation');
}

describe('parseEvent', () => {
  it('accepts a valid event and types its payload', () => {
    const event = parseEvent(JSON.stringify(envelope()));
    expect(event.type).toBe('task.acknowledged');
    expect(event.payload).toMatchObject({ taskId: 't1', revision: 2 });
  });

  it('says exactly what is wrong', () => {
    expect(problemsOf(null)).toEqual(['empty message']);
    expect(problemsOf('{oops')[0]).toMatch(/^not JSON/);
    expect(problemsOf(JSON.stringify(envelope({ type: 'task.exploded' })))).toEqual(["type: unknown event type 'task.exploded'"]);
    expect(problemsOf(JSON.stringify(envelope({ schemaVersion: 9 })))).toEqual(['schemaVersion: 9 is newer than this consumer knows (1)']);
    expect(problemsOf(JSON.stringify(envelope({ occurredAt: 'yesterday' }))).join()).toContain('occurredAt');
    const bad = envelope();
    (bad.payload as Record<string, unknown>).revision = -1;
    expect(problemsOf(JSON.stringify(bad)).join()).toContain('payload.revision');
  });
});

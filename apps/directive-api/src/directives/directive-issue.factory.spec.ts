import { parseEvent, TOPICS } from '@dondoc/contracts';
import type { DirectiveRecord } from '@dondoc/persistence';
import { directiveIdOf, taskIdOf } from '@dondoc/domain';
import { buildIssue, buildWithdrawal } from './directive-issue.factory';

const actor = { userId: 'van-phong-ubnd-tinh.vanthu', role: 'issuer' as const, unitId: 'van-phong-ubnd-tinh' };
const directive = {
  id: directiveIdOf('907/UBND-NV', '2022-01-25'),
  number: '907/UBND-NV',
  date: '2022-01-25',
  subject: 'Kỷ cương hành chính',
  issuerUnitId: 'ubnd-tinh',
  tasks: [
    {
      itemRef: '1',
      text: 'Tuyên truyền',
      leadUnitIds: ['so-noi-vu', 'so-y-te'],
      supportUnitIds: ['so-y-te', 'so-tu-phap'],
      deadline: { every: 'month', dueDay: 25, until: '2022-12-31' },
    },
    {
      itemRef: '2',
      text: 'Kiểm tra',
      leadUnitIds: ['thanh-tra-tinh'],
      supportUnitIds: [],
      deadline: null,
      acknowledgeWithin: { ms: 1000 },
    },
  ],
  assignments: [],
} as unknown as DirectiveRecord;

describe('issuing a directive', () => {
  it('fans out one task per item and lead unit, with deterministic ids and valid events, in order', () => {
    expect(directive.id).toBe('907-ubnd-nv-2022-01-25');
    const { assignments, events, definitions } = buildIssue(directive, actor, '2022-01-26T08:00:00.000Z', TOPICS);
    expect(assignments.map((a) => a.taskId)).toEqual([
      taskIdOf(directive.id, '1', 'so-noi-vu'),
      taskIdOf(directive.id, '1', 'so-y-te'),
      taskIdOf(directive.id, '2', 'thanh-tra-tinh'),
    ]);
    expect(definitions[1].supportUnitIds).toEqual(['so-tu-phap']); // a lead unit is not its own supporter
    expect(definitions[0].schedule).toEqual({ kind: 'recurring', every: 'month', dueDay: 25, from: '2022-01-25', until: '2022-12-31' });
    expect(definitions[2]).toMatchObject({ schedule: { kind: 'none' }, acknowledgeWithin: { ms: 1000 } });
    expect(events.map((e) => [e.type, e.topic])).toEqual([
      ['directive.issued', TOPICS.directiveEvents],
      ['task.assigned', TOPICS.taskEvents],
      ['task.assigned', TOPICS.taskEvents],
      ['task.assigned', TOPICS.taskEvents],
    ]);
    // What goes to Kafka passes the consumers' contract validation.
    for (const e of events) expect(parseEvent(e.value).eventId).toBe(e.eventId);
    expect(JSON.parse(events[0].value)).toMatchObject({ payload: { taskCount: 3, taskIds: assignments.map((a) => a.taskId) } });
    expect(events[1]).toMatchObject({ eventId: `task:${assignments[0].taskId}:assigned`, key: assignments[0].taskId });
    const again = buildIssue(directive, actor, '2022-01-26T08:00:00.000Z', TOPICS);
    expect(again.events.map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
  });

  it('withdraws with one event naming every task', () => {
    const issued = { ...directive, assignments: buildIssue(directive, actor, '2022-01-26T08:00:00.000Z', TOPICS).assignments };
    const [event] = buildWithdrawal(issued, actor, 'Thay thế', '2022-02-01T08:00:00.000Z', TOPICS);
    const parsed = parseEvent(event.value);
    expect(parsed.type).toBe('directive.withdrawn');
    expect(parsed.payload).toMatchObject({ taskCount: 3, taskIds: issued.assignments.map((a) => a.taskId) });
  });

  it('withdraws a national directive with its task count only: the ids are the assignments, and the event stays small', () => {
    const communes = Array.from({ length: 3321 }, (_, i) => `xa-${String(i + 1).padStart(4, '0')}`);
    const national = {
      ...directive,
      tasks: [{ ...directive.tasks[0], leadUnitIds: communes, supportUnitIds: [] }],
    } as unknown as DirectiveRecord;
    const issued = { ...national, assignments: buildIssue(national, actor, '2026-01-26T08:00:00.000Z', TOPICS).assignments };
    const [event] = buildWithdrawal(issued, actor, 'Thay thế', '2026-02-01T08:00:00.000Z', TOPICS);
    const parsed = parseEvent(event.value);
    expect(parsed.payload).toMatchObject({ taskCount: 3321 });
    expect(parsed.payload).not.toHaveProperty('taskIds');
    expect(event.value.length).toBeLessThan(2_000);
  });
});

// End to end on the real servers: an administrator publishes a working calendar version
// (a day off on the next working day) through the API while a task with a working-day
// deadline runs; the orchestrator's rollout delivers it and the task's deadline moves by
// one working day, without a restart. Bad data answers 400 naming each day at fault in
// Vietnamese and English, other roles 403, and the publication is in the audit trail.
import { VN_CIVIL_SERVICE_CALENDAR, createWorkingCalendar, vnDateOf, vnEndOfDay, type CalendarData } from '@dondoc/domain';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { uniqueName } from '@dondoc/testing';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import mongoose from 'mongoose';
import { DondocStack, eventually } from '../support/dondoc-stack';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../../..');

interface DirectiveView {
  id: string;
  assignments: { taskId: string; leadUnitId: string }[];
}

describe('calendar versions published on a running stack', () => {
  let stack: DondocStack;

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-cal', ['directive-api', 'worker', 'orchestrator']);
  });
  afterAll(async () => stack?.stop());

  it('moves the working-day deadline of a running task, refuses bad data, and audits the publication', async () => {
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh', 'van-phong-ubnd-tinh.vanthu');
    const admin = await stack.token('admin', 'van-phong-ubnd-tinh', 'van-phong-ubnd-tinh.quantri');
    const draft = await stack.call<DirectiveView>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number: `${uniqueName('CAL')}/UBND-VP`,
        date: new Date().toISOString().slice(0, 10),
        subject: 'Thử nghiệm công bố lịch làm việc',
        issuerUnitId: 'ubnd-tinh',
        tasks: [{ itemRef: '1', text: 'Báo cáo kết quả rà soát văn bản', leadUnitIds: ['so-noi-vu'], deadline: { workingDays: 5 } }],
      },
    });
    expect(draft.status).toBe(201);
    const issued = await stack.call<DirectiveView>('POST', `/v1/directives/${draft.body.id}/issue`, { token: issuer });
    expect(issued.status).toBe(200);
    const taskId = issued.body.assignments[0].taskId;
    const task = () => stack.call<TaskSnapshot>('GET', `/v1/tasks/${taskId}`, { token: admin }).then((r) => r.body);
    const before = await eventually(task, (t) => Boolean(t?.dueAt), 60_000, 'the task projected');
    expect(before.calendarSequence).toBe(1);

    // The next working day after today becomes a day off: the deadline moves to the working day after it.
    const v1 = createWorkingCalendar(VN_CIVIL_SERVICE_CALENDAR);
    const dayOff = v1.nextWorkingDay(new Date());
    const year = Number(dayOff.slice(0, 4));
    const yearData = VN_CIVIL_SERVICE_CALENDAR.years[year];
    if (!yearData) throw new Error(`no data for ${year} in version 1: extend the spec`);
    const daysOff = [{ date: dayOff, name: 'Nghỉ theo thông báo thử nghiệm', notice: 'Thông báo thử nghiệm số 1/TB-E2E' }];

    const bad = await stack.call<{ message: string; problems: string[] }>('POST', '/v1/calendar-versions', {
      token: admin,
      body: {
        notice: 'Thông báo thử nghiệm',
        years: { [year]: { ...yearData, daysOff: [{ ...daysOff[0], date: `${year}-09-05` }], nationalDayAdjacent: `${year}-09-04` } },
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems).toContain(
      `years.${year}.nationalDayAdjacent: ngày liền kề Quốc khánh phải là 01/09 hoặc 03/09/${year} (must be 1 or 3 September ${year})`,
    );
    const forbidden = await stack.call('POST', '/v1/calendar-versions', {
      token: issuer,
      body: { notice: 'Thông báo thử nghiệm', years: { [year]: { ...yearData, daysOff } } },
    });
    expect(forbidden.status).toBe(403);

    const published = await stack.call<{ sequence: number; data: CalendarData }>('POST', '/v1/calendar-versions', {
      token: admin,
      body: { notice: 'Thông báo thử nghiệm số 1/TB-E2E', basedOn: 1, years: { [year]: { ...yearData, daysOff } } },
    });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ sequence: 2, data: { version: 'vn-civil-service/v2' } });
    const stale = await stack.call('POST', '/v1/calendar-versions', {
      token: admin,
      body: { notice: 'Thông báo thử nghiệm số 2', basedOn: 1, years: { [year]: yearData } },
    });
    expect(stale.status).toBe(409);

    // The list is paged by the server like every list: newest first, the total in X-Total-Count.
    const first = await stack.call<{ sequence: number }[]>('GET', '/v1/calendar-versions?page=1&pageSize=1', { token: admin });
    expect(first.status).toBe(200);
    expect(first.body.map((v) => v.sequence)).toEqual([2]);
    expect(first.headers.get('x-total-count')).toBe('2');
    const second = await stack.call<{ sequence: number }[]>('GET', '/v1/calendar-versions?page=2&pageSize=1', { token: admin });
    expect(second.body.map((v) => v.sequence)).toEqual([1]);
    const oldestFirst = await stack.call<{ sequence: number }[]>('GET', '/v1/calendar-versions?sort=sequence', { token: admin });
    expect(oldestFirst.body.map((v) => v.sequence)).toEqual([1, 2]);
    const badSort = await stack.call<{ problems: string[] }>('GET', '/v1/calendar-versions?sort=notice', { token: admin });
    expect(badSort.status).toBe(400);

    const after = await eventually(task, (t) => t.calendarSequence === 2, 60_000, 'the rollout of version 2');
    const expected = vnEndOfDay(createWorkingCalendar(published.body.data).shiftWorkingDays(vnDateOf(before.state.assignedAt), 5));
    expect(after.dueAt).toBe(expected);
    expect(vnDateOf(after.dueAt ?? '')).toBe(v1.nextWorkingDay(vnDateOf(before.dueAt ?? '')));
    expect(after.timeline.at(-1)?.text).toContain('Áp dụng lịch làm việc phiên bản 2');

    const db = await mongoose.createConnection(stack.env.MONGODB_URI).asPromise();
    try {
      const entry = await db.collection('audit_entries').findOne({ directiveId: 'reference-data:calendar', what: 'calendar.published' });
      expect(entry).toMatchObject({
        who: 'van-phong-ubnd-tinh.quantri',
        role: 'admin',
        details: { sequence: 2, notice: 'Thông báo thử nghiệm số 1/TB-E2E' },
      });
    } finally {
      await db.close();
    }

    // The CLI lists both versions through the same API.
    const listed = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [path.join(ROOT, 'bin/dondoc.js'), 'calendar', 'list', '--api', stack.baseUrl, '--token', admin],
        { cwd: ROOT },
        (e, out, err) => (e ? reject(new Error(err)) : resolve(out)),
      ),
    );
    expect(
      listed
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t').slice(0, 2)),
    ).toEqual([
      ['2', 'vn-civil-service/v2'],
      ['1', 'vn-civil-service/2026-1'],
    ]);
  });
});

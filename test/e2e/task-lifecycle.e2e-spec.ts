// Every task command through the API into the task's workflow and back, on real processes:
// 200 with the new snapshot, 409 with the workflow's reason, the read model catching up.
import { uniqueName } from '@dondoc/testing';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { DondocStack, eventually } from './support/dondoc-stack';

jest.setTimeout(300_000);

describe('task commands through the API', () => {
  let stack: DondocStack;

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-life', ['directive-api', 'worker', 'orchestrator']);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('follows a task from acknowledgement to approval, and another through pause, refusal and reassignment', async () => {
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const leader = await stack.token('leader', 'ubnd-tinh', 'ubnd-tinh.pct-noi-chinh');
    const admin = await stack.token('admin', 'so-thong-tin-truyen-thong');
    const headOf = (unit: string) => stack.token('unit-head', unit, `${unit}.giamdoc`);
    const assigneeOf = (unit: string) => stack.token('assignee', unit, `${unit}.chuyenvien`);
    const draft = await stack.call<{ id: string }>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number: `${uniqueName('LIFE')}/UBND-NV`,
        date: new Date().toISOString().slice(0, 10),
        subject: 'Thử nghiệm vòng đời nhiệm vụ',
        issuerUnitId: 'ubnd-tinh',
        tasks: [
          {
            itemRef: '2',
            text: 'Xây dựng quy chế làm việc',
            leadUnitIds: ['so-noi-vu', 'so-y-te'],
            deadline: { at: new Date(Date.now() + 3_600_000).toISOString() },
          },
        ],
      },
    });
    const issued = await stack.call<{ assignments: { taskId: string; leadUnitId: string }[] }>(
      'POST',
      `/v1/directives/${draft.body.id}/issue`,
      { token: issuer },
    );
    const id = (unit: string) => encodeURIComponent(issued.body.assignments.find((a) => a.leadUnitId === unit)?.taskId ?? '');
    await eventually(
      () => stack.call<unknown[]>('GET', `/v1/tasks?directiveId=${draft.body.id}`, { token: admin }),
      (r) => r.body.length === 2,
      90_000,
      'both tasks followed',
    );
    const command = async (token: string, unit: string, path: string, body: unknown = {}) =>
      stack.call<TaskSnapshot & { message?: string }>('POST', `/v1/tasks/${id(unit)}/${path}`, { token, body });

    // so-noi-vu: the whole way to approval.
    expect((await command(await headOf('so-noi-vu'), 'so-noi-vu', 'acknowledge', { note: 'Đã tiếp nhận' })).body.status).toBe(
      'acknowledged',
    );
    const progress = await command(await assigneeOf('so-noi-vu'), 'so-noi-vu', 'progress', {
      percent: 40,
      note: 'Đã dự thảo quy chế',
      evidence: [{ title: 'Dự thảo', ref: 'doc-1' }],
    });
    expect(progress.status).toBe(200);
    expect(progress.body.reports.at(-1)).toMatchObject({ percent: 40, note: 'Đã dự thảo quy chế' });
    const newDueAt = new Date(Date.now() + 7_200_000).toISOString();
    const requested = await command(await assigneeOf('so-noi-vu'), 'so-noi-vu', 'extension-requests', {
      newDueAt,
      reason: 'Chờ góp ý của các sở',
    });
    expect(requested.status).toBe(200);
    const requestId = requested.body.extensions.at(-1)?.requestId as string;
    expect(requestId).toBeTruthy();
    expect(
      (
        await stack.call('POST', `/v1/tasks/${id('so-noi-vu')}/extension-requests/${requestId}/decision`, {
          token: await headOf('so-noi-vu'),
          body: { approve: true },
        })
      ).status,
    ).toBe(403);
    const decided = await stack.call<TaskSnapshot>(
      'POST',
      `/v1/tasks/${id('so-noi-vu')}/extension-requests/${encodeURIComponent(requestId)}/decision`,
      { token: leader, body: { approve: true } },
    );
    expect(decided.status).toBe(200);
    expect(Date.parse(decided.body.dueAt ?? '')).toBe(Date.parse(newDueAt));
    expect((await command(await assigneeOf('so-noi-vu'), 'so-noi-vu', 'submit', { summary: 'Đã ban hành quy chế' })).body.status).toBe(
      'submitted',
    );
    expect((await command(issuer, 'so-noi-vu', 'return', { reason: 'Bổ sung quy trình phối hợp' })).body.status).toBe('returned');
    expect((await command(await assigneeOf('so-noi-vu'), 'so-noi-vu', 'submit', { summary: 'Đã bổ sung' })).body.status).toBe('submitted');
    expect((await command(leader, 'so-noi-vu', 'approve', { note: 'Đạt' })).body.status).toBe('completed');
    const late = await command(await assigneeOf('so-noi-vu'), 'so-noi-vu', 'progress', { percent: 100, note: 'x' });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/\S/);
    const noiVuHead = await headOf('so-noi-vu');
    const done = await eventually(
      () => stack.call<TaskSnapshot>('GET', `/v1/tasks/${id('so-noi-vu')}`, { token: noiVuHead }),
      (r) => r.body.status === 'completed',
      60_000,
      'the read model to show completion',
    );
    expect(done.body.timeline.map((t) => t.text).join('\n')).toContain('Phê duyệt kết quả');

    // so-y-te: paused and resumed, refused, then reassigned to so-tai-chinh.
    expect((await command(issuer, 'so-y-te', 'pause', { reason: 'Chờ ý kiến Bộ Nội vụ' })).body.status).toBe('paused');
    expect((await command(issuer, 'so-y-te', 'resume')).body.status).toBe('assigned');
    expect((await command(await headOf('so-y-te'), 'so-y-te', 'refuse', { reason: 'Không thuộc chức năng của Sở Y tế' })).body.status).toBe(
      'refused',
    );
    const moved = await command(leader, 'so-y-te', 'reassign', { toUnitId: 'so-tai-chinh' });
    expect(moved.body).toMatchObject({ status: 'assigned', leadUnitId: 'so-tai-chinh' });
    await eventually(
      () => stack.call<TaskSnapshot>('GET', `/v1/tasks/${id('so-y-te')}`, { token: admin }),
      (r) => r.body.leadUnitId === 'so-tai-chinh',
      60_000,
      'the read model to show the new unit',
    );
    expect((await command(await headOf('so-y-te'), 'so-y-te', 'acknowledge')).status).toBe(403);
    expect((await command(await headOf('so-tai-chinh'), 'so-y-te', 'acknowledge')).body.status).toBe('acknowledged');
  });
});

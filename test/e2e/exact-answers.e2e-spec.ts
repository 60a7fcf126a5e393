// What an outside HTTP client found misleading, answered exactly (issue 15, item 5), on
// real processes: a task whose workflow has not started, a closed or finished task, unknown
// ids, unreadable bodies, validation problems, deadlines already past, unit names.
import { MongoAuditTrail, verifyChain } from '@dondoc/audit';
import { uniqueName } from '@dondoc/testing';
import mongoose from 'mongoose';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { DondocStack, eventually } from './support/dondoc-stack';

jest.setTimeout(300_000);

interface Problem {
  statusCode: number;
  error: string;
  message: string;
  problems?: string[];
}

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

describe('exact answers of the directive API', () => {
  let stack: DondocStack;

  beforeAll(async () => {
    // No orchestrator yet: issued tasks stay "assigning" (their workflows cannot start).
    stack = await DondocStack.start('e2e-exact', ['directive-api']);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const draftOf = (deadline: unknown, leadUnitIds = ['so-noi-vu']) => ({
    number: `${uniqueName('EXACT')}/UBND-NV`,
    date: new Date().toISOString().slice(0, 10),
    subject: 'Thử nghiệm câu trả lời chính xác',
    issuerUnitId: 'ubnd-tinh',
    tasks: [{ itemRef: '1', text: 'Rà soát quy chế', leadUnitIds, deadline }],
  });

  it('answers malformed JSON and invalid fields in one shape, with problems in Vietnamese and English', async () => {
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const malformed = await stack.call<Problem>('POST', '/v1/directives', { token: issuer, rawBody: '{"number": "1/UBND' });
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.body).sort()).toEqual(['error', 'message', 'problems', 'statusCode']);
    expect(malformed.body.problems).toEqual([expect.stringMatching(/^\(body\): JSON không hợp lệ \(.+\)$/)]);

    const invalid = await stack.call<Problem>('POST', '/v1/directives', { token: issuer, body: { date: '25/01/2022' } });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body).sort()).toEqual(['error', 'message', 'problems', 'statusCode']);
    expect(invalid.body.problems).toContain(
      'number: thiếu trường bắt buộc (cần chuỗi ký tự) (Invalid input: expected string, received undefined)',
    );
    expect(invalid.body.problems).toContain('date: phải là ngày dạng YYYY-MM-DD (expected a date as YYYY-MM-DD)');
  });

  it('refuses a 2 MB body with 413 without reading it, and sends security headers and CORS for the web origin only', async () => {
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const big = await stack.call<Problem>('POST', '/v1/directives', {
      token: issuer,
      body: { ...draftOf(null), subject: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(big.status).toBe(413);
    expect(big.body.problems).toEqual(['(body): nội dung vượt quá 1024 KiB (body exceeds the 1024 KiB limit)']);
    const fromWeb = await stack.call('GET', '/v1/org-units', { token: issuer, headers: { origin: 'http://127.0.0.1:8080' } });
    expect(fromWeb.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');
    expect(fromWeb.headers.get('x-content-type-options')).toBe('nosniff');
    const fromElsewhere = await stack.call('GET', '/v1/org-units', { token: issuer, headers: { origin: 'http://evil.example' } });
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses to issue a deadline already past, naming the task, and issues nothing', async () => {
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const draft = await stack.call<{ id: string }>('POST', '/v1/directives', {
      token: issuer,
      body: draftOf({ at: '2020-03-31T17:00:00+07:00' }),
    });
    expect(draft.status).toBe(201);
    const refused = await stack.call<Problem>('POST', `/v1/directives/${draft.body.id}/issue`, { token: issuer });
    expect(refused.status).toBe(400);
    expect(refused.body.problems).toEqual([
      'tasks.0.deadline.at: thời hạn 2020-03-31T17:00:00+07:00 đã qua, không thể giao nhiệm vụ (mục 1) (the deadline is already past)',
    ]);
    expect((await stack.call<{ status: string }>('GET', `/v1/directives/${draft.body.id}`, { token: issuer })).body.status).toBe('draft');

    // Who drafted it is in the directive's audit chain before anything is issued (recorded once despite the retry at issue).
    const connection = await mongoose.createConnection(stack.env.MONGODB_URI).asPromise();
    try {
      const entries = await new MongoAuditTrail(connection).entries(draft.body.id);
      expect(entries.map((e) => [e.what, e.who, e.role, e.unit])).toEqual([
        ['directive.drafted', 'van-phong-ubnd-tinh.issuer', 'issuer', 'van-phong-ubnd-tinh'],
      ]);
      expect(entries[0].details).toMatchObject({ taskCount: 1, draftSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(verifyChain({ directiveId: draft.body.id, entries }).ok).toBe(true);
    } finally {
      await connection.close();
    }
  });

  it('answers 404 for unknown ids, 403 with unit names, and 409 with Retry-After while a task is starting', async () => {
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const head = await stack.token('unit-head', 'so-noi-vu', 'so-noi-vu.giamdoc');
    expect((await stack.call<Problem>('POST', '/v1/tasks/khong-co-nhiem-vu-nay/acknowledge', { token: head, body: {} })).status).toBe(404);
    expect((await stack.call<Problem>('GET', '/v1/tasks/khong-co-nhiem-vu-nay', { token: head })).status).toBe(404);
    expect((await stack.call<Problem>('GET', '/v1/directives/khong-co-van-ban-nay', { token: issuer })).status).toBe(404);
    expect((await stack.call<Problem>('POST', '/v1/directives/khong-co-van-ban-nay/issue', { token: issuer })).status).toBe(404);

    const draft = await stack.call<{ id: string }>('POST', '/v1/directives', { token: issuer, body: draftOf({ at: inAnHour() }) });
    const issued = await stack.call<{ assignments: { taskId: string }[] }>('POST', `/v1/directives/${draft.body.id}/issue`, {
      token: issuer,
    });
    expect(issued.status).toBe(200);
    const taskId = encodeURIComponent(issued.body.assignments[0].taskId);

    const starting = await stack.call<Problem & { retryAfterSeconds: number }>('POST', `/v1/tasks/${taskId}/acknowledge`, {
      token: head,
      body: {},
    });
    expect(starting.status).toBe(409);
    expect(starting.headers.get('retry-after')).toBe('3');
    expect(starting.body.message).toMatch(
      /^Nhiệm vụ .+ đang được khởi tạo quy trình theo dõi, vui lòng thử lại sau 3 giây \(the task's follow-up is still starting; retry in 3 s\)$/,
    );

    const other = await stack.call<Problem>('POST', `/v1/tasks/${taskId}/acknowledge`, {
      token: await stack.token('unit-head', 'so-y-te'),
      body: {},
    });
    expect(other.status).toBe(403);
    expect(other.body.message).toContain('do Sở Nội vụ chủ trì, ngoài phạm vi của Sở Y tế');
    expect(other.body.message.replace(decodeURIComponent(taskId), '<task>')).not.toMatch(/so-noi-vu|so-y-te/);
  });

  it('once followed: 404 for an unknown extension request, 409 for a second approval, names in the timeline', async () => {
    await Promise.all([stack.startApp('orchestrator'), stack.startApp('worker')]);
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const leader = await stack.token('leader', 'ubnd-tinh', 'ubnd-tinh.pct-noi-chinh');
    const draft = await stack.call<{ id: string }>('POST', '/v1/directives', {
      token: issuer,
      body: draftOf({ at: inAnHour() }, ['so-noi-vu', 'so-y-te']),
    });
    const issued = await stack.call<{ assignments: { taskId: string; leadUnitId: string }[] }>(
      'POST',
      `/v1/directives/${draft.body.id}/issue`,
      { token: issuer },
    );
    const id = (unit: string) => encodeURIComponent(issued.body.assignments.find((a) => a.leadUnitId === unit)?.taskId ?? '');
    const head = await stack.token('unit-head', 'so-noi-vu', 'so-noi-vu.giamdoc');
    const ack = await eventually(
      () => stack.call<TaskSnapshot & Problem>('POST', `/v1/tasks/${id('so-noi-vu')}/acknowledge`, { token: head, body: {} }),
      (r) => r.status !== 409,
      90_000,
      'the workflow to start (409 + Retry-After until then)',
    );
    expect(ack.body.status).toBe('acknowledged');

    const unknownRequest = await stack.call<Problem>('POST', `/v1/tasks/${id('so-noi-vu')}/extension-requests/khong-co/decision`, {
      token: leader,
      body: { approve: true },
    });
    expect(unknownRequest.status).toBe(404);
    expect(unknownRequest.body.message).toContain('không có đề nghị gia hạn này');
    const requested = await stack.call<TaskSnapshot>('POST', `/v1/tasks/${id('so-noi-vu')}/extension-requests`, {
      token: head,
      body: { newDueAt: new Date(Date.now() + 7_200_000).toISOString(), reason: 'Chờ góp ý' },
    });
    const rid = encodeURIComponent(requested.body.extensions.at(-1)?.requestId ?? '');
    expect(
      (
        await stack.call('POST', `/v1/tasks/${id('so-noi-vu')}/extension-requests/${rid}/decision`, {
          token: leader,
          body: { approve: true },
        })
      ).status,
    ).toBe(200);
    await eventually(
      () => stack.call<TaskSnapshot>('GET', `/v1/tasks/${id('so-noi-vu')}`, { token: head }),
      (r) => Boolean(r.body.extensions?.at(-1)?.decision),
      60_000,
      'the read model to show the decision',
    );
    const decidedAgain = await stack.call<Problem>('POST', `/v1/tasks/${id('so-noi-vu')}/extension-requests/${rid}/decision`, {
      token: leader,
      body: { approve: false },
    });
    expect(decidedAgain.status).toBe(409);
    expect(decidedAgain.body.message).toContain('đã được quyết định');

    expect(
      (await stack.call<TaskSnapshot>('POST', `/v1/tasks/${id('so-noi-vu')}/submit`, { token: head, body: { summary: 'Đã rà soát' } })).body
        .status,
    ).toBe('submitted');
    expect((await stack.call<TaskSnapshot>('POST', `/v1/tasks/${id('so-noi-vu')}/approve`, { token: leader, body: {} })).body.status).toBe(
      'completed',
    );
    const again = await stack.call<Problem>('POST', `/v1/tasks/${id('so-noi-vu')}/approve`, { token: leader, body: {} });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/đã hoàn thành|đã kết thúc/);
    const late = await stack.call<Problem>('POST', `/v1/tasks/${id('so-noi-vu')}/progress`, {
      token: head,
      body: { percent: 100, note: 'x' },
    });
    expect(late.status).toBe(409);

    // Nothing secret in any process' log: no token we sent, no signing secret.
    for (const app of ['directive-api', 'orchestrator', 'worker'] as const) {
      const log = stack.app(app).log;
      for (const token of [head, leader, issuer]) expect(log).not.toContain(token.split('.')[2]);
      expect(log).not.toContain(stack.env.AUTH_JWT_SECRET);
    }

    const yTe = await stack.token('unit-head', 'so-y-te');
    await eventually(
      () =>
        stack.call<TaskSnapshot>('POST', `/v1/tasks/${id('so-y-te')}/refuse`, { token: yTe, body: { reason: 'Không thuộc chức năng' } }),
      (r) => r.status === 200,
      90_000,
      'so-y-te to refuse',
    );
    const moved = await stack.call<TaskSnapshot>('POST', `/v1/tasks/${id('so-y-te')}/reassign`, {
      token: leader,
      body: { toUnitId: 'so-tai-chinh' },
    });
    expect(moved.body.timeline.map((t) => t.text)).toContain('Giao lại cho Sở Tài chính.');
  });
});

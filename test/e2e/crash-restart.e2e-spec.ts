// Crashes on the real servers: the orchestrator and the worker are SIGKILLed right after a
// directive is issued, another directive is issued while they are down, the notifier is
// killed once notices start; after restarts every task has exactly one workflow, every
// due notice exists once (inbox and mailbox), and the outbox has drained.
import { connectMongo, DirectiveOutboxStore, DirectiveRepository, type InboxNotice } from '@dondoc/persistence';
import { connectTemporalClient } from '@dondoc/temporal';
import { servers, uniqueName } from '@dondoc/testing';
import { taskWorkflowId } from '@dondoc/task-follow-up';
import { DondocStack, eventually } from './support/dondoc-stack';

jest.setTimeout(420_000);

const FIRST = ['so-noi-vu', 'so-tu-phap', 'so-tai-chinh', 'so-y-te', 'so-xay-dung', 'so-du-lich'];
const SECOND = ['so-cong-thuong', 'so-giao-duc-dao-tao', 'so-ngoai-vu'];

describe('crash and restart', () => {
  let stack: DondocStack;

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-crash');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('keeps one workflow per task and one notice per due escalation across SIGKILLs', async () => {
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const admin = await stack.token('admin', 'so-thong-tin-truyen-thong');
    const issue = async (units: string[]) => {
      const draft = await stack.call<{ id: string }>('POST', '/v1/directives', {
        token: issuer,
        body: {
          number: `${uniqueName('CRASH')}/UBND-NV`,
          date: new Date().toISOString().slice(0, 10),
          subject: 'Thử nghiệm sự cố',
          issuerUnitId: 'ubnd-tinh',
          tasks: [
            {
              itemRef: '1',
              text: 'Nhiệm vụ',
              leadUnitIds: units,
              deadline: { at: new Date(Date.now() + 3_600_000).toISOString() },
              acknowledgeWithin: { ms: 15_000 },
              escalation: { levels: 1, delay: { ms: 60_000 } },
            },
          ],
        },
      });
      const issued = await stack.call<{ id: string; assignments: { taskId: string; leadUnitId: string }[] }>(
        'POST',
        `/v1/directives/${draft.body.id}/issue`,
        { token: issuer },
      );
      expect(issued.status).toBe(200);
      return issued.body;
    };

    const first = await issue(FIRST);
    await Promise.all([stack.app('orchestrator').stop('SIGKILL'), stack.app('worker').stop('SIGKILL')]);
    const second = await issue(SECOND);
    await Promise.all([stack.startApp('orchestrator'), stack.startApp('worker')]);

    const tasks = [...first.assignments, ...second.assignments];
    const escalated = (notices: InboxNotice[]) => notices.filter((n) => n.kind === 'escalation' && n.level === 1 && n.trigger === 'ack');
    const inboxOf = async (unit: string) =>
      (await stack.call<InboxNotice[]>('GET', '/v1/inbox', { token: await stack.token('unit-head', unit, `${unit}.giamdoc`) })).body;

    // Notices begin: kill the notifier once, mid-stream, and bring it back.
    await eventually(
      async () => (await Promise.all(FIRST.map(inboxOf))).flat(),
      (n) => escalated(n).length >= 1,
      120_000,
      'the first notice',
    );
    await stack.app('notifier').stop('SIGKILL');
    await stack.startApp('notifier');

    for (const t of tasks) {
      const notices = await eventually(
        () => inboxOf(t.leadUnitId),
        (n) => escalated(n).some((x) => x.taskId === t.taskId),
        120_000,
        `the notice of ${t.taskId}`,
      );
      expect(escalated(notices).filter((x) => x.taskId === t.taskId)).toHaveLength(1);
    }
    const mails = await eventually(
      () => stack.mails(),
      (m) => m.filter((x) => x.noticeKey?.includes('|escalation|ack|1|')).length >= tasks.length,
      60_000,
      'one mail per notice',
    );
    for (const t of tasks)
      expect(mails.filter((m) => m.noticeKey === `${t.taskId}|escalation|ack|1|${t.leadUnitId}.giamdoc`)).toHaveLength(1);

    const listed = await stack.call<unknown[]>('GET', `/v1/tasks?limit=100`, { token: admin });
    expect(listed.body).toHaveLength(tasks.length);

    const temporal = await connectTemporalClient({ address: servers.temporalAddress, namespace: servers.temporalNamespace });
    try {
      for (const t of tasks) {
        const runs = [];
        for await (const e of temporal.workflow.list({ query: `WorkflowId = '${taskWorkflowId(t.taskId)}'` })) runs.push(e);
        expect({ task: t.taskId, runs: runs.length }).toEqual({ task: t.taskId, runs: 1 });
      }
    } finally {
      await temporal.connection.close();
    }

    const connection = await connectMongo({ uri: stack.env.MONGODB_URI });
    try {
      expect(await new DirectiveOutboxStore(new DirectiveRepository(connection)).pendingCount()).toBe(0);
    } finally {
      await connection.close();
    }
  });
});

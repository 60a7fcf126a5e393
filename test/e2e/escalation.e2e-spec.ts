// End to end on the real servers: an issuer issues a directive with five tasks whose
// acknowledgement deadlines are seconds away; two units acknowledge in time; the three
// others get exactly one level-1 escalation each (inbox and real SMTP mailbox), then one
// level-2; redelivered and reordered events change nothing.
import { taskWorkflowId, type TaskSnapshot } from '@dondoc/task-follow-up';
import { connectTemporalClient } from '@dondoc/temporal';
import { servers, uniqueName } from '@dondoc/testing';
import type { InboxNotice } from '@dondoc/persistence';
import { DondocStack, eventually } from './support/dondoc-stack';

jest.setTimeout(300_000);

const ACKED = ['so-noi-vu', 'so-tu-phap'];
const LATE = ['so-tai-chinh', 'so-y-te', 'so-xay-dung'];
const LEADER_OF: Record<string, string> = {
  'so-tai-chinh': 'ubnd-tinh.pct-kinh-te',
  'so-y-te': 'ubnd-tinh.pct-van-hoa-xa-hoi',
  'so-xay-dung': 'ubnd-tinh.pct-kinh-te',
};

interface DirectiveView {
  id: string;
  status: string;
  assignments: { taskId: string; leadUnitId: string }[];
  progress: { tasks: number; following: number };
}

describe('directive → workflows → escalation notices', () => {
  let stack: DondocStack;

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-esc');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('escalates exactly the unacknowledged tasks, level 1 then level 2, once each, in the inbox and by e-mail', async () => {
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh', 'van-phong-ubnd-tinh.vanthu');
    const number = `${uniqueName('E2E')}/UBND-NV`;
    const draft = await stack.call<DirectiveView>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number,
        date: new Date().toISOString().slice(0, 10),
        subject: 'Thử nghiệm đôn đốc tiếp nhận nhiệm vụ',
        issuerUnitId: 'ubnd-tinh',
        tasks: [
          {
            itemRef: '1',
            text: 'Tiếp nhận và triển khai nhiệm vụ thử nghiệm',
            leadUnitIds: [...ACKED, ...LATE],
            deadline: { at: new Date(Date.now() + 3_600_000).toISOString() },
            acknowledgeWithin: { ms: 45_000 },
            reminderWorkingDays: [1],
            escalation: { levels: 2, delay: { ms: 20_000 } },
          },
        ],
      },
    });
    expect(draft.status).toBe(201);
    const issued = await stack.call<DirectiveView>('POST', `/v1/directives/${draft.body.id}/issue`, { token: issuer });
    expect(issued.status).toBe(200);
    expect(issued.body.assignments).toHaveLength(5);
    const taskOf = (unit: string) => issued.body.assignments.find((a) => a.leadUnitId === unit)?.taskId as string;

    // Five follow-ups run, one per task, and the read model knows them all.
    const admin = await stack.token('admin', 'so-thong-tin-truyen-thong');
    await eventually(
      () => stack.call<{ taskId: string }[]>('GET', `/v1/tasks?directiveId=${draft.body.id}`, { token: admin }),
      (r) => r.body.length === 5,
      60_000,
      'five projected tasks',
    );
    const temporal = await connectTemporalClient({ address: servers.temporalAddress, namespace: servers.temporalNamespace });
    try {
      for (const a of issued.body.assignments)
        expect((await temporal.workflow.getHandle(taskWorkflowId(a.taskId)).describe()).status.name).toBe('RUNNING');
    } finally {
      await temporal.connection.close();
    }

    for (const unit of ACKED) {
      const head = await stack.token('unit-head', unit, `${unit}.giamdoc`);
      const ack = await stack.call<TaskSnapshot>('POST', `/v1/tasks/${encodeURIComponent(taskOf(unit))}/acknowledge`, {
        token: head,
        body: { note: 'Đã tiếp nhận' },
      });
      expect(ack.status).toBe(200);
      expect(ack.body.status).toBe('acknowledged');
      // A second acknowledgement is refused by the workflow, with its reason.
      const again = await stack.call<{ message: string }>('POST', `/v1/tasks/${encodeURIComponent(taskOf(unit))}/acknowledge`, {
        token: head,
        body: {},
      });
      expect(again.status).toBe(409);
      expect(again.body.message).toMatch(/\S/);
    }

    const inbox = (unit: string) =>
      stack.token('unit-head', unit, `${unit}.giamdoc`).then((t) => stack.call<InboxNotice[]>('GET', '/v1/inbox', { token: t }));
    const escalations = (notices: InboxNotice[], level: number) => notices.filter((n) => n.kind === 'escalation' && n.level === level);

    // Level 1: the head of each late unit, once.
    for (const unit of LATE) {
      const notices = await eventually(
        () => inbox(unit),
        (r) => escalations(r.body, 1).length >= 1,
        90_000,
        `a level-1 notice for ${unit}`,
      );
      const level1 = escalations(notices.body, 1);
      expect(level1).toHaveLength(1);
      expect(level1[0]).toMatchObject({ taskId: taskOf(unit), trigger: 'ack', recipientUserId: `${unit}.giamdoc` });
      expect(level1[0].body).toContain(number);
      // The header's badge counts the same unread notices (more may arrive meanwhile, never fewer).
      const badge = await stack.call<{ count: number; capped: boolean }>('GET', '/v1/inbox/unread-count', {
        token: await stack.token('unit-head', unit, `${unit}.giamdoc`),
      });
      expect(badge.status).toBe(200);
      expect(badge.body.capped).toBe(false);
      expect(badge.body.count).toBeGreaterThanOrEqual(notices.body.filter((n) => n.readAt === null).length);
    }

    // Level 2: the vice-chairman in charge, once per task.
    for (const unit of LATE) {
      const leader = await stack.token('leader', 'ubnd-tinh', LEADER_OF[unit]);
      await eventually(
        () => stack.call<InboxNotice[]>('GET', '/v1/inbox', { token: leader }),
        (r) => escalations(r.body, 2).filter((n) => n.taskId === taskOf(unit)).length >= 1,
        90_000,
        `a level-2 notice for ${unit}`,
      );
    }

    // The mailbox really received one mail per notice, nothing for the acknowledged units.
    const mails = await eventually(
      () => stack.mails(),
      (m) => m.filter((x) => x.noticeKey?.includes('|escalation|')).length >= LATE.length * 2,
      60_000,
      'escalation mails',
    );
    for (const unit of LATE) {
      const l1 = mails.filter((m) => m.noticeKey === `${taskOf(unit)}|escalation|ack|1|${unit}.giamdoc`);
      expect(l1).toHaveLength(1);
      expect(l1[0].to).toEqual([`${unit}.giamdoc@example.gov.vn`]);
      expect(l1[0].subject).toContain('Báo cáo vượt cấp mức 1');
      expect(l1[0].text).toContain('Thời gian quá hạn');
      expect(l1[0].text).not.toContain(' 0 ngày làm việc');
      expect(l1[0].text).toContain(`/v1/tasks/${encodeURIComponent(taskOf(unit))}`);
      expect(mails.filter((m) => m.noticeKey === `${taskOf(unit)}|escalation|ack|2|${LEADER_OF[unit]}`)).toHaveLength(1);
    }
    for (const unit of ACKED) {
      expect(escalations((await inbox(unit)).body, 1)).toHaveLength(0);
      expect(mails.filter((m) => m.noticeKey?.startsWith(`${taskOf(unit)}|escalation`))).toHaveLength(0);
    }

    // The directive's progress comes from the read model.
    const view = await stack.call<DirectiveView>('GET', `/v1/directives/${draft.body.id}`, { token: issuer });
    expect(view.body.progress).toMatchObject({ tasks: 5, following: 5 });
  });
});

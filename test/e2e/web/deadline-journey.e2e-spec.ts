// A deadline seconds away, in a real Chromium against the real stack: the issuer issues a
// directive (through the API) whose task is due in 90 s with a short escalation ladder
// (level 2, the leader in charge, 5 s after the miss). The leader's dashboard shows the
// task open in time, then, once the deadline has passed, overdue with its escalation
// waiting; the number drills down to the task. The task is then done and its run
// archived; the auditor reads its runs and timeline, replays it and sees it as of the
// moment it stood escalated.
import type { InboxNotice } from '@dondoc/persistence';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import type { Browser, Page } from 'playwright-core';
import { eventually } from '../support/dondoc-stack';
import { launchChromium, until, VIEWPORTS } from './browser';
import { signIn, visited } from './journey-steps';
import { startWebStack, type WebStack } from './web-stack';

jest.setTimeout(600_000);

const PASSWORD = 'mat-khau-demo-han';
const LEADER = 'ubnd-tinh.pct-noi-chinh'; // the leader in charge of Sở Nội vụ (org chart seed)
const HEAD = 'so-noi-vu.giamdoc';
const AUDITOR = 'thanh-tra-tinh.thanhtravien';
const DUE_IN_MS = 90_000;

/** An instant as a datetime-local box holds it, in Vietnam time, to the second. */
const vietnamLocal = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19);

describe('a deadline seconds away passes: the leader sees it overdue and escalated, the auditor replays it', () => {
  let web: WebStack;
  let browser: Browser;
  const number = `${8000 + Math.floor(Math.random() * 1000)}/UBND-HAN`;
  let directiveId = '';
  let taskId = '';
  let escalatedSeenAt = 0;

  beforeAll(async () => {
    // The audit API archives finished tasks' last runs every 2 s here (a minute by default).
    web = await startWebStack('e2e-web-deadline', { password: PASSWORD, auditEnv: { ARCHIVE_SWEEP_MS: '2000' } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  const leaderDashboard = async (page: Page) => {
    await page.getByRole('link', { name: 'Tổng hợp' }).first().click();
    await page.getByRole('heading', { name: 'Tổng hợp kết quả thực hiện' }).waitFor();
  };

  it('the leader sees the task open in time, then overdue with its escalation waiting, and drills down to it', async () => {
    const { stack } = web;
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh', 'van-phong-ubnd-tinh.vanthu');
    const dueAt = Date.now() + DUE_IN_MS;
    const draft = await stack.call<{ id: string }>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number,
        date: new Date().toISOString().slice(0, 10),
        subject: 'Thử nghiệm thời hạn sát nút',
        issuerUnitId: 'ubnd-tinh',
        tasks: [
          {
            itemRef: '1',
            text: 'Báo cáo kết quả rà soát thủ tục hành chính trong ngày',
            leadUnitIds: ['so-noi-vu'],
            deadline: { at: new Date(dueAt).toISOString() },
            escalation: { levels: 2, delay: { ms: 5_000 } },
          },
        ],
      },
    });
    expect(draft.status).toBe(201);
    directiveId = draft.body.id;
    const issued = await stack.call<{ assignments: { taskId: string }[] }>('POST', `/v1/directives/${directiveId}/issue`, {
      token: issuer,
    });
    expect(issued.status).toBe(200);
    taskId = issued.body.assignments[0].taskId;
    const task = `/v1/tasks/${encodeURIComponent(taskId)}`;
    // The unit acknowledges (409 + Retry-After until its follow-up has started) but does not finish in time.
    const head = await stack.token('unit-head', 'so-noi-vu', HEAD);
    await eventually(
      () => stack.call<TaskSnapshot>('POST', `${task}/acknowledge`, { token: head, body: {} }),
      (r) => r.status === 200,
      60_000,
      'the acknowledgement',
    );
    const leaderToken = await stack.token('leader', 'ubnd-tinh', LEADER);
    await eventually(
      () => stack.call<TaskSnapshot>('GET', task, { token: leaderToken }),
      (r) => r.body.status === 'acknowledged',
      30_000,
      'the read model to know the task',
    );
    expect(Date.now()).toBeLessThan(dueAt - 20_000);

    const page = await browser.newPage({ viewport: VIEWPORTS.office, locale: 'vi-VN' });
    await signIn(page, web.baseUrl, LEADER, PASSWORD);
    await leaderDashboard(page);
    await page.getByRole('button', { name: 'Đang thực hiện trong hạn: 1', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Chưa hoàn thành, quá hạn: / }).count()).toBe(0);
    await visited(page, 'deadline-leader-before');

    // The deadline passes: level 1 at the miss, level 2 (this leader) 5 s later.
    await eventually(
      () => stack.call<TaskSnapshot>('GET', task, { token: leaderToken }),
      (r) => r.body.escalationLevel === 2,
      120_000,
      'escalation level 2 in the read model',
    );
    escalatedSeenAt = Date.now();
    expect(escalatedSeenAt).toBeGreaterThan(dueAt);
    const level2 = (notices: InboxNotice[]) => notices.filter((n) => n.kind === 'escalation' && n.taskId === taskId && n.level === 2);
    const inbox = await eventually(
      () => stack.call<InboxNotice[]>('GET', '/v1/inbox', { token: leaderToken }),
      (r) => level2(r.body).length > 0,
      60_000,
      "the leader's level-2 notice",
    );
    expect(level2(inbox.body)).toHaveLength(1);

    await page.reload();
    await page.getByRole('heading', { name: 'Tổng hợp kết quả thực hiện' }).waitFor();
    await page.getByRole('button', { name: 'Chưa hoàn thành, quá hạn: 1', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Đang thực hiện trong hạn: / }).count()).toBe(0);
    await page.getByRole('button', { name: 'Báo cáo vượt cấp đang chờ xử lý: 1', exact: true }).waitFor();
    const waiting = page.getByRole('region', { name: 'Báo cáo vượt cấp đang chờ xử lý', exact: true }).first();
    await waiting.getByRole('row', { name: /Báo cáo kết quả rà soát.*Sở Nội vụ.*Chưa hoàn thành, quá hạn.*mức 2/ }).waitFor();
    // The unit × month matrix says the same for Sở Nội vụ this month.
    const month = vietnamLocal(Date.now()).slice(0, 7);
    await page
      .getByRole('button', { name: `Sở Nội vụ, ${month.slice(5)}/${month.slice(0, 4)} — Chưa hoàn thành, quá hạn: 1`, exact: true })
      .waitFor();
    // The chart (ECharts, loaded with the dashboard only) says the same in words to a screen reader.
    await page.getByRole('img', { name: /^Biểu đồ kết quả theo đơn vị: Sở Nội vụ: .*Chưa hoàn thành, quá hạn 1$/ }).waitFor();
    await visited(page, 'deadline-leader-overdue');

    await page.getByRole('button', { name: 'Chưa hoàn thành, quá hạn: 1', exact: true }).click();
    const drill = page.getByTestId('drill-down-title');
    await until(async () => (await drill.textContent()) === 'Danh sách nhiệm vụ: Chưa hoàn thành, quá hạn (1)', 'the drill-down');
    await visited(page, 'deadline-leader-drill-down');
    await page
      .locator('.ant-card', { has: drill })
      .getByRole('link', { name: /Báo cáo kết quả rà soát/ })
      .click();
    await page.getByRole('heading', { name: `Nhiệm vụ 1 — ${number}` }).waitFor();
    await page.getByText('Quá hạn', { exact: true }).first().waitFor();
    await page.getByText(/Báo cáo vượt cấp mức 2 về việc chậm/).waitFor();
    await visited(page, 'deadline-leader-task');

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await page.getByRole('button', { name: 'Escalations waiting: 1', exact: true }).waitFor();
    await visited(page, 'deadline-leader-overdue-en');
    // The same dashboard on a phone: cards two by two, wide tables scroll inside their own region.
    await page.setViewportSize(VIEWPORTS.phone);
    await page.getByRole('button', { name: 'Open, overdue: 1', exact: true }).waitFor();
    await visited(page, 'deadline-leader-overdue-phone');
    await page.close();
  });

  it('once done and archived, the auditor reads the task runs and timeline, replays it and sees it as it stood escalated', async () => {
    const { stack } = web;
    expect(taskId).not.toBe('');
    const task = `/v1/tasks/${encodeURIComponent(taskId)}`;
    const head = await stack.token('unit-head', 'so-noi-vu', HEAD);
    const leader = await stack.token('leader', 'ubnd-tinh', LEADER);
    expect(
      (await stack.call<TaskSnapshot>('POST', `${task}/submit`, { token: head, body: { summary: 'Đã rà soát xong, nộp muộn' } })).body
        .status,
    ).toBe('submitted');
    expect((await stack.call<TaskSnapshot>('POST', `${task}/approve`, { token: leader, body: {} })).body.status).toBe('completed');
    // The audit API's sweep archives the finished run.
    const auditor = await stack.token('auditor', 'thanh-tra-tinh', AUDITOR);
    await until(
      () =>
        fetch(`${web.auditUrl}/v1/audit/tasks/${encodeURIComponent(taskId)}/histories`, {
          headers: { authorization: `Bearer ${auditor}` },
        }).then((r) => r.ok),
      'the finished run archived',
      120_000,
    );

    const page = await browser.newPage({ viewport: VIEWPORTS.office, locale: 'vi-VN' });
    await signIn(page, web.baseUrl, AUDITOR, PASSWORD);
    await page.getByRole('heading', { name: 'Kiểm tra chuỗi nhật ký' }).waitFor();
    await page.getByRole('combobox', { name: 'Văn bản' }).click();
    await page.locator('.ant-select-item-option', { hasText: number }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText('Chuỗi nhật ký nguyên vẹn').waitFor();

    await page.getByRole('combobox', { name: 'Nhiệm vụ' }).click();
    await page.locator('.ant-select-item-option', { hasText: 'Mục 1 — Sở Nội vụ' }).click();
    const runs = page.getByTestId('audit-runs-summary');
    await runs.getByText('Lượt chạy đã lưu trữ').waitFor();
    expect(await runs.locator('.ant-descriptions-item-content').nth(1).textContent()).toBe('1');
    await page
      .getByText(/Báo cáo vượt cấp mức 2 về việc chậm/)
      .first()
      .waitFor();
    await page.getByRole('table', { name: 'Lượt chạy đã lưu trữ' }).getByRole('cell', { name: 'completed' }).waitFor();
    await visited(page, 'deadline-auditor-task');

    await page.getByRole('button', { name: 'Phát lại', exact: true }).click();
    await page.getByText('Phát lại khớp hoàn toàn: quy trình tất định').waitFor({ timeout: 180_000 });
    expect(await page.getByTestId('replay-result').locator('.ant-descriptions-item-content').nth(1).textContent()).toBe('0');
    await visited(page, 'deadline-auditor-replayed');

    const asOf = vietnamLocal(escalatedSeenAt + 1_000); // typed the Vietnamese way: dd/mm/yyyy hh:mm:ss
    await page
      .getByLabel('Thời điểm (giờ Việt Nam)')
      .fill(`${asOf.slice(8, 10)}/${asOf.slice(5, 7)}/${asOf.slice(0, 4)} ${asOf.slice(11, 19)}`);
    await page.getByLabel('Thời điểm (giờ Việt Nam)').press('Enter');
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    const state = page.getByTestId('state-as-of');
    await state.getByText('Quá hạn', { exact: true }).waitFor();
    await state.getByText('mức 2', { exact: true }).waitFor();
    await visited(page, 'deadline-auditor-as-of');
    await page.close();
  });
});

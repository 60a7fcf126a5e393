// An assessor's journey in a real Chromium against the real stack: a unit's task of this
// month, handed in on time, is graded under the decree in force (Nghị định 335/2025/NĐ-CP);
// the issuing office opens the unit's month, sees the decree and why, the item's points
// with a link to its task, enters the four general criteria (a value above its maximum is
// refused in Vietnamese), saves, sees the total and the grade, is told when someone else
// saved first, and closes the period after a confirmation: the form turns read-only and
// says who closed it and when. The leader's dashboard shows the decree's grade with a link
// to the unit's evaluation, the period picked on its calendar. Another unit's item, handed in
// after its deadline, loses a quarter of its progress points until the assessor confirms an
// objective cause in the item's row; a major quality error recorded there takes a quarter of
// its quality points. axe on every page, a screenshot of each.
import type { Browser, Page } from 'playwright-core';
import { eventually } from '../support/dondoc-stack';
import { launchChromium, VIEWPORTS } from './browser';
import { pickMonth, signIn, visited } from './journey-steps';
import { startWebStack, type WebStack } from './web-stack';

jest.setTimeout(600_000);

const PASSWORD = 'mat-khau-demo-danh-gia';
const UNIT = 'so-tu-phap';
const ASSESSOR = 'van-phong-ubnd-tinh.vanthu';
const LEADER = 'ubnd-tinh.pct-noi-chinh';
const ASSESSOR_NAME = 'Trương Văn Nga';
/** The unit whose item is handed in late (its own evaluation, so the first unit's points stay as they are). */
const LATE_UNIT = 'so-noi-vu';
interface Calculation {
  revision: number;
  status: string;
  parts: { evaluation: { items: unknown[] } }[];
}

describe("an assessor grades a unit's month under the decree in force; the leader sees the grade", () => {
  let web: WebStack;
  let browser: Browser;
  const number = `${9000 + Math.floor(Math.random() * 1000)}/UBND-DG`;
  // The task falls due in 10 minutes, in this month in Vietnam (the spec is not run in a month's last 10 minutes).
  const dueAt = Date.now() + 600_000;
  // The late unit's item falls due a minute from now; it is handed in after that.
  const lateDueAt = Date.now() + 60_000;
  const month = new Date(dueAt + 7 * 3_600_000).toISOString().slice(0, 7);
  const url = `/v1/evaluations/units/${UNIT}/periods/${month}`;
  const lateUrl = `/v1/evaluations/units/${LATE_UNIT}/periods/${month}`;

  beforeAll(async () => {
    web = await startWebStack('e2e-web-evaluation', { password: PASSWORD });
    browser = await launchChromium();
    const { stack } = web;
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh', ASSESSOR);
    const draft = await stack.call<{ id: string }>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number,
        date: new Date().toISOString().slice(0, 10),
        subject: 'Thử nghiệm đánh giá, xếp loại theo Nghị định 335/2025/NĐ-CP',
        issuerUnitId: 'ubnd-tinh',
        tasks: [
          {
            itemRef: '1',
            text: 'Rà soát văn bản quy phạm pháp luật của tỉnh',
            leadUnitIds: [UNIT],
            deadline: { at: new Date(dueAt).toISOString() },
          },
          {
            itemRef: '2',
            text: 'Báo cáo tình hình tổ chức bộ máy',
            leadUnitIds: [LATE_UNIT],
            deadline: { at: new Date(lateDueAt).toISOString() },
          },
        ],
      },
    });
    expect(draft.status).toBe(201);
    const issued = await stack.call<{ assignments: { taskId: string; leadUnitId: string }[] }>(
      'POST',
      `/v1/directives/${draft.body.id}/issue`,
      { token: issuer },
    );
    expect(issued.status).toBe(200);
    const taskOf = (unitId: string) =>
      `/v1/tasks/${encodeURIComponent(issued.body.assignments.find((a) => a.leadUnitId === unitId)?.taskId ?? '')}`;
    const task = taskOf(UNIT);
    const head = await stack.token('unit-head', UNIT, `${UNIT}.giamdoc`);
    await eventually(
      () => stack.call('POST', `${task}/acknowledge`, { token: head, body: {} }),
      (r) => r.status === 200,
      60_000,
      'the acknowledgement',
    );
    expect((await stack.call('POST', `${task}/submit`, { token: head, body: { summary: 'Đã rà soát xong' } })).status).toBe(200);
    expect((await stack.call('POST', `${task}/approve`, { token: issuer, body: { note: 'Đạt' } })).status).toBe(200);
    await eventually(
      () => stack.call<Calculation>('GET', url, { token: issuer }),
      (r) => r.status === 200 && r.body.parts[0]?.evaluation.items.length === 1,
      60_000,
      'the item in the read model',
    );
    // The late unit acknowledges in time and hands in after the deadline; the issuer approves.
    const lateTask = taskOf(LATE_UNIT);
    const lateHead = await stack.token('unit-head', LATE_UNIT, `${LATE_UNIT}.giamdoc`);
    await eventually(
      () => stack.call('POST', `${lateTask}/acknowledge`, { token: lateHead, body: {} }),
      (r) => r.status === 200,
      60_000,
      'the late unit acknowledgement',
    );
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, lateDueAt - Date.now() + 2_000)));
    expect((await stack.call('POST', `${lateTask}/submit`, { token: lateHead, body: { summary: 'Đã báo cáo, chậm' } })).status).toBe(200);
    expect((await stack.call('POST', `${lateTask}/approve`, { token: issuer, body: { note: 'Đạt' } })).status).toBe(200);
    await eventually(
      () => stack.call<Calculation & { items: { late: boolean; completed: boolean }[] }>('GET', lateUrl, { token: issuer }),
      (r) => r.status === 200 && r.body.items.some((i) => i.late && i.completed),
      60_000,
      'the late item in the read model',
    );
  });
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  const criterion = (page: Page, label: RegExp) => page.getByLabel(label);

  it('the assessor enters the general criteria, saves, sees the grade, meets a concurrent save, and closes the period', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.office, locale: 'vi-VN' });
    await signIn(page, web.baseUrl, ASSESSOR, PASSWORD);
    await page.getByRole('link', { name: 'Đánh giá, xếp loại' }).first().click();
    await page.getByRole('heading', { name: /^Đánh giá, xếp loại đơn vị/ }).waitFor();
    await page.goto(`${web.baseUrl}/evaluations/${UNIT}/${month}`);
    await page.getByRole('heading', { name: `Đánh giá, xếp loại đơn vị — Sở Tư pháp, ${month.slice(5)}/${month.slice(0, 4)}` }).waitFor();
    await page
      .getByTestId('decree-applied')
      .getByText(/^Nghị định 335\/2025\/NĐ-CP/)
      .waitFor();
    await page.getByText(/Nghị định 335\/2025\/NĐ-CP có hiệu lực từ 01\/01\/2026, nên áp dụng nghị định này/).waitFor();
    await page.getByRole('link', { name: new RegExp(`^${number} mục 1`) }).waitFor();
    expect(await page.getByTestId('decree-grade').textContent()).toBe('Chưa xếp loại: chờ người đánh giá chấm tiêu chí chung (30 điểm)');
    expect(await page.getByTestId('evaluation-status').textContent()).toBe('Chưa đánh giá');
    await visited(page, 'evaluation-assessor-open');

    // A value above the criterion's maximum is refused in Vietnamese, before anything is sent.
    await criterion(page, /^Chấp hành chủ trương/).fill('8');
    await page.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await page.getByText('Điểm phải từ 0 đến 7,5').waitFor();
    await page.getByText('Nhập điểm của tiêu chí này').first().waitFor();
    await visited(page, 'evaluation-assessor-invalid');
    await criterion(page, /^Chấp hành chủ trương/).fill('7,5');
    await criterion(page, /^Kỷ luật, kỷ cương hành chính/).fill('7');
    await criterion(page, /^Trách nhiệm của người đứng đầu/).fill('6,5');
    await criterion(page, /^Môi trường làm việc/).fill('5');
    await page.getByTestId('general-points-sum').getByText('26 / 30').waitFor();
    await page.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await page.getByText('Đã lưu đánh giá').waitFor();
    // axe reads the page once the toast and the button's fade are over (half-faded text fails contrast).
    await page.getByText('Đã lưu đánh giá').waitFor({ state: 'hidden' });
    await page.getByTestId('decree-score').getByText('96 / 100').waitFor();
    expect(await page.getByTestId('decree-grade').textContent()).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(await page.getByTestId('evaluation-status').textContent()).toBe('Đang đánh giá');
    await visited(page, 'evaluation-assessor-saved');

    // Someone else (a leader, through the API) saves revision 1 first: this page still holds revision 1.
    const leader = await web.stack.token('leader', 'ubnd-tinh', LEADER);
    const other = await web.stack.call<Calculation>('PUT', `${url}/assessment`, {
      token: leader,
      body: { revision: 1, generalCriteria: { policy: 7.5, discipline: 7.5, leadership: 7, culture: 6 } },
    });
    expect(other.status).toBe(200);
    await criterion(page, /^Môi trường làm việc/).fill('4');
    await page.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await page.getByTestId('saved-by-other').getByText('Người khác đã lưu trước bạn.', { exact: false }).waitFor();
    // The page reloaded the other person's version (28 points: 98).
    await page.getByTestId('decree-score').getByText('98 / 100').waitFor();
    await page.getByTestId('general-points-sum').getByText('28 / 30').waitFor();
    await visited(page, 'evaluation-assessor-conflict');

    await page.getByRole('button', { name: 'Khóa kỳ đánh giá' }).click();
    const dialog = page.locator('.ant-modal', { hasText: 'Khóa kỳ đánh giá này?' });
    await dialog.getByText('không sửa được nữa', { exact: false }).waitFor();
    await visited(page, 'evaluation-assessor-confirm-close');
    await dialog.getByRole('button', { name: 'Khóa kỳ đánh giá' }).click();
    await page
      .getByTestId('period-closed')
      .getByText(new RegExp(`Người khóa và thời điểm: ${ASSESSOR_NAME}, \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}`))
      .waitFor();
    expect(await page.getByTestId('evaluation-status').textContent()).toBe('Đã khóa');
    expect(await criterion(page, /^Chấp hành chủ trương/).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Lưu đánh giá' }).count()).toBe(0);
    await visited(page, 'evaluation-assessor-closed');
    expect((await web.stack.call<Calculation>('GET', url, { token: leader })).body).toMatchObject({ status: 'closed', revision: 3 });

    // In English the same closing instant reads with the month's name, never month-first.
    await page.getByText('EN', { exact: true }).click();
    await page
      .getByTestId('period-closed')
      .getByText(new RegExp(`Closed by, at: ${ASSESSOR_NAME}, \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}`))
      .waitFor();
    await visited(page, 'evaluation-assessor-closed-en');
    await page.close();
  });

  it('the assessor confirms an objective cause for a late item: its progress deduction disappears; a quality error takes a quarter', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.office, locale: 'vi-VN' });
    await signIn(page, web.baseUrl, ASSESSOR, PASSWORD);
    await page.goto(`${web.baseUrl}/evaluations/${LATE_UNIT}/${month}`);
    const row = page.getByRole('row', { name: new RegExp(`${number} mục 2`) });
    await row.getByText('−25% Tiến độ: Chậm tiến độ', { exact: false }).waitFor();
    await visited(page, 'evaluation-late-item');

    await row.getByRole('button', { name: 'Xác nhận nguyên nhân khách quan' }).click();
    const dialog = page.getByRole('dialog');
    // The reference is required, in Vietnamese.
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await dialog.getByText('Nhập lý do').waitFor();
    await dialog.getByLabel('Văn bản xác nhận nguyên nhân khách quan').fill('Công văn 15/UBND-NC ngày 02/12/2026 của UBND tỉnh');
    await visited(page, 'evaluation-objective-cause');
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await row
      .getByText('do nguyên nhân khách quan được xác nhận (Công văn 15/UBND-NC ngày 02/12/2026 của UBND tỉnh): không trừ', { exact: false })
      .waitFor();
    expect(await row.getByText('−25% Tiến độ', { exact: false }).count()).toBe(0);
    await row.getByRole('button', { name: 'Bỏ xác nhận nguyên nhân khách quan' }).waitFor();
    const saved = await web.stack.call<Calculation & { parts: { evaluation: { items: { progress: number }[] } }[] }>('GET', lateUrl, {
      token: await web.stack.token('leader', 'ubnd-tinh', LEADER),
    });
    expect(saved.body.parts[0].evaluation.items[0].progress).toBe(1);

    await row.getByRole('button', { name: 'Ghi nhận sai sót lớn về chất lượng' }).click();
    await dialog.getByLabel('Lý do (sai sót gì)').fill('Số liệu biên chế sai');
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await row.getByText('−25% Chất lượng: Sai sót lớn lần 1 (Số liệu biên chế sai)').waitFor();
    await row.getByRole('button', { name: 'Bỏ ghi nhận sai sót lớn' }).waitFor();
    await visited(page, 'evaluation-findings-saved');
    await page.close();
  });

  it("the leader sees the decree's grade on the dashboard and opens the unit's evaluation read-only", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.office, locale: 'vi-VN' });
    await signIn(page, web.baseUrl, LEADER, PASSWORD);
    await page.getByRole('heading', { name: 'Tổng hợp kết quả thực hiện' }).waitFor();
    await pickMonth(page, 'Kỳ', month);
    const grades = page.getByRole('region', { name: 'Xếp loại theo nghị định có hiệu lực', exact: true }).first();
    const row = grades.getByRole('row', { name: /Sở Tư pháp/ });
    await row.getByText('Hoàn thành xuất sắc nhiệm vụ').waitFor();
    await row.getByText('98 / 100').waitFor();
    await row.getByText('nd335-2025/1').waitFor();
    await row.getByText('đã chốt').waitFor();
    await visited(page, 'evaluation-leader-dashboard');
    // The unit's tasks still drill down from the same row.
    await row.getByRole('button', { name: 'Sở Tư pháp — Nhiệm vụ: 1', exact: true }).click();
    await page.getByTestId('drill-down-title').getByText('(1)', { exact: false }).waitFor();
    await row.getByRole('link', { name: 'Xem đánh giá: Sở Tư pháp' }).click();
    await page.getByTestId('period-closed').waitFor();
    expect(await page.getByTestId('decree-grade').textContent()).toBe('Hoàn thành xuất sắc nhiệm vụ');
    await visited(page, 'evaluation-leader-unit');
    await page.close();
  });
});

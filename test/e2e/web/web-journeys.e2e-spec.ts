// The people's web app in a real Chromium against the real stack (every dondoc process on
// the real Temporal, Kafka and MongoDB-wire servers), served by the web app's own static
// server and proxy: an issuer imports a letter and issues it; a unit head acknowledges and
// reports progress on a phone; a leader opens the dashboard. On every page: no serious or
// critical axe-core violation, and a screenshot kept in test/artifacts/web.
import { InboxRepository } from '@dondoc/persistence';
import { freePort } from '@dondoc/testing';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import mongoose from 'mongoose';
import type { Browser, Page } from 'playwright-core';
import { DondocStack } from '../support/dondoc-stack';
import { keepScreenshot, launchChromium, seriousViolations, until, VIEWPORTS } from './browser';
import { journeyLetter } from './letter.fixture';

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, '../../..');
const DIST = path.join(ROOT, 'dist/apps/web');
const PASSWORD = 'mat-khau-demo-web';
const EVIDENCE_NAME = 'Biên bản rà soát quy trình.pdf';
const EVIDENCE_PDF = Buffer.concat([Buffer.from('%PDF-1.4\n% Biên bản\n'), Buffer.alloc(30_000, 0x20), Buffer.from('\n%%EOF\n')]);

describe('web app journeys in Chromium', () => {
  let stack: DondocStack;
  let web: ChildProcess;
  let audit: ChildProcess;
  let directiveId = '';
  let baseUrl: string;
  let browser: Browser;
  const letterNumber = 7000 + Math.floor(Math.random() * 2000);

  /** Checks accessibility and keeps a screenshot of the page as it is now. */
  const visited = async (page: Page, name: string) => {
    await page.waitForLoadState('networkidle');
    await keepScreenshot(page, name);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  };

  const signIn = async (page: Page, userId: string) => {
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Tên đăng nhập').waitFor();
    await visited(page, `sign-in-${userId}`);
    await page.getByLabel('Tên đăng nhập').fill(userId);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    // Signed in when the header's sign-out button shows; an alert says why not.
    await page.locator('button:has-text("Đăng xuất"), [role="alert"]').first().waitFor();
    const alert = page.getByRole('alert');
    if (await alert.count()) throw new Error(`sign-in of ${userId} refused: ${await alert.first().textContent()}`);
  };

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'index.html'))) {
      execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    }
    stack = await DondocStack.start('e2e-web', undefined, { AUTH_DEMO_PASSWORD: PASSWORD });
    // The audit API as its own process (its HTTP port apart from the directive API's).
    const auditPort = await freePort();
    audit = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/audit/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...stack.env,
        SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'),
        HTTP_PORT: String(auditPort),
        AUDIT_GROUP_ID: `${stack.env.KAFKA_TOPIC_PREFIX}-audit`,
        ARCHIVE_SWEEP_MS: '0',
      },
      stdio: 'ignore',
    });
    const auditUrl = `http://127.0.0.1:${auditPort}`;
    await until(() => fetch(`${auditUrl}/docs-json`).then((r) => r.ok), 'the audit API', 120_000);
    const port = await freePort();
    // The web app's own server process, as `npm run up` starts it.
    web = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/web/server/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'),
        WEB_PORT: String(port),
        WEB_DIST_DIR: DIST,
        DIRECTIVE_API_URL: stack.baseUrl,
        AUDIT_API_URL: auditUrl,
      },
      stdio: 'ignore',
    });
    baseUrl = `http://127.0.0.1:${port}`;
    await until(() => fetch(baseUrl).then((r) => r.ok), 'the web server', 60_000);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    web?.kill('SIGTERM');
    audit?.kill('SIGTERM');
    await stack?.stop();
  });

  it('an issuer signs in, imports a letter, sees the draft beside it and issues it (1366×768)', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.office, locale: 'vi-VN' });
    await signIn(page, 'van-phong-ubnd-tinh.vanthu');
    await page.getByRole('heading', { name: 'Văn bản chỉ đạo' }).waitFor();
    await visited(page, 'issuer-directives');

    await page.getByRole('button', { name: 'Nhập văn bản' }).click();
    await page.getByRole('heading', { name: 'Nhập văn bản chỉ đạo' }).waitFor();
    await page.getByLabel('Nội dung văn bản').fill(journeyLetter(letterNumber));
    await visited(page, 'issuer-import-paste');
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();

    // The draft beside the letter; choosing a task lights up its line.
    await page.getByText('Nhiệm vụ (2)').waitFor();
    await until(async () => (await page.getByLabel('Số, ký hiệu').inputValue()) === `${letterNumber}/UBND-TH`, 'the draft number');
    await page.getByRole('button', { name: /^Mục 1\. Sở Nội vụ chủ trì rà soát/ }).click();
    const background = (line: number) =>
      page
        .locator(`li[data-line="${line}"]`)
        .evaluate(
          (el) =>
            (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor,
        );
    await until(async () => (await background(13)) === 'rgb(255, 241, 184)', 'line 13 lit');
    expect(await background(15)).not.toBe('rgb(255, 241, 184)');
    await page.locator('.ant-tag', { hasText: /^Sở Nội vụ$/ }).waitFor();
    await visited(page, 'issuer-import-draft');

    await page.getByRole('button', { name: 'Tạo và ban hành' }).click();
    await page.getByRole('heading', { name: new RegExp(`${letterNumber}/UBND-TH`) }).waitFor();
    await page.getByText('Đã ban hành', { exact: true }).first().waitFor();
    // Each unit's row appears once its follow-up has started.
    await page.getByRole('link', { name: 'Sở Nội vụ' }).waitFor({ timeout: 120_000 });
    await visited(page, 'issuer-directive');
    directiveId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await page.close();
  });

  it('a unit head signs in on a phone, acknowledges the task and reports progress', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone, locale: 'vi-VN', isMobile: true, hasTouch: true });
    await signIn(page, 'so-noi-vu.giamdoc');
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    const row = page.getByRole('link', { name: /Sở Nội vụ chủ trì rà soát/ });
    await row.waitFor({ timeout: 60_000 });
    await visited(page, 'unit-head-todo');

    await row.click();
    await page.getByRole('heading', { name: new RegExp(`Nhiệm vụ 1 — ${letterNumber}/UBND-TH`) }).waitFor();
    // Only what is allowed now: acknowledge or refuse, not yet progress.
    await page.getByRole('button', { name: 'Tiếp nhận' }).waitFor();
    expect(await page.getByRole('button', { name: 'Báo cáo tiến độ' }).count()).toBe(0);
    await visited(page, 'unit-head-task-assigned');

    await page.getByRole('button', { name: 'Tiếp nhận' }).click();
    await until(async () => (await page.getByTestId('task-status').textContent()) === 'đã tiếp nhận', 'status acknowledged');
    const taskPath = new URL(page.url()).pathname;
    const taskId = decodeURIComponent(taskPath.split('/').pop() ?? '');

    // Evidence: a file attached, listed, downloaded byte for byte.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Tải tệp minh chứng lên' }).click(),
    ]);
    await chooser.setFiles({ name: EVIDENCE_NAME, mimeType: 'application/pdf', buffer: EVIDENCE_PDF });
    await page.getByTestId('evidence-name').filter({ hasText: EVIDENCE_NAME }).waitFor();
    await visited(page, 'unit-head-evidence-listed');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Tải xuống ${EVIDENCE_NAME}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(EVIDENCE_NAME);
    expect(fs.readFileSync(await download.path()).equals(EVIDENCE_PDF)).toBe(true);

    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    await page.getByLabel('Phần trăm hoàn thành').fill('40');
    await page.getByLabel('Ghi chú').fill('Đã rà soát 12 quy trình');
    await page.getByRole('checkbox', { name: EVIDENCE_NAME }).check();
    await visited(page, 'unit-head-progress-form');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await until(async () => (await page.getByTestId('task-status').textContent()) === 'đang thực hiện', 'status in progress');
    await page
      .getByText(/40\s*%/)
      .first()
      .waitFor();
    await visited(page, 'unit-head-task-in-progress');
    // The report carries the file as its evidence (name and link), as the workflow recorded it.
    const reported = await stack.call<{ state: { lastProgress: { evidence: { title: string; ref: string }[] } } }>(
      'GET',
      `/v1/tasks/${encodeURIComponent(taskId)}`,
      {
        token: await stack.token('unit-head', 'so-noi-vu'),
      },
    );
    expect(reported.body.state.lastProgress.evidence).toEqual([
      { title: EVIDENCE_NAME, ref: expect.stringMatching(new RegExp(`^/v1/tasks/.+/files/[0-9a-f]{24}$`)) },
    ]);

    // Another department's head is refused the task and its file, through the web app's own proxy.
    const fileRef = reported.body.state.lastProgress.evidence[0].ref;
    const stranger = await fetch(`${baseUrl}${fileRef}`, {
      headers: { authorization: `Bearer ${await stack.token('unit-head', 'so-y-te')}` },
    });
    expect(stranger.status).toBe(403);
    expect(((await stranger.json()) as { message: string }).message).toMatch(/ngoài phạm vi của Sở Y tế \(not your unit's task\)$/);
    const other = await browser.newPage({ viewport: VIEWPORTS.phone, locale: 'vi-VN', isMobile: true, hasTouch: true });
    await signIn(other, 'so-y-te.giamdoc');
    await other.goto(`${baseUrl}${taskPath}`);
    await other
      .getByRole('alert')
      .filter({ hasText: /ngoài phạm vi của Sở Y tế/ })
      .waitFor();
    expect(await other.getByTestId('evidence-name').count()).toBe(0);
    await visited(other, 'other-unit-head-task-refused');
    await other.close();

    // A notice for the unit (as the notifier writes one), read in the inbox and marked read.
    const db = await mongoose.createConnection(stack.env.MONGODB_URI).asPromise();
    const inbox = new InboxRepository(db);
    await inbox.add({
      idempotencyKey: `${taskId}|reminder|web-journey|0|so-noi-vu.giamdoc`,
      recipientUserId: 'so-noi-vu.giamdoc',
      recipientUnitId: 'so-noi-vu',
      recipientEmail: null,
      kind: 'reminder',
      taskId,
      directiveId,
      directiveNumber: `${letterNumber}/UBND-TH`,
      itemRef: '1',
      leadUnitId: 'so-noi-vu',
      trigger: 'web-journey',
      level: 0,
      dueAt: null,
      daysOverdue: null,
      subject: `Nhắc hạn nhiệm vụ 1 — ${letterNumber}/UBND-TH`,
      body: 'Đề nghị báo cáo tiến độ.',
      link: taskPath,
      eventId: `web-journey-${taskId}`,
      createdAt: new Date().toISOString(),
      emailedAt: null,
      readAt: null,
    });
    await db.close();
    await page.reload();
    await page.getByRole('link', { name: /^Thông báo: [1-9]\d* chưa đọc$/ }).click();
    await page.getByRole('heading', { name: /Thông báo \([1-9]\d* chưa đọc\)/ }).waitFor();
    await page.getByRole('button', { name: `Đánh dấu đã đọc: Nhắc hạn nhiệm vụ 1 — ${letterNumber}/UBND-TH` }).waitFor();
    await visited(page, 'unit-head-inbox');
    await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await page.getByRole('heading', { name: 'Thông báo (0 chưa đọc)' }).waitFor();
    await page.getByRole('link', { name: 'Thông báo: 0 chưa đọc' }).first().waitFor();
    expect(await page.getByRole('button', { name: /^Đánh dấu đã đọc: / }).count()).toBe(0);
    await visited(page, 'unit-head-inbox-read');
    await page.close();
  });

  it('a leader signs in and reads the dashboard in the official taxonomy, in Vietnamese or English', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.office, locale: 'vi-VN' });
    await signIn(page, 'ubnd-tinh.chutich');
    await page.getByRole('heading', { name: 'Tổng hợp kết quả thực hiện' }).waitFor();
    await page.getByText('Hoàn thành đúng hạn').first().waitFor();
    await page.getByText('Chưa hoàn thành, quá hạn').first().waitFor();
    // The unit × month matrix and the ranking are there too.
    await page.getByText(/^Mỗi ô: số hoàn thành đúng hạn/).waitFor();
    await page.getByRole('columnheader', { name: 'Hạng' }).waitFor();
    await visited(page, 'leader-dashboard');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Results dashboard' }).waitFor();
    await visited(page, 'leader-dashboard-en');
    await page.close();
  });

  it('an auditor verifies the audit chain of the directive, and sees a tampered entry named', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.office, locale: 'vi-VN' });
    await signIn(page, 'thanh-tra-tinh.thanhtravien');
    await page.getByRole('heading', { name: 'Kiểm tra chuỗi nhật ký' }).waitFor();
    await page.getByRole('combobox', { name: 'Văn bản' }).click();
    await page.locator('.ant-select-item-option', { hasText: `${letterNumber}/UBND-TH` }).click();
    // The audit consumer records the issue and the tasks' facts shortly after they happen.
    const entries = async () => Number((await page.locator('.ant-descriptions-item-content').first().textContent()) ?? 0);
    await until(
      async () => {
        await page.getByRole('button', { name: 'Kiểm tra' }).click();
        await page.getByText('Chuỗi nhật ký nguyên vẹn').waitFor({ timeout: 5_000 });
        return (await entries()) >= 3;
      },
      'three audit entries, verified',
      120_000,
    );
    await visited(page, 'auditor-chain-ok');

    const db = await mongoose.createConnection(stack.env.MONGODB_URI).asPromise();
    try {
      const tampered = await db.collection('audit_entries').updateOne({ directiveId, seq: 2 }, { $set: { who: 'ke-gian' } });
      expect(tampered.modifiedCount).toBe(1);
    } finally {
      await db.close();
    }
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByText('Chuỗi nhật ký bị sửa đổi').waitFor();
    await page.getByText(/^#2 \(edited\): /).waitFor();
    await visited(page, 'auditor-chain-tampered');
    await page.close();
  });
  it('an administrator reads the reference data, is refused a bad calendar version with its problems, publishes a good one and uploads org chart version 2', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.office, locale: 'vi-VN' });
    await signIn(page, 'so-thong-tin-truyen-thong.quantri');
    await page.getByRole('link', { name: 'Dữ liệu tham chiếu' }).first().click();
    await page.getByRole('heading', { name: 'Dữ liệu tham chiếu', level: 1 }).waitFor();
    // Version 1 is the calendar shipped in code; its 2025 announcement gives 1/9 with 2/9.
    const versions = page.getByRole('region', { name: 'Các phiên bản lịch làm việc', exact: true }).first();
    await versions.getByRole('cell', { name: '1', exact: true }).first().waitFor();
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.locator('.ant-select-item-option', { hasText: /^2025$/ }).click();
    const dayOff = page.getByRole('row', { name: /01\/09\/2025.*nghỉ.*8726\/VPCP-KGVX/ });
    await dayOff.waitFor();
    await page.getByRole('heading', { name: 'Các phiên bản sơ đồ tổ chức' }).waitFor();
    await visited(page, 'admin-reference-data');

    const publishing = page.getByRole('region', { name: 'Công bố phiên bản lịch làm việc mới' });
    const json = publishing.getByLabel('Nội dung JSON của phiên bản');
    const publish = publishing.getByRole('button', { name: /Công bố$/ });
    await json.fill(
      JSON.stringify({ notice: 'x', years: { '2031': { source: 'Thông báo thử nghiệm', nationalDayAdjacent: '1/9/2031' } } }),
    );
    await publish.click();
    const problems = publishing.getByRole('list', { name: 'Các lỗi' });
    await problems.getByText('ngày dạng YYYY-MM-DD (a date as YYYY-MM-DD)', { exact: false }).waitFor();
    await problems.getByText('(name the announcing notice)', { exact: false }).waitFor();
    await visited(page, 'admin-calendar-refused');

    const notice = `Thông báo thử nghiệm số ${letterNumber}/TB-E2E`;
    const daysOff = [{ date: '2031-03-05', name: 'Ngày nghỉ thử nghiệm', notice }];
    await json.fill(
      JSON.stringify({ notice, years: { '2031': { source: `${notice} ngày 01/12/2030`, nationalDayAdjacent: '2031-09-01', daysOff } } }),
    );
    await publish.click();
    await publishing.getByRole('status').filter({ hasText: 'Đã công bố phiên bản 2' }).waitFor();
    await versions.getByRole('row', { name: new RegExp(`${letterNumber}/TB-E2E`) }).waitFor();
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.locator('.ant-select-item-option', { hasText: /^2031$/ }).click();
    await page.getByRole('row', { name: /05\/03\/2031.*nghỉ.*Ngày nghỉ thử nghiệm/ }).waitFor();
    await visited(page, 'admin-calendar-published');

    // Version 2 of the org chart (Huế a city from 1/1/2025), uploaded as its file: the succession map reads in unit names.
    const orgPublishing = page.getByRole('region', { name: 'Công bố phiên bản sơ đồ tổ chức mới' });
    await orgPublishing
      .locator('input[type="file"]')
      .setInputFiles(path.join(ROOT, 'infra/seed/org-chart-versions/thua-thien-hue.v2.2025-01-01.json'));
    await until(
      async () => (await orgPublishing.getByLabel('Nội dung JSON của phiên bản').inputValue()).includes('ubnd-quan-phu-xuan'),
      'the uploaded file in the text box',
    );
    await orgPublishing.getByRole('button', { name: /Công bố$/ }).click();
    await orgPublishing.getByRole('status').filter({ hasText: 'Đã công bố phiên bản 2' }).waitFor({ timeout: 60_000 });
    const succession = page.getByRole('region', { name: 'Đơn vị kế thừa — phiên bản 2', exact: true }).first();
    await succession
      .getByRole('row', {
        name: /Ủy ban nhân dân thành phố Huế.*chia tách.*Ủy ban nhân dân quận Phú Xuân; Ủy ban nhân dân quận Thuận Hóa.*1314\/NQ-UBTVQH15/,
      })
      .waitFor();
    await visited(page, 'admin-org-chart-published');
    // The same page on a phone: tables scroll inside their own width, nothing is cut off.
    await page.setViewportSize(VIEWPORTS.phone);
    await page.getByRole('link', { name: 'Dữ liệu tham chiếu' }).first().waitFor();
    await visited(page, 'admin-reference-data-phone');
    await page.close();
  });
});

// End to end on the real servers and processes: a directive whose two items for two units
// fall due within a minute; both units slip; at the second escalation the notifier drafts
// exactly one công văn đôn đốc per unit for the round, links it to the leader's notice and
// attaches it (.docx) to the e-mail the mailbox receives. The issuer edits it and marks it
// sent (audited, conditional on the revision they saw). The month's report downloads as
// JSON, .xlsx and .docx; a preview of 907/UBND-NV answers without touching a task.
import { MongoAuditTrail } from '@dondoc/audit';
import type { OrgChartSeed } from '@dondoc/domain';
import type { InboxNotice } from '@dondoc/persistence';
import type { DirectivePreview, PromptingLetter, Report } from '@dondoc/reports';
import { Workbook, type Worksheet } from 'exceljs';
import * as mammoth from 'mammoth';
import mongoose from 'mongoose';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { uniqueName } from '@dondoc/testing';
import { DondocStack, eventually } from './support/dondoc-stack';

jest.setTimeout(300_000);

const UNITS = ['so-tai-chinh', 'so-y-te'];
const LEADER_OF: Record<string, string> = { 'so-tai-chinh': 'ubnd-tinh.pct-kinh-te', 'so-y-te': 'ubnd-tinh.pct-van-hoa-xa-hoi' };
const HEAD_OF: Record<string, string> = { 'so-tai-chinh': 'Giám đốc Sở Tài chính', 'so-y-te': 'Giám đốc Sở Y tế' };

interface DirectiveView {
  id: string;
  assignments: { taskId: string; leadUnitId: string; itemRef: string }[];
}
type LetterView = PromptingLetter & { text: { lines: string[]; request: string } };
type Mail = {
  to: string[];
  subject: string;
  text: string;
  noticeKey: string | null;
  attachments?: { filename: string; contentType: string; size: number; contentBase64: string }[];
};

const vnMonth = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 7);

describe('official outputs on the running stack', () => {
  let stack: DondocStack;
  let issuer: string;
  let directive: DirectiveView;
  let number: string;
  let dueAt: string;

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-out');
    issuer = await stack.token('issuer', 'van-phong-ubnd-tinh', 'van-phong-ubnd-tinh.vanthu');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const download = async (url: string, token: string) => {
    const res = await fetch(`${stack.baseUrl}${url}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      bytes: Buffer.from(await res.arrayBuffer()),
    };
  };

  it('drafts one letter per unit at the second escalation, attached to the leader’s notice and e-mail', async () => {
    number = `${uniqueName('DD')}/UBND-VP`;
    dueAt = new Date(Date.now() + 50_000).toISOString();
    const draft = await stack.call<DirectiveView>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number,
        date: new Date().toISOString().slice(0, 10),
        subject: 'V/v thử nghiệm công văn đôn đốc',
        issuerUnitId: 'ubnd-tinh',
        tasks: ['1', '2'].map((itemRef) => ({
          itemRef,
          text: `Nhiệm vụ ${itemRef}: rà soát, báo cáo kết quả thực hiện`,
          leadUnitIds: UNITS,
          deadline: { at: dueAt },
          acknowledgeWithin: { ms: 600_000 },
          reminderWorkingDays: [1],
          escalation: { levels: 2, delay: { ms: 15_000 } },
        })),
      },
    });
    expect(draft.status).toBe(201);
    const issued = await stack.call<DirectiveView>('POST', `/v1/directives/${draft.body.id}/issue`, { token: issuer });
    expect(issued.status).toBe(200);
    directive = issued.body;
    const admin = await stack.token('admin', 'so-thong-tin-truyen-thong');
    await eventually(
      () => stack.call<unknown[]>('GET', `/v1/tasks?directiveId=${directive.id}`, { token: admin }),
      (r) => r.body.length === 4,
      60_000,
      'four projected tasks',
    );
    for (const a of directive.assignments) {
      const head = await stack.token('unit-head', a.leadUnitId, `${a.leadUnitId}.giamdoc`);
      expect((await stack.call('POST', `/v1/tasks/${encodeURIComponent(a.taskId)}/acknowledge`, { token: head, body: {} })).status).toBe(
        200,
      );
    }

    // The leader in charge of each unit gets the level-2 notices, which link the letter.
    for (const unit of UNITS) {
      const leader = await stack.token('leader', 'ubnd-tinh', LEADER_OF[unit]);
      const notices = await eventually(
        () => stack.call<InboxNotice[]>('GET', '/v1/inbox', { token: leader }),
        (r) => r.body.filter((n) => n.kind === 'escalation' && n.level === 2 && n.leadUnitId === unit).length >= 2,
        120_000,
        `two level-2 notices for ${unit}`,
      );
      const level2 = notices.body.filter((n) => n.kind === 'escalation' && n.level === 2 && n.leadUnitId === unit);
      expect(new Set(level2.map((n) => n.letterId)).size).toBe(1);
      expect(level2[0].letterId).toBe(
        `letter:${directive.id}:${unit}:due@${new Date(Date.parse(dueAt) + 7 * 3_600_000).toISOString().slice(0, 10)}`,
      );
      expect(level2[0].body).toContain('/v1/letters/');
    }

    // Exactly one letter per (directive, unit, round), each listing both overdue items.
    const letters = await stack.call<PromptingLetter[]>('GET', `/v1/letters?directiveId=${directive.id}`, { token: issuer });
    expect(letters.status).toBe(200);
    expect(letters.body.map((l) => l.unitId).sort()).toEqual([...UNITS].sort());
    for (const l of letters.body) {
      expect(l).toMatchObject({ status: 'draft', level: 2, directiveNumber: number, addressee: { title: HEAD_OF[l.unitId] } });
      expect(l.tasks.map((t) => t.itemRef).sort()).toEqual(['1', '2']);
      expect(l.tasks.every((t) => t.dueAt === new Date(dueAt).toISOString() && t.workingDaysOverdue === 0)).toBe(true);
    }

    // Each level-2 e-mail carries the letter as a .docx the mailbox shows.
    const mails = await eventually(
      () => stack.mails() as Promise<Mail[]>,
      (m) => m.filter((x) => x.noticeKey?.includes('|escalation|due|2|')).length >= 4,
      60_000,
      'four level-2 e-mails',
    );
    const level2Mails = mails.filter((m) => m.noticeKey?.includes('|escalation|due|2|'));
    for (const mail of level2Mails) {
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments?.[0]).toMatchObject({
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      expect(mail.attachments?.[0].filename).toMatch(/^cong-van-don-doc-.*\.docx$/);
      expect(mail.text).toContain('Dự thảo công văn đôn đốc');
    }
    const taiChinh = level2Mails.find((m) => m.to.includes('ubnd-tinh.pct-kinh-te@example.gov.vn'));
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(taiChinh?.attachments?.[0].contentBase64 ?? '', 'base64') });
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Kính gửi: Giám đốc Sở Tài chính',
      `V/v đôn đốc thực hiện văn bản số ${number}`,
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Văn An',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(expected);
    }
    // No mail but the level-2 ones carries a letter.
    expect(mails.filter((m) => !m.noticeKey?.includes('|escalation|due|2|') && (m.attachments?.length ?? 0) > 0)).toEqual([]);
  });

  it('the issuer edits the draft and marks it sent, once, audited', async () => {
    const id = `letter:${directive.id}:so-tai-chinh:due@${new Date(Date.parse(dueAt) + 7 * 3_600_000).toISOString().slice(0, 10)}`;
    const url = `/v1/letters/${encodeURIComponent(id)}`;
    const before = await stack.call<LetterView>('GET', url, { token: issuer });
    expect(before.status).toBe(200);
    expect(before.body.text.lines).toHaveLength(2);

    const head = await stack.token('unit-head', 'so-tai-chinh', 'so-tai-chinh.giamdoc');
    expect((await stack.call('PATCH', url, { token: head, body: { revision: before.body.revision, number: '15' } })).status).toBe(403);
    const bad = await stack.call<{ problems: string[] }>('PATCH', url, {
      token: issuer,
      body: { revision: before.body.revision, date: '31/12/2022' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems.join(' ')).toContain('YYYY-MM-DD');

    const edited = await stack.call<PromptingLetter>('PATCH', url, {
      token: issuer,
      body: {
        revision: before.body.revision,
        number: '15',
        date: new Date().toISOString().slice(0, 10),
        note: 'Đề nghị báo cáo rõ nguyên nhân chậm trễ.',
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ number: '15', revision: before.body.revision + 1, status: 'draft' });
    const stale = await stack.call<{ message: string }>('PATCH', url, {
      token: issuer,
      body: { revision: before.body.revision, number: '16' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toContain('stale revision');

    const file = await download(`${url}/docx`, issuer);
    expect(file.status).toBe(200);
    expect(file.disposition).toMatch(/attachment; filename="cong-van-don-doc-.*\.docx"/);
    const { value: text } = await mammoth.extractRawText({ buffer: file.bytes });
    expect(text).toContain('Số: 15/UBND-VP');
    expect(text).toContain('Đề nghị báo cáo rõ nguyên nhân chậm trễ.');

    const sent = await stack.call<PromptingLetter>('POST', `${url}/sent`, { token: issuer, body: { revision: edited.body.revision } });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sent', sentBy: 'van-phong-ubnd-tinh.vanthu' });
    expect((await stack.call('POST', `${url}/sent`, { token: issuer, body: { revision: sent.body.revision } })).status).toBe(409);
    expect((await stack.call('PATCH', url, { token: issuer, body: { revision: sent.body.revision, number: '17' } })).status).toBe(409);

    const connection = await mongoose.createConnection(stack.env.MONGODB_URI).asPromise();
    try {
      const entries = await new MongoAuditTrail(connection).entries(directive.id);
      const letterEntries = entries
        .filter((e) => e.what.startsWith('letter.'))
        .map((e) => [e.what, e.who, (e.details as { letterId: string }).letterId]);
      expect(letterEntries).toEqual([
        ['letter.edited', 'van-phong-ubnd-tinh.vanthu', id],
        ['letter.sent', 'van-phong-ubnd-tinh.vanthu', id],
      ]);
    } finally {
      await connection.close();
    }
  });

  it("downloads the month's report as JSON, .xlsx and .docx, within the caller's scope", async () => {
    const period = vnMonth(dueAt);
    const query = `/v1/reports?scope=directive&directiveId=${encodeURIComponent(directive.id)}&period=${period}`;
    const json = await stack.call<Report>('GET', query, { token: issuer });
    expect(json.status).toBe(200);
    expect(json.body.totals).toMatchObject({ total: 4, due: 4, overdue: 4, doneOnTime: 0, onTimeRate: 0 });
    expect(json.body.overdue.map((o) => o.unitId).sort()).toEqual(['so-tai-chinh', 'so-tai-chinh', 'so-y-te', 'so-y-te']);

    const xlsx = await download(`${query}&format=xlsx`, issuer);
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.bytes as never);
    const sheet = workbook.getWorksheet('Tổng hợp') as Worksheet;
    expect((sheet.getRow(sheet.rowCount).values as unknown[]).slice(2)).toEqual(['Tổng cộng', 4, 4, 0, 0, 0, 4, 0, '0,0%']);

    const docx = await download(`${query}&format=docx`, issuer);
    expect(docx.status).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: docx.bytes });
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(`văn bản số ${number}`);
    expect(text).toContain('/BC-UBND');

    const csv = await download(`${query}&format=csv&table=overdue`, issuer);
    expect(csv.bytes.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(5);

    // A unit head: their own unit's report only.
    const head = await stack.token('unit-head', 'so-y-te', 'so-y-te.giamdoc');
    expect((await stack.call('GET', query, { token: head })).status).toBe(403);
    const own = await stack.call<Report>('GET', `/v1/reports?scope=unit&unitId=so-y-te&period=${period}`, { token: head });
    expect(own.status).toBe(200);
    expect(own.body.totals).toMatchObject({ overdue: 2 });
    expect((await stack.call('GET', `/v1/reports?scope=unit&unitId=so-tai-chinh&period=${period}`, { token: head })).status).toBe(403);

    const bad = await stack.call<{ problems: string[] }>('GET', '/v1/reports?period=2022-13&format=pdf', { token: issuer });
    expect(bad.status).toBe(400);
    expect(bad.body.problems.join(' ')).toMatch(/period must be YYYY-MM, YYYY-Qn or YYYY/);
    expect(bad.body.problems.join(' ')).toMatch(/format must be json, xlsx, docx or csv/);
    expect((await stack.call('GET', `/v1/reports?scope=unit&unitId=khong-co&period=${period}`, { token: issuer })).status).toBe(404);
  });

  it('previews 907/UBND-NV for every addressed unit without creating a task', async () => {
    const fixture = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../infra/seed/directive.907-UBND-NV.json'), 'utf8')) as {
      number: string;
      date: string;
      subject: string;
      issuerUnitId: string;
      recurrence: { every: 'month'; dueDay: number; from: string; until: string };
      tasks: { itemRef: string; text: string }[];
    };
    const chart = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../infra/seed/org-chart.thua-thien-hue.2022.json'), 'utf8'),
    ) as OrgChartSeed;
    const leadUnitIds = chart.charts[0].units
      .filter((u) => u.groups.some((g) => g === 'provincial-sectors' || g === 'district-people-committees'))
      .map((u) => u.id);
    expect(leadUnitIds).toHaveLength(35);
    const body = {
      draft: {
        number: fixture.number,
        date: fixture.date,
        subject: fixture.subject,
        issuerUnitId: fixture.issuerUnitId,
        tasks: fixture.tasks.map((t) => ({ itemRef: t.itemRef, text: t.text, leadUnitIds, deadline: fixture.recurrence })),
      },
      behaviour: { kind: 'late', workingDays: 2 },
    };
    const started = Date.now();
    const preview = await stack.call<DirectivePreview>('POST', '/v1/directives/preview', { token: issuer, body });
    console.log(`preview of ${fixture.number}: ${preview.body.taskCount} tasks in ${Date.now() - started} ms`);
    expect(preview.status).toBe(200);
    expect(preview.body.taskCount).toBe(6 * 35);
    const noiVu = preview.body.units.find((u) => u.unitId === 'so-noi-vu');
    expect(noiVu?.behaviour).toBe('luôn báo cáo chậm 2 ngày làm việc');
    expect(noiVu?.grades[0]).toMatchObject({ year: 2022, ruleId: 'nd90-share/1', grade: 'unsatisfactory' });

    // Nothing real was touched: the read model has only the four tasks of the first test.
    const admin = await stack.token('admin', 'so-thong-tin-truyen-thong');
    expect((await stack.call<unknown[]>('GET', '/v1/tasks?limit=500', { token: admin })).body).toHaveLength(4);

    const bad = await stack.call<{ problems: string[] }>('POST', '/v1/directives/preview', {
      token: issuer,
      body: {
        ...body,
        draft: { ...body.draft, tasks: [{ ...body.draft.tasks[0], leadUnitIds: ['khong-co'] }] },
        behaviour: { kind: 'late', workingDays: 0 },
      },
    });
    expect(bad.status).toBe(400);
    const head = await stack.token('unit-head', 'so-y-te', 'so-y-te.giamdoc');
    expect((await stack.call('POST', '/v1/directives/preview', { token: head, body })).status).toBe(403);
  });
});

// Evidence files of a task against the real directive API process and the MongoDB-wire
// store (GridFS on SecantusDB): the lead unit uploads, the file is listed and downloaded
// byte for byte under the task's scope rules, another unit is refused, and the size and
// type limits answer 413 and 415 in Vietnamese and English.
import { uniqueName } from '@dondoc/testing';
import { createHash } from 'node:crypto';
import { DondocStack } from '../support/dondoc-stack';

jest.setTimeout(300_000);

const MAX_BYTES = 64 * 1024;

interface EvidenceFile {
  fileId: string;
  fileName: string;
  size: number;
  contentType: string;
  sha256: string;
  taskId: string;
}

describe('evidence files of a task (GridFS on the MongoDB-wire store)', () => {
  let stack: DondocStack;
  const taskIds: string[] = [];
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(40_000, 0x41), Buffer.from('\n%%EOF\n')]);

  const upload = async (taskId: string, token: string, name: string, bytes: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${stack.baseUrl}/v1/tasks/${encodeURIComponent(taskId)}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as EvidenceFile & { message?: string } };
  };

  beforeAll(async () => {
    stack = await DondocStack.start('e2e-evidence', ['directive-api'], { EVIDENCE_MAX_BYTES: String(MAX_BYTES) });
    const issuer = await stack.token('issuer', 'van-phong-ubnd-tinh');
    const draft = await stack.call<{ id: string }>('POST', '/v1/directives', {
      token: issuer,
      body: {
        number: `${uniqueName('MINHCHUNG')}/UBND-NV`,
        date: new Date().toISOString().slice(0, 10),
        subject: 'Minh chứng',
        issuerUnitId: 'ubnd-tinh',
        tasks: [
          {
            itemRef: '1',
            text: 'Rà soát thủ tục',
            leadUnitIds: ['so-noi-vu'],
            deadline: { at: new Date(Date.now() + 86_400_000).toISOString() },
          },
          {
            itemRef: '2',
            text: 'Báo cáo y tế',
            leadUnitIds: ['so-y-te'],
            deadline: { at: new Date(Date.now() + 86_400_000).toISOString() },
          },
        ],
      },
    });
    const issued = await stack.call<{ assignments: { taskId: string }[] }>('POST', `/v1/directives/${draft.body.id}/issue`, {
      token: issuer,
    });
    taskIds.push(...issued.body.assignments.map((a) => a.taskId));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('the lead unit uploads a file; it is listed with its total and downloaded byte for byte, by the task readers only', async () => {
    const head = await stack.token('unit-head', 'so-noi-vu');
    const up = await upload(taskIds[0], head, 'Biên bản rà soát.pdf', pdf);
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      fileName: 'Biên bản rà soát.pdf',
      size: pdf.length,
      contentType: 'application/pdf',
      taskId: taskIds[0],
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });

    const list = await stack.call<EvidenceFile[]>('GET', `/v1/tasks/${taskIds[0]}/files?page=1&pageSize=10`, { token: head });
    expect(list.status).toBe(200);
    expect(list.body.map((f) => f.fileId)).toEqual([up.body.fileId]);
    expect(list.headers.get('x-total-count')).toBe('1');

    const download = (token: string) =>
      fetch(`${stack.baseUrl}/v1/tasks/${taskIds[0]}/files/${up.body.fileId}`, { headers: { authorization: `Bearer ${token}` } });
    const own = await download(head);
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer()).equals(pdf)).toBe(true);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('content-disposition')).toBe(
      `attachment; filename="Bien ban ra soat.pdf"; filename*=UTF-8''${encodeURIComponent('Biên bản rà soát.pdf')}`,
    );

    // Same rules as reading the task: a leader reads everything, another department nothing.
    expect((await download(await stack.token('leader', 'ubnd-tinh'))).status).toBe(200);
    const other = await download(await stack.token('unit-head', 'so-y-te'));
    expect(other.status).toBe(403);
    expect(((await other.json()) as { message: string }).message).toMatch(/ngoài phạm vi của Sở Y tế \(not your unit's task\)/);
    expect((await stack.call('GET', `/v1/tasks/${taskIds[0]}/files`, { token: await stack.token('assignee', 'so-y-te') })).status).toBe(
      403,
    );
    // A file is reached only through its own task.
    expect(
      (await stack.call('GET', `/v1/tasks/${taskIds[1]}/files/${up.body.fileId}`, { token: await stack.token('leader', 'ubnd-tinh') }))
        .status,
    ).toBe(404);
  });

  it('refuses another unit, and too large, wrong type, disguised and non-multipart uploads in Vietnamese and English', async () => {
    const head = await stack.token('unit-head', 'so-noi-vu');
    const stranger = await upload(taskIds[0], await stack.token('unit-head', 'so-y-te'), 'a.pdf', pdf);
    expect(stranger.status).toBe(403);

    const large = await upload(taskIds[0], head, 'lon.pdf', Buffer.concat([pdf, Buffer.alloc(MAX_BYTES)]));
    expect(large.status).toBe(413);
    expect(large.body.message).toBe(`Tệp vượt quá dung lượng cho phép 0.1 MB (file larger than ${MAX_BYTES} bytes)`);

    const exe = await upload(taskIds[0], head, 'cai-dat.exe', Buffer.from('MZ\x90\x00program'));
    expect(exe.status).toBe(415);
    expect(exe.body.message).toMatch(/^Loại tệp "exe" không được chấp nhận; chỉ nhận: pdf, docx, .* \(file type not accepted\)$/);

    const disguised = await upload(taskIds[0], head, 'bao-cao.pdf', Buffer.from('MZ\x90\x00program'));
    expect(disguised.status).toBe(415);
    expect(disguised.body.message).toBe('Nội dung tệp "bao-cao.pdf" không phải tệp .pdf (the file\'s bytes are not a .pdf file)');

    const json = await stack.call<{ message: string }>('POST', `/v1/tasks/${taskIds[0]}/files`, { token: head, body: {} });
    expect(json.status).toBe(415);
    expect(json.body.message).toMatch(/^Cần gửi tệp dạng multipart\/form-data/);

    // None of the refused uploads was stored.
    expect((await stack.call<EvidenceFile[]>('GET', `/v1/tasks/${taskIds[0]}/files`, { token: head })).body).toHaveLength(1);
  });

  it('a report may attach only files of its own task (400 naming the field)', async () => {
    const yTe = await stack.token('unit-head', 'so-y-te');
    const theirs = await upload(taskIds[1], yTe, 'so-lieu.csv', Buffer.from('đơn vị,số\nSở Y tế,3\n'));
    expect(theirs.status).toBe(201);
    const noiVu = await stack.token('unit-head', 'so-noi-vu');
    const report = await stack.call<{ problems: string[] }>('POST', `/v1/tasks/${taskIds[0]}/progress`, {
      token: noiVu,
      body: { percent: 10, note: 'Kèm tệp', fileIds: [theirs.body.fileId] },
    });
    expect(report.status).toBe(400);
    expect(report.body.problems).toEqual([
      `fileIds.0: tệp ${theirs.body.fileId} không phải tệp minh chứng của nhiệm vụ này (file ${theirs.body.fileId} is not an evidence file of this task)`,
    ]);
  });
});

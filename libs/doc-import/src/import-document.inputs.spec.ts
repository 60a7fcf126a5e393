import { importDocument, importText } from './import-document';
import type { ImportResult } from './imported-document.types';
import { encodeCp1258 } from './testing/cp1258.encoder';
import { buildDocx } from './testing/docx-fixture.builder';
import { fixtureBytes, fixtureText, sampleOrgChart } from './testing/fixture-files';
import { buildScannedPdf, buildTextPdf } from './testing/pdf-fixture.builder';

const charts = sampleOrgChart().charts;
const run = (input: Parameters<typeof importDocument>[0]): Promise<ImportResult> => importDocument(input, { orgCharts: charts });
const documentOf = (r: ImportResult) => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.document;
};
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('text inputs in other encodings and forms', () => {
  const original = documentOf(importText(fixtureText('ct-05-CT-UBND.sections.txt'), { orgCharts: charts }));
  const essentials = (r: ImportResult) => {
    const d = documentOf(r);
    return { header: [d.issuer, d.number, d.symbol, d.date, d.subject], tasks: d.tasks.map((t) => [t.ref, t.text, t.lead, t.deadline]) };
  };

  it('reads NFD-decomposed text with a BOM and CRLF line ends like the NFC original', async () => {
    const text = `\ufeff${fixtureText('ct-05-CT-UBND.sections.txt').normalize('NFD').replace(/\n/g, '\r\n')}`;
    expect(essentials(await run({ bytes: utf8(text), fileName: 'ct.txt' }))).toEqual(essentials({ ok: true, document: original }));
  });

  it('reads UTF-16LE with a BOM', async () => {
    const text = fixtureText('ct-05-CT-UBND.sections.txt');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(essentials(await run({ bytes }))).toEqual(essentials({ ok: true, document: original }));
  });

  it('reads a whole Windows-1258 file and warns that it guessed the encoding', async () => {
    const result = await run({ bytes: encodeCp1258(fixtureText('cv-2345-UBND-TH.dated-deadlines.txt')), fileName: 'cv.txt' });
    const doc = documentOf(result);
    expect(doc.subject).toBe('V/v triển khai các nhiệm vụ trọng tâm về chuyển đổi số năm 2022');
    expect(doc.tasks).toHaveLength(6);
    expect(doc.warnings[0].code).toBe('legacy-encoding');
  });

  it('reads UTF-8 with a pasted Windows-1258 line and names the line', async () => {
    const text = fixtureText('cv-2345-UBND-TH.dated-deadlines.txt');
    const lines = text.split('\n');
    const bad = encodeCp1258(lines[17]); // task 4, line 18 (1-based)
    const before = utf8(lines.slice(0, 17).join('\n') + '\n');
    const after = utf8('\n' + lines.slice(18).join('\n'));
    const bytes = new Uint8Array([...before, ...bad, ...after]);
    const doc = documentOf(await run({ bytes }));
    const warning = doc.warnings.find((w) => w.code === 'mixed-encoding');
    expect(warning?.lines).toEqual([18, 18]);
    expect(doc.tasks.find((t) => t.ref === '3')?.text).toContain('cập nhật đầy đủ dữ liệu');
  });

  it('strips markdown emphasis and escapes', async () => {
    const doc = documentOf(await run({ text: fixtureText('seed-907-UBND-NV.txt').replace('1. Tiếp tục', '1\\. *Tiếp tục*') }));
    expect(doc.tasks[0].text.startsWith('Tiếp tục làm tốt')).toBe(true);
  });
});

describe('bad inputs give clear errors or warnings, never a crash', () => {
  it('empty file', async () => {
    expect(await run({ bytes: new Uint8Array(0), fileName: 'x.txt' })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'empty-input' }),
    });
    expect(await run({ text: '  \n\r\n\t ' })).toEqual({ ok: false, error: expect.objectContaining({ code: 'empty-input' }) });
  });

  it('binary file', async () => {
    const bytes = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256);
    const r = await run({ bytes, fileName: 'data.bin' });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'binary-input' }) });
  });

  it('no input at all', async () => {
    expect(await run({})).toEqual({ ok: false, error: expect.objectContaining({ code: 'no-input' }) });
  });

  it.each([
    ['old.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], '.doc'],
    ['scan.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'OCR'],
    ['letter.rtf', [...utf8('{\\rtf1\\ansi hello}')], 'RTF'],
  ])('unsupported format %s', async (fileName, head, hint) => {
    const r = await run({ bytes: Uint8Array.from([...head, ...new Array(64).fill(0x20)]), fileName });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('unsupported-format');
      expect(r.error.message).toContain(hint);
    }
  });

  it('a corrupt .docx', async () => {
    const r = await run({ bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), fileName: 'broken.docx' });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'corrupt-file' }) });
  });

  it('survives hundreds of mangled letters (random cuts, stray characters, fake PDFs)', async () => {
    const pieces = fixtureText('tb-112-TB-VPUBND.ket-luan.txt').split('\n');
    let state = 7;
    const rnd = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 200; k++) {
      const lines = Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => {
        const l = pieces[Math.floor(rnd() * pieces.length)];
        const cut = Math.floor(rnd() * l.length);
        return rnd() < 0.3 ? l.slice(0, cut) + String.fromCharCode(Math.floor(rnd() * 0x2000)) + l.slice(cut) : l;
      });
      expect(() => importText(lines.join(rnd() < 0.5 ? '\n' : '\r\n'), { orgCharts: charts })).not.toThrow();
      const bytes = Uint8Array.from({ length: 300 }, () => Math.floor(rnd() * 256));
      bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d]); // "%PDF-"
      expect((await run({ bytes })).ok).toBe(false);
    }
  });

  it('numbers past 99 are still items', async () => {
    const items = Array.from({ length: 120 }, (_, i) => `${i + 1}. Sở Nội vụ rà soát nội dung số ${i + 1}.`).join('\n');
    const doc = documentOf(
      await run({
        text: `Số: 1/UBND-TH\nHuế, ngày 3 tháng 1 năm 2023\nV/v rà soát\n\nKính gửi: Sở Nội vụ.\n\nUBND tỉnh yêu cầu:\n${items}\n`,
      }),
    );
    expect(doc.tasks).toHaveLength(120);
    expect(doc.tasks[119].ref).toBe('120');
  });

  it('plain prose without header or numbered items still yields one task and warnings', async () => {
    const doc = documentOf(await run({ text: 'Đề nghị Sở Nội vụ báo cáo tình hình biên chế trước ngày 30/6/2022.' }));
    expect(doc.tasks).toHaveLength(1);
    expect(doc.tasks[0].lead).toEqual(['Sở Nội vụ']);
    expect(doc.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['missing-number', 'missing-date', 'no-numbered-items']));
  });
});

describe('.docx', () => {
  const docx = buildDocx([
    {
      table: [
        [
          ['ỦY BAN NHÂN DÂN', 'TỈNH THỪA THIÊN HUẾ', '', 'Số: 456/UBND-TH'],
          ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Thừa Thiên Huế, ngày 05 tháng 4 năm 2022'],
        ],
      ],
      layout: true,
    },
    { p: 'V/v thực hiện công tác thống kê năm 2022' },
    { p: '' },
    { p: 'Kính gửi: Sở Kế hoạch và Đầu tư; Sở Tài chính.' },
    { p: '' },
    { p: 'Để kịp thời tổng hợp số liệu, UBND tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:' },
    {
      p: 'Sở KH&ĐT chủ trì, phối hợp với Sở Tài chính tổng hợp số liệu kinh tế - xã hội quý I/2022; hoàn thành trước ngày 20/4/2022.',
      num: { id: 1, level: 0 },
    },
    { p: 'Sở Tài chính thực hiện các nội dung:', num: { id: 1, level: 0 } },
    { p: 'Rà soát dự toán ngân sách, hoàn thành trong tháng 5/2022;', num: { id: 1, level: 1 } },
    { p: 'Báo cáo tình hình giải ngân vốn đầu tư công trước ngày 25 hằng tháng.', num: { id: 1, level: 1 } },
    { p: 'Các nhiệm vụ cụ thể:' },
    {
      table: [
        [['STT'], ['Nhiệm vụ'], ['Cơ quan chủ trì'], ['Cơ quan phối hợp'], ['Thời hạn']],
        [['1'], ['Cập nhật cơ sở dữ liệu', 'doanh nghiệp'], ['Sở Kế hoạch và Đầu tư'], ['Sở Tài chính'], ['Quý III/2022']],
      ],
    },
    { p: 'Yêu cầu các cơ quan nghiêm túc thực hiện./.' },
    {
      table: [
        [
          ['Nơi nhận:', '- Như trên;', '- Lưu: VT, TH.'],
          ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Văn An'],
        ],
      ],
      layout: true,
    },
  ]);

  it('rebuilds automatic numbers and tables and imports the letter', async () => {
    const doc = documentOf(await run({ bytes: docx, fileName: 'cv-456.docx' }));
    expect(doc.source.format).toBe('docx');
    expect([doc.number, doc.symbol, doc.date, doc.subject]).toEqual([
      '456',
      'UBND-TH',
      '2022-04-05',
      'V/v thực hiện công tác thống kê năm 2022',
    ]);
    expect(doc.addressees).toEqual(['Sở Kế hoạch và Đầu tư', 'Sở Tài chính']);
    expect(doc.tasks.map((t) => t.ref)).toEqual(['1', '2.a', '2.b', 'B.1']);
    const byRef = Object.fromEntries(doc.tasks.map((t) => [t.ref, t]));
    expect(byRef['1']).toMatchObject({
      lead: ['Sở KH&ĐT'],
      leadUnitIds: ['so-ke-hoach-dau-tu'],
      support: ['Sở Tài chính'],
      deadline: '2022-04-20',
    });
    expect(byRef['2.a']).toMatchObject({ lead: ['Sở Tài chính'], deadline: '2022-05-31' });
    expect(byRef['2.b']).toMatchObject({ lead: ['Sở Tài chính'], recurrence: { every: 'month', dueDay: 25 } });
    expect(byRef['B.1']).toMatchObject({
      text: 'Cập nhật cơ sở dữ liệu doanh nghiệp',
      lead: ['Sở Kế hoạch và Đầu tư'],
      deadline: '2022-09-30',
    });
    expect(doc.signer).toMatchObject({ title: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH', name: 'Trần Văn An' });
    expect(doc.recipients).toEqual(['Như trên', 'Lưu: VT, TH']);
  });
});

describe('.pdf', () => {
  it('reads a PDF with an embedded Vietnamese TrueType font (fpdf2, Identity-H + ToUnicode)', async () => {
    const doc = documentOf(await run({ bytes: fixtureBytes('cv-1520-UBND-KT.text-layer.pdf'), fileName: 'cv.pdf' }));
    expect(doc.source.format).toBe('pdf');
    expect(doc.subject).toBe('V/v triển khai rà soát thủ tục hành chính năm 2022');
    expect(doc.signer).toMatchObject({ title: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH', name: 'Trần Văn An' });
  });

  it.each([false, true])('reads a simple-font PDF (compressed: %s)', async (compress) => {
    const pdf = buildTextPdf(
      [
        'BỘ NỘI VỤ                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 12/BNV-TCBC              Hà Nội, ngày 03 tháng 8 năm 2022',
        'V/v báo cáo biên chế',
        'Kính gửi: UBND các tỉnh, thành phố trực thuộc Trung ương.',
        'Bộ Nội vụ đề nghị UBND các tỉnh thực hiện các nội dung sau:',
        '1. Báo cáo số lượng biên chế trước ngày 30/9/2022.',
        '2. Cập nhật dữ liệu hằng quý.',
      ],
      { compress },
    );
    const doc = documentOf(await run({ bytes: pdf, fileName: 'bnv.pdf' }));
    expect([doc.number, doc.symbol, doc.date]).toEqual(['12', 'BNV-TCBC', '2022-08-03']);
    expect(doc.tasks.map((t) => [t.deadline, t.recurrence])).toEqual([
      ['2022-09-30', null],
      [null, { every: 'quarter' }],
    ]);
    expect(doc.units).toEqual([{ addressee: 'UBND các tỉnh, thành phố trực thuộc Trung ương', unitIds: ['ubnd-tinh'], match: 'group' }]);
  });

  it('says a scanned PDF has no text layer', async () => {
    const r = await run({ bytes: buildScannedPdf(), fileName: 'scan.pdf' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('no-text-layer');
      expect(r.error.message).toContain('bản quét');
    }
  });

  it('a truncated PDF is an error, not a crash', async () => {
    const r = await run({ bytes: fixtureBytes('cv-1520-UBND-KT.text-layer.pdf').subarray(0, 900), fileName: 'cut.pdf' });
    expect(r.ok).toBe(false);
  });
});

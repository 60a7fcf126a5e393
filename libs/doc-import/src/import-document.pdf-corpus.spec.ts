import { createHash } from 'node:crypto';
import { importDocument } from './import-document';
import { extractText } from './input/extract-text';
import type { ImportResult } from './imported-document.types';
import { fixtureBytes, sampleOrgChart } from './testing/fixture-files';

// PDFs as offices make them (fixtures/pdf-corpus, made by testing/make-pdf-corpus.ts):
// Vietnamese letters split over two fonts per line, CID fonts, two columns, a scan and a
// password, a signature. Each is read through pdf.js.
const charts = sampleOrgChart().charts;
const read = (name: string): Promise<ImportResult> =>
  importDocument({ bytes: fixtureBytes(`pdf-corpus/${name}`), fileName: name }, { orgCharts: charts });
const documentOf = async (name: string) => {
  const r = await read(name);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.document;
};

describe('realistic PDFs', () => {
  it('reads CID TrueType fonts (Identity-H, ToUnicode), the Vietnamese letters drawn in a font of their own', async () => {
    const doc = await documentOf('cv-88-UBND-VX.cid-tounicode.pdf');
    expect(doc.source.format).toBe('pdf');
    expect([doc.issuer, doc.number, doc.symbol, doc.date]).toEqual(['ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ', '88', 'UBND-VX', '2023-03-14']);
    expect(doc.subject).toBe('V/v tăng cường công tác phòng, chống dịch sốt xuất huyết năm 2023');
    expect(doc.addressees).toEqual(['Sở Y tế', 'Sở Giáo dục và Đào tạo']);
    expect(doc.tasks.map((t) => [t.ref, t.lead, t.deadline, t.recurrence])).toEqual([
      ['1', ['Sở Y tế'], '2023-04-30', null],
      ['2', ['Sở Giáo dục và Đào tạo'], null, { every: 'month', dueDay: 25 }],
    ]);
    expect(doc.tasks[0].text).toContain('tổ chức chiến dịch diệt lăng quăng, bọ gậy tại các trường học');
    expect(doc.signer).toMatchObject({ title: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH', name: 'Nguyễn Thị Hoa' });
    expect(doc.warnings).toEqual([]);
  });

  it('reads a body set in two columns column after column, the header and signature still side by side', async () => {
    const doc = await documentOf('kh-21-KH-UBND.two-columns.pdf');
    expect([doc.number, doc.symbol, doc.date, doc.docType]).toEqual(['21', 'KH-UBND', '2023-02-02', 'ke-hoach']);
    const byRef = Object.fromEntries(doc.tasks.map((t) => [t.ref, t]));
    expect(byRef['II.1']).toMatchObject({ lead: ['Sở Thông tin và Truyền thông'], deadline: '2023-06-30' });
    expect(byRef['II.1'].text).toContain('xây dựng kho dữ liệu dùng chung của tỉnh');
    expect(byRef['II.2']).toMatchObject({ lead: ['Sở Nội vụ'], recurrence: { every: 'month', dueDay: 15 } });
    expect(byRef['II.2'].text).toContain('quy trình nội bộ giải quyết thủ tục hành chính');
    expect(byRef['II.3']).toMatchObject({ lead: ['Sở Tài chính'], deadline: '2023-03-31' });
    expect(doc.signer).toMatchObject({ title: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH', name: 'Nguyễn Thị Hoa' });
    expect(doc.recipients).toEqual(['Như trên', 'CT và các PCT UBND tỉnh', 'Lưu: VT, VX']);
  });

  it('reads a task table whose cells wrap over several lines one task per row, with its unit and deadline', async () => {
    // TT | Nội dung | Đơn vị chủ trì | Thời hạn, narrow columns: the gap between two cells is
    // narrower than a justified word space, so only the borders drawn between them tell the
    // cells apart. Read from positions alone, the table was one task.
    const doc = await documentOf('cv-156-UBND-TH.wrapped-task-table.pdf');
    expect([doc.number, doc.symbol, doc.date]).toEqual(['156', 'UBND-TH', '2023-04-05']);
    expect(doc.tasks.map((t) => [t.ref, t.lead, t.deadline, t.recurrence])).toEqual([
      ['B.1', ['Sở Thông tin và Truyền thông'], '2023-06-30', null],
      ['B.2', ['Sở Nội vụ'], null, { every: 'month', dueDay: 20 }],
      ['B.3', ['Sở Tài chính'], '2023-09-30', null],
      ['B.4', ['Ban Quản lý Khu kinh tế, công nghiệp tỉnh'], '2023-09-15', null],
    ]);
    expect(doc.tasks[0].text).toMatch(
      /^Rà soát, cập nhật danh mục thủ tục hành chính .* công bố công khai trên Cổng dịch vụ công của tỉnh$/,
    );
    expect(doc.tasks[3].text).toBe('Hướng dẫn các doanh nghiệp trong khu công nghiệp thực hiện thủ tục hành chính trên môi trường điện tử');
    // Letters of the second font back in their words, in justified cells: "ở ạ" drawn in one go
    // across two words, and a gap found by the letters' widths rather than the item's average.
    expect(doc.tasks[1].text).toContain('văn hóa công sở tại các cơ quan');
    expect(doc.tasks[2].text).toMatch(/^Bố trí kinh phí triển khai các nhiệm vụ chuyển đổi số năm 2023/);
    expect(doc.warnings).toEqual([]);
  });

  it('reads the five-column task table (two units, a quarter for deadline) one task per row', async () => {
    const doc = await documentOf('kh-45-KH-UBND.task-table.pdf');
    expect(doc.tasks.map((t) => [t.ref, t.lead, t.support, t.deadline])).toEqual(
      ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Y tế'].map((unit, i) => [
        `B.${i + 1}`,
        [unit],
        ['Văn phòng UBND tỉnh'],
        ['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31'][i],
      ]),
    );
    expect(doc.tasks[0].text).toBe('Rà soát quy trình nội bộ giải quyết thủ tục hành chính thuộc lĩnh vực quản lý, nhóm 1');
  });

  it('leaves a task table row by row: column reading does not take cells for columns', async () => {
    const r = await extractText({ bytes: fixtureBytes('pdf-corpus/kh-45-KH-UBND.task-table.pdf'), fileName: 'kh-45.pdf' });
    if (!r.ok) throw new Error(r.error.message);
    const units = ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Y tế'];
    units.forEach((unit, i) =>
      expect(r.text).toMatch(new RegExp(`^\\s*${i + 1}\\s+Rà soát quy trình nội bộ giải quyết\\s+${unit}\\s`, 'm')),
    );
  });

  it('reads a digitally signed letter (PAdES, incremental update, visible stamp) exactly as the same letter unsigned', async () => {
    // What it proves: the signature's incremental update, its /Sig dictionary and its widget
    // do not change what is read, and the stamp's own text ("Digitally signed by…", which
    // pdftotext prints) does not slip into the letter. First, that the fixture is what it
    // says: signed over every byte but the signature's own, with the digest of those bytes.
    const bytes = Buffer.from(fixtureBytes('pdf-corpus/cv-88-UBND-VX.signed.pdf'));
    const latin = bytes.toString('latin1');
    expect(latin).toContain('/SubFilter /ETSI.CAdES.detached');
    expect(latin.match(/%%EOF/g)?.length).toBeGreaterThanOrEqual(2); // the letter, then the signature's update
    const [a, b, c, d] = (/\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/.exec(latin) ?? []).slice(1).map(Number);
    expect(a).toBe(0);
    expect(c + d).toBe(bytes.length);
    const signedDigest = createHash('sha256')
      .update(bytes.subarray(a, a + b))
      .update(bytes.subarray(c, c + d))
      .digest('hex');
    expect(latin.slice(a + b, c).toLowerCase()).toContain(signedDigest); // the CMS messageDigest attribute

    const signed = await documentOf('cv-88-UBND-VX.signed.pdf');
    const unsigned = await documentOf('cv-88-UBND-VX.cid-tounicode.pdf');
    expect({ ...signed, source: undefined }).toEqual({ ...unsigned, source: undefined });
    expect(signed.tasks).toHaveLength(2);
    const text = await extractText({ bytes, fileName: 'signed.pdf' });
    if (!text.ok) throw new Error(text.error.message);
    expect(text.text).not.toMatch(/Digitally signed|Timestamp/);
  });

  it('says a scan has no text layer, in Vietnamese and English', async () => {
    const r = await read('scan-88-UBND-VX.image-only.pdf');
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'no-text-layer' }) });
    if (!r.ok) {
      expect(r.error.message).toContain('PDF không có lớp chữ');
      expect(r.error.message).toContain('1 ảnh trên 1 trang: có thể là bản quét');
      expect(r.error.message).toContain('no text layer');
    }
  });

  it('refuses a password-protected PDF, saying so', async () => {
    const r = await read('cv-88-UBND-VX.password.pdf');
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'encrypted-pdf' }) });
    if (!r.ok) expect(r.error.message).toContain('password-protected');
  });
});

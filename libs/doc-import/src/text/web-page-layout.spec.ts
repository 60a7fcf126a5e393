import { importText } from '../import-document';
import { sampleOrgChart } from '../testing/fixture-files';
import { rejoinSplitSyllables } from './split-syllables';
import { reshapeWebLayout } from './web-page-layout';

// Web pages and PDF text put back into the shape the letter parser reads, line for line.
describe('reshapeWebLayout', () => {
  const page = [
    'Văn bản pháp luật » Công văn',
    '| Số hiệu | 77/UBND-NC |',
    '| Ngày ban hành | 05/03/2025 |',
    '| Loại văn bản | Công văn |',
    '| Người ký | Lê Văn Hòa |',
    '',
    '| ỦY BAN NHÂN DÂN',
    'THÀNH PHỐ HUẾ',
    '------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc |',
    '| Số:',
    '77/UBND-NC | Huế, ngày 5 tháng 3 năm 2025 |',
    '',
    'Kính gửi: Sở Tư pháp.',
    '',
    '1. Sở Tư pháp rà soát văn bản trước ngày 20/3/2025.',
    '',
    'Tệp đính kèm: cv77.pdf',
  ].join('\n');

  it('lifts the metadata block, blanks the page around the letter and spreads the header cells', () => {
    const r = reshapeWebLayout(page);
    const lines = r.text.split('\n');
    expect(lines).toHaveLength(page.split('\n').length);
    expect(r.metadata).toEqual({ reference: '77/UBND-NC', date: '05/03/2025', docTypeName: 'Công văn', signer: 'Lê Văn Hòa' });
    expect(lines.slice(0, 6).every((l) => l === '')).toBe(true);
    expect(lines[6]).toMatch(/^ỦY BAN NHÂN DÂN\s{3,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(lines[10]).toMatch(/^Số: 77\/UBND-NC\s{3,}Huế, ngày 5 tháng 3 năm 2025$/);
    expect(lines[17]).toBe('');
  });

  it('reads the letter, fills the signer from the page and says so', () => {
    const r = importText(page, { orgCharts: sampleOrgChart().charts });
    if (!r.ok) throw new Error(r.error.message);
    expect([r.document.number, r.document.symbol, r.document.date, r.document.docType]).toEqual([
      '77',
      'UBND-NC',
      '2025-03-05',
      'cong-van',
    ]);
    expect(r.document.signer?.name).toBe('Lê Văn Hòa');
    expect(r.document.warnings.map((w) => w.code)).toContain('from-page-metadata');
  });

  it('warns where the page and the letter disagree, and keeps the letter', () => {
    const r = importText(page.replace('| Ngày ban hành | 05/03/2025 |', '| Ngày ban hành | 06/03/2025 |'));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.document.date).toBe('2025-03-05');
    expect(r.document.warnings.find((w) => w.code === 'metadata-disagrees')?.message).toContain('06/03/2025');
  });

  it('rejoins a motto a narrow column wrapped', () => {
    const text = 'ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n THÀNH PHỐ HUẾ                   NAM\n';
    expect(reshapeWebLayout(text).text).toBe('ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n THÀNH PHỐ HUẾ\n');
  });
});

describe('rejoinSplitSyllables', () => {
  it('joins the syllables pdftotext cut at a stacked mark, and leaves real words alone', () => {
    const cut = 'Sở Tài chính tr ước ngày 10, b ổ sung hồ sơ, đi ểm tiêm ở xã, BỘ Y T Ế';
    expect(rejoinSplitSyllables(cut)).toBe('Sở Tài chính trước ngày 10, bổ sung hồ sơ, điểm tiêm ở xã, BỘ Y TẾ');
  });

  it('changes nothing in a clean letter', () => {
    const clean = 'Sở Y tế chủ trì, ở các xã, điểm tiêm; UBND huyện A Lưới báo cáo.';
    expect(rejoinSplitSyllables(clean)).toBe(clean);
  });
});

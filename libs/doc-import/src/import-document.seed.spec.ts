import { importDocument } from './import-document';
import type { ImportedDocument } from './imported-document.types';
import { renderSummary } from './render/summary.renderer';
import { fixtureText, sampleOrgChart } from './testing/fixture-files';

// The letter the project was built around: 907/UBND-NV of Thừa Thiên Huế, 25/01/2022.
describe('importDocument on the seed letter 907/UBND-NV', () => {
  const seed = sampleOrgChart();
  let doc: ImportedDocument;

  beforeAll(async () => {
    const result = await importDocument({ text: fixtureText('seed-907-UBND-NV.txt') }, { orgCharts: seed.charts });
    if (!result.ok) throw new Error(result.error.message);
    doc = result.document;
  });

  it('reads the header', () => {
    expect(doc.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ');
    expect(doc.number).toBe('907');
    expect(doc.symbol).toBe('UBND-NV');
    expect(doc.place).toBe('Thừa Thiên Huế');
    expect(doc.date).toBe('2022-01-25');
    expect(doc.docType).toBe('cong-van');
    expect(doc.issuerUnitId).toBe('ubnd-tinh');
  });

  it('keeps the subject line as written, "V/v" included, lines joined with spaces', () => {
    expect(doc.subject).toBe('V/v đẩy mạnh kỷ cương, kỷ luật hành chính và nâng cao hiệu quả, hiệu lực hoạt động bộ máy quản lý nhà nước');
  });

  it('reads both addressee groups and resolves them to the units of the 2022 chart', () => {
    expect(doc.addressees).toEqual(['Thủ trưởng các Sở, ban, ngành cấp tỉnh', 'Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố Huế']);
    const [sectors, districts] = doc.units;
    expect(sectors.match).toBe('group');
    expect(sectors.unitIds).toEqual(expect.arrayContaining(['so-noi-vu', 'so-ke-hoach-dau-tu', 'thanh-tra-tinh', 'ban-dan-toc']));
    expect(sectors.unitIds).not.toContain('ubnd-huyen-phu-vang');
    expect(districts.unitIds).toHaveLength(9);
    expect(districts.unitIds).toEqual(expect.arrayContaining(['ubnd-thanh-pho-hue', 'ubnd-huyen-nam-dong']));
    expect(doc.orgChart).toEqual({ chartId: 'thua-thien-hue', version: 1 });
  });

  it('takes exactly the six numbered items as tasks, not the preamble bullets', () => {
    expect(doc.tasks.map((t) => t.ref)).toEqual(['1', '2', '3', '4', '5', '6']);
    const openings = doc.tasks.map((t) => t.text.split(' ').slice(0, 4).join(' '));
    expect(openings).toEqual([
      'Tiếp tục làm tốt',
      'Quan tâm lãnh đạo,',
      'Nâng cao chất lượng',
      'Nâng cao chất lượng',
      'Thực hiện đồng bộ',
      'Khắc phục kịp thời',
    ]);
    expect(doc.tasks.map((t) => t.lines)).toEqual([
      [35, 35],
      [37, 37],
      [39, 39],
      [41, 41],
      [43, 43],
      [45, 45],
    ]);
    const unplaced = doc.warnings.find((w) => w.code === 'unplaced-items');
    expect(unplaced?.lines).toEqual([27, 31]);
    expect(unplaced?.message).toContain('tồn tại, hạn chế');
  });

  it('makes every task a monthly duty through 31/12/2022, and says why', () => {
    for (const t of doc.tasks) {
      expect(t.deadline).toBeNull();
      expect(t.recurrence).toEqual({ every: 'month', until: '2022-12-31' });
    }
    expect(doc.warnings.map((w) => w.code)).toContain('recurring-until-year-end');
  });

  it('fans every task out to all addressed units (no lead is named)', () => {
    for (const t of doc.tasks) {
      expect(t.lead).toEqual([]);
      expect(t.leadFromAddressees).toBe(true);
      expect(t.leadUnitIds).toHaveLength(35);
    }
    expect(renderSummary(doc)).toContain('6 nhiệm vụ × đơn vị chủ trì = 210 đầu việc cho 35 đơn vị');
  });

  it('reads the recipients and the signer', () => {
    expect(doc.recipients).toEqual([
      'Như trên',
      'Thường vụ Tỉnh ủy',
      'Thường trực HĐND tỉnh',
      'CT và các PCT UBND tỉnh',
      'Cổng thông tin điện tử tỉnh',
      'Lãnh đạo VP và CV: NC, TH',
      'Lưu: VT, NV',
    ]);
    expect(doc.signer).toEqual({ title: 'CHỦ TỊCH', name: 'Nguyễn Văn Phương', position: 'CHỦ TỊCH', authority: [] });
  });
});

import { readFileSync } from 'fs';
import { join } from 'path';
import { escalationChain, UnitNameMatcher, unitsInGroup, validateOrgChartSeed, versionInForce, type OrgChartSeed } from '@dondoc/domain';

// The sample data apps load: it must validate and say what 907/UBND-NV addressed.
const seed = JSON.parse(readFileSync(join(__dirname, 'org-chart.thua-thien-hue.2022.json'), 'utf8')) as OrgChartSeed;
const chart = versionInForce(seed.charts, '2022-01-25');

describe('infra/seed/org-chart.thua-thien-hue.2022.json', () => {
  it('validates and is in force on the seed letter’s date', () => {
    expect(validateOrgChartSeed(seed).ok).toBe(true);
    expect(chart?.chartId).toBe('thua-thien-hue');
    expect(seed.note).toMatch(/placeholder/);
  });

  it('has the province, its office, 19 departments, agencies and the nine district-level units', () => {
    if (!chart) throw new Error('no chart');
    const count = (kind: string) => chart.units.filter((u) => u.kind === kind).length;
    expect([count('people-committee'), count('office'), count('department')]).toEqual([1, 1, 19]);
    expect(count('agency')).toBeGreaterThanOrEqual(4);
    expect(unitsInGroup(chart, 'district-people-committees').map((u) => u.name)).toEqual([
      'Ủy ban nhân dân thành phố Huế',
      'Ủy ban nhân dân thị xã Hương Thủy',
      'Ủy ban nhân dân thị xã Hương Trà',
      'Ủy ban nhân dân huyện Phong Điền',
      'Ủy ban nhân dân huyện Quảng Điền',
      'Ủy ban nhân dân huyện Phú Vang',
      'Ủy ban nhân dân huyện Phú Lộc',
      'Ủy ban nhân dân huyện A Lưới',
      'Ủy ban nhân dân huyện Nam Đông',
    ]);
    for (const u of unitsInGroup(chart, 'district-people-committees')) expect(u.head?.title).toMatch(/^Chủ tịch UBND /);
  });

  it('escalates from a department to its sector’s vice-chairman and the chairman', () => {
    if (!chart) throw new Error('no chart');
    expect(escalationChain(chart, 'so-ke-hoach-dau-tu').map((s) => s.person.title)).toEqual([
      'Giám đốc Sở Kế hoạch và Đầu tư',
      'Phó Chủ tịch UBND tỉnh phụ trách khối Kinh tế',
      'Chủ tịch UBND tỉnh',
    ]);
  });

  it('gives every unit a head user and the directory every role', () => {
    if (!chart) throw new Error('no chart');
    const users = new Map(seed.users.map((u) => [u.userId, u]));
    for (const u of chart.units) expect(users.get(u.head?.userId ?? '')?.unitId).toBe(u.id);
    expect(new Set(seed.users.map((u) => u.role))).toEqual(new Set(['issuer', 'unit-head', 'assignee', 'leader', 'auditor', 'admin']));
    expect(users.get('so-noi-vu.giamdoc')?.email).toBe('so-noi-vu.giamdoc@example.gov.vn');
  });

  it('knows the names and abbreviations letters use', () => {
    if (!chart) throw new Error('no chart');
    const m = new UnitNameMatcher(chart);
    expect(m.match('Sở KH&ĐT')?.unitIds).toEqual(['so-ke-hoach-dau-tu']);
    expect(m.match('Sở TN&MT')?.unitIds).toEqual(['so-tai-nguyen-moi-truong']);
    expect(m.match('BQL Khu kinh tế, công nghiệp tỉnh')?.unitIds).toEqual(['ban-quan-ly-khu-kinh-te']);
    expect(m.match('Thủ trưởng các Sở, ban, ngành cấp tỉnh')?.unitIds).toHaveLength(26);
    expect(m.match('Chủ tịch UBND các huyện, thị xã, thành phố Huế')?.unitIds).toHaveLength(9);
  });
});

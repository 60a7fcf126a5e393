import { escalationChain, UnknownUnitError } from './escalation-chain.policy';
import type { OrgChartSeed, OrgChartVersion, OrgUnit, PersonRef } from './org-chart.types';
import { validateOrgChartSeed } from './org-chart.validator';
import { buildOrgUnitTree, descendantUnitIds, unitsInGroup } from './org-unit-tree.builder';
import { compactKey, foldVietnamese, initialsVariants } from './unit-name.folding';
import { UnitNameMatcher } from './unit-name.matcher';
import { versionInForce, vietnamDateOf } from './version-in-force.policy';

// A small chart in the shape of infra/seed (whose own spec checks the real file).
const chairman: PersonRef = { name: 'Nguyễn Văn Phương', title: 'Chủ tịch UBND tỉnh', userId: 'ubnd-tinh.chutich' };
const pctNoiChinh: PersonRef = {
  name: 'Phạm Văn Cường',
  title: 'Phó Chủ tịch UBND tỉnh phụ trách khối Nội chính',
  userId: 'ubnd-tinh.pct-noi-chinh',
};
const pctKinhTe: PersonRef = {
  name: 'Trần Văn An',
  title: 'Phó Chủ tịch UBND tỉnh phụ trách khối Kinh tế',
  userId: 'ubnd-tinh.pct-kinh-te',
};
const unit = (id: string, name: string, kind: OrgUnit['kind'], groups: string[], extra: Partial<OrgUnit> = {}): OrgUnit => ({
  id,
  name,
  shortNames: [],
  kind,
  parentId: 'ubnd-tinh',
  head: { name: `Người đứng đầu ${name}`, title: `Giám đốc ${name}`, userId: `${id}.giamdoc` },
  leaderInCharge: pctKinhTe,
  groups,
  ...extra,
});
const SECTORS = ['provincial-departments', 'provincial-sectors'];
const chart: OrgChartVersion = {
  chartId: 'thua-thien-hue',
  version: 1,
  name: 'Mẫu',
  validFrom: '2021-01-01',
  validTo: null,
  rootUnitId: 'ubnd-tinh',
  groups: [
    { id: 'provincial-sectors', name: 'Các sở, ban, ngành cấp tỉnh', aliases: ['sở, ban, ngành cấp tỉnh', 'sở, ban, ngành'] },
    { id: 'provincial-departments', name: 'Các cơ quan chuyên môn thuộc UBND tỉnh', aliases: ['các sở'] },
    { id: 'district-people-committees', name: 'UBND các huyện, thị xã, thành phố Huế', aliases: ['các huyện, thị xã, thành phố'] },
    { id: 'provincial-people-committees', name: 'UBND các tỉnh, thành phố trực thuộc Trung ương', aliases: [] },
  ],
  units: [
    {
      ...unit('ubnd-tinh', 'Ủy ban nhân dân tỉnh Thừa Thiên Huế', 'people-committee', ['provincial-people-committees']),
      parentId: null,
      shortNames: ['UBND tỉnh'],
      head: chairman,
      leaderInCharge: null,
      order: 0,
    },
    unit('van-phong-ubnd-tinh', 'Văn phòng Ủy ban nhân dân tỉnh', 'office', SECTORS, {
      shortNames: ['Văn phòng UBND tỉnh'],
      leaderInCharge: pctNoiChinh,
      order: 1,
    }),
    unit('so-noi-vu', 'Sở Nội vụ', 'department', SECTORS, { leaderInCharge: pctNoiChinh, order: 2 }),
    unit('so-ke-hoach-dau-tu', 'Sở Kế hoạch và Đầu tư', 'department', SECTORS, { shortNames: ['Sở KH&ĐT'], order: 3 }),
    unit('so-tai-nguyen-moi-truong', 'Sở Tài nguyên và Môi trường', 'department', SECTORS, { order: 4 }),
    unit('so-lao-dong-tbxh', 'Sở Lao động - Thương binh và Xã hội', 'department', SECTORS, { order: 5 }),
    unit('thanh-tra-tinh', 'Thanh tra tỉnh', 'department', SECTORS, { leaderInCharge: pctNoiChinh, order: 6 }),
    unit('ubnd-thanh-pho-hue', 'Ủy ban nhân dân thành phố Huế', 'district', ['district-people-committees'], {
      shortNames: ['UBND thành phố Huế'],
      order: 7,
    }),
    unit('ubnd-huyen-phu-vang', 'Ủy ban nhân dân huyện Phú Vang', 'district', ['district-people-committees'], {
      shortNames: ['UBND huyện Phú Vang'],
      order: 8,
    }),
    { ...unit('phong-to-chuc', 'Phòng Tổ chức biên chế', 'office', [], { parentId: 'so-noi-vu', leaderInCharge: null }) },
  ],
};
const seed: OrgChartSeed = {
  schemaVersion: 1,
  charts: [chart],
  users: [
    {
      userId: 'so-noi-vu.giamdoc',
      name: 'Người đứng đầu Sở Nội vụ',
      role: 'unit-head',
      unitId: 'so-noi-vu',
      email: 'so-noi-vu.giamdoc@example.gov.vn',
    },
  ],
};

describe('the spec chart', () => {
  it('is valid and has its groups', () => {
    expect(validateOrgChartSeed(seed)).toEqual({ ok: true, seed });
    expect(unitsInGroup(chart, 'district-people-committees').map((u) => u.id)).toEqual(['ubnd-thanh-pho-hue', 'ubnd-huyen-phu-vang']);
  });
});

describe('versionInForce', () => {
  const v1: OrgChartVersion = { ...chart, version: 1, validFrom: '2021-01-01', validTo: '2025-01-01' };
  const v2: OrgChartVersion = { ...chart, version: 2, validFrom: '2025-01-01', validTo: null };

  it('picks the version whose half-open window holds the date', () => {
    expect(versionInForce([v1, v2], '2022-01-25')?.version).toBe(1);
    expect(versionInForce([v1, v2], '2024-12-31')?.version).toBe(1);
    expect(versionInForce([v1, v2], '2025-01-01')?.version).toBe(2);
    expect(versionInForce([v1, v2], '2020-06-01')).toBeUndefined();
    expect(versionInForce([v1, v2], '2022-01-25', 'other-province')).toBeUndefined();
  });

  it('reads an instant as a Vietnamese calendar date (UTC+7)', () => {
    expect(vietnamDateOf(new Date('2024-12-31T17:30:00Z'))).toBe('2025-01-01');
    expect(versionInForce([v1, v2], new Date('2024-12-31T17:30:00Z'))?.version).toBe(2);
  });
});

describe('escalationChain', () => {
  it('goes unit head → vice-chairman in charge → chairman', () => {
    const chain = escalationChain(chart, 'so-noi-vu');
    expect(chain.map((s) => [s.level, s.role, s.person.title])).toEqual([
      [1, 'unit-head', 'Giám đốc Sở Nội vụ'],
      [2, 'leader-in-charge', 'Phó Chủ tịch UBND tỉnh phụ trách khối Nội chính'],
      [3, 'chairman', 'Chủ tịch UBND tỉnh'],
    ]);
    expect(chain[2].person.userId).toBe('ubnd-tinh.chutich');
  });

  it('does not repeat a person and keeps level numbers', () => {
    expect(escalationChain(chart, 'ubnd-tinh').map((s) => [s.level, s.role])).toEqual([[1, 'unit-head']]);
  });

  it('lets a sub-unit inherit its parent’s leader in charge', () => {
    expect(escalationChain(chart, 'phong-to-chuc').map((s) => s.person.userId)).toEqual([
      'phong-to-chuc.giamdoc',
      'ubnd-tinh.pct-noi-chinh',
      'ubnd-tinh.chutich',
    ]);
  });

  it('rejects an unknown unit', () => {
    expect(() => escalationChain(chart, 'so-khong-co')).toThrow(UnknownUnitError);
  });
});

describe('buildOrgUnitTree', () => {
  it('hangs every unit under the People’s Committee, in display order', () => {
    const roots = buildOrgUnitTree(chart);
    expect(roots.map((r) => r.id)).toEqual(['ubnd-tinh']);
    expect(roots[0].children.map((c) => c.id)).toEqual(chart.units.slice(1, -1).map((u) => u.id));
    expect(roots[0].children.find((c) => c.id === 'so-noi-vu')?.children.map((c) => c.id)).toEqual(['phong-to-chuc']);
  });

  it('keeps orphans and cycles visible as roots', () => {
    const broken: OrgChartVersion = {
      ...chart,
      units: [
        ...chart.units,
        { ...chart.units[1], id: 'orphan', parentId: 'missing' },
        { ...chart.units[1], id: 'a', parentId: 'b' },
        { ...chart.units[1], id: 'b', parentId: 'a' },
      ],
    };
    const ids = buildOrgUnitTree(broken).map((r) => r.id);
    expect(ids[0]).toBe('ubnd-tinh');
    expect(ids).toEqual(expect.arrayContaining(['orphan']));
    expect(descendantUnitIds(broken, 'a')).toEqual(['a', 'b']);
  });
});

describe('unit names', () => {
  const matcher = new UnitNameMatcher(chart);
  const ids = (phrase: string) => matcher.match(phrase)?.unitIds ?? [];

  it('folds Vietnamese for matching', () => {
    expect(foldVietnamese('Sở Kế hoạch & Đầu tư')).toBe('so ke hoach va dau tu');
    expect(compactKey('Sở KH-ĐT')).toBe(compactKey('Sở KH&ĐT'));
    expect(initialsVariants('Sở Tài nguyên và Môi trường')).toEqual(['sotnmt']);
  });

  it.each([
    ['Sở KH&ĐT', 'so-ke-hoach-dau-tu'],
    ['so ke hoach va dau tu', 'so-ke-hoach-dau-tu'],
    ['SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'so-tai-nguyen-moi-truong'],
    ['Sở TN&MT', 'so-tai-nguyen-moi-truong'],
    ['Sở LĐ-TB&XH', 'so-lao-dong-tbxh'],
    ['Giám đốc Sở Nội vụ', 'so-noi-vu'],
    ['Chủ tịch UBND huyện Phú Vang', 'ubnd-huyen-phu-vang'],
    ['Sở Kế hoạch - Đầu tư', 'so-ke-hoach-dau-tu'],
    ['UBND tỉnh', 'ubnd-tinh'],
    ['Văn phòng UBND tỉnh Thừa Thiên Huế', 'van-phong-ubnd-tinh'],
    ['Chánh Thanh tra tỉnh', 'thanh-tra-tinh'],
  ])('%s → %s', (phrase, id) => expect(ids(phrase)).toEqual([id]));

  it('resolves collective phrases to groups', () => {
    expect(ids('Thủ trưởng các Sở, ban, ngành cấp tỉnh')).toHaveLength(6);
    expect(ids('Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố Huế')).toHaveLength(2);
    expect(ids('UBND cac huyen, thi xa va thanh pho Hue')).toHaveLength(2);
    expect(ids('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương')).toEqual(['ubnd-tinh']);
    expect(ids('các sở')).toHaveLength(6);
    expect(ids('Sở Nội vụ và các sở')).toEqual(['so-noi-vu']); // a one-word alias needs the whole phrase
    expect(matcher.match('các cơ quan báo chí')).toBeUndefined();
  });
});

describe('validateOrgChartSeed', () => {
  it('says exactly what is wrong', () => {
    const bad = JSON.parse(JSON.stringify(seed)) as OrgChartSeed;
    bad.charts[0].units[2].parentId = 'nowhere';
    bad.charts[0].units[3].id = 'Not Kebab';
    bad.charts.push({ ...bad.charts[0], version: 2, validFrom: '2022-06-01' });
    bad.users[0].email = 'not-an-email';
    const result = validateOrgChartSeed(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual(
        expect.arrayContaining([
          'charts[0].units[2].parentId: unknown unit "nowhere"',
          'charts[0].units[3].id: expected kebab-case',
          'charts: thua-thien-hue v1 and v2 overlap',
          'users[0].email: invalid',
        ]),
      );
    }
  });
});

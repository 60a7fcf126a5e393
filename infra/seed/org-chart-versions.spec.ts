import { orgChartVersionPublishSchema } from '@dondoc/contracts';
import {
  successionProblems,
  unitStandingFor,
  unitsInGroup,
  validateOrgChartSeed,
  versionInForce,
  type OrgChartSeed,
  type OrgChartVersion,
} from '@dondoc/domain';
import { readFileSync } from 'fs';
import { join } from 'path';

// The 2025 reorganisation of Huế as the publications an administrator makes: each file is
// a valid request body, each version follows the one before it, every unit that goes has
// a successor, and the commune level is the 40 units of Nghị quyết 1675/NQ-UBTVQH15.
const read = (file: string): unknown => JSON.parse(readFileSync(join(__dirname, file), 'utf8'));
const seed = read('org-chart.thua-thien-hue.2022.json') as OrgChartSeed;
const files = ['thua-thien-hue.v2.2025-01-01.json', 'thua-thien-hue.v3.2025-03-01.json', 'thua-thien-hue.v4.2025-07-01.json'];

const versions: OrgChartVersion[] = [seed.charts[0]];
for (const file of files) {
  const body = orgChartVersionPublishSchema.parse(read(join('org-chart-versions', file)));
  const { basedOn: _b, users: _u, ...chart } = body;
  versions.push({ ...chart, version: versions.length + 1, validTo: null } as unknown as OrgChartVersion);
}

describe('infra/seed/org-chart-versions (Huế, 2025)', () => {
  it.each([2, 3, 4])('version %i is a valid chart whose succession map leaves no unit behind', (n) => {
    const [previous, next] = [versions[n - 2], versions[n - 1]];
    const body = read(join('org-chart-versions', files[n - 2])) as { users: OrgChartSeed['users'] };
    const structure = validateOrgChartSeed({ schemaVersion: 1, charts: [next], users: body.users });
    expect(structure.ok ? [] : structure.errors).toEqual([]);
    // Every unit that goes is treated as having open tasks: each must have a successor.
    const kept = new Set(next.units.map((u) => u.id));
    const everyRemoved = Object.fromEntries(previous.units.filter((u) => !kept.has(u.id)).map((u) => [u.id, 1]));
    expect(successionProblems({ previous, next, existing: versions.slice(0, n - 1), openTasksByUnit: everyRemoved })).toEqual([]);
    expect(next.basis?.length).toBeGreaterThan(0);
  });

  it('has 40 commune-level units (21 phường, 19 xã) and no district level from 01/07/2025', () => {
    const v4 = versionInForce(versions, '2025-07-01');
    if (!v4) throw new Error('no version in force');
    const communes = unitsInGroup(v4, 'commune-people-committees');
    expect(communes).toHaveLength(40);
    expect(communes.filter((u) => u.name.includes(' phường ')).length).toBe(21);
    expect(v4.units.filter((u) => u.kind === 'district')).toEqual([]);
    expect(versionInForce(versions, '2025-06-30')?.version).toBe(3);
  });

  it('carries the seed’s units to their successors', () => {
    const v4 = versions[3];
    expect(unitStandingFor(versions, 'so-ke-hoach-dau-tu', v4)).toBe('so-tai-chinh');
    expect(unitStandingFor(versions, 'so-giao-thong-van-tai', v4)).toBe('so-xay-dung');
    expect(unitStandingFor(versions, 'so-tai-nguyen-moi-truong', v4)).toBe('so-nong-nghiep-moi-truong');
    expect(unitStandingFor(versions, 'ubnd-thanh-pho-hue', v4)).toBe('ubnd-phuong-phu-xuan');
    expect(unitStandingFor(versions, 'ubnd-huyen-nam-dong', v4)).toBe('ubnd-xa-phu-loc');
    expect(unitStandingFor(versions, 'ubnd-huyen-phong-dien', v4)).toBe('ubnd-phuong-phong-dien');
    expect(unitStandingFor(versions, 'ubnd-huyen-a-luoi', v4)).toBe('ubnd-xa-a-luoi-1');
  });
});

import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { versionInForce } from '@dondoc/domain';
import { chartHistory } from '../cli/org-chart-history';
import { sampleOrgChart } from '../testing/fixture-files';
import { UnitResolver } from './unit-resolver';

const DIR = join(__dirname, '..', '..', '..', '..', 'infra', 'seed', 'org-chart-versions');
const charts = chartHistory(
  sampleOrgChart().charts,
  readdirSync(DIR).map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as unknown),
);
const on = (date: string): UnitResolver => new UnitResolver(versionInForce(charts, date) ?? null);

describe('UnitResolver across the 2025 versions', () => {
  it('fans a collective name out in either word order to the version in force', () => {
    const r = on('2025-08-14').resolve('UBND các phường, xã');
    expect(r.match).toBe('group');
    expect(r.unitIds).toHaveLength(40);
    expect(on('2025-08-14').resolve('UBND các xã, phường').unitIds).toEqual(r.unitIds);
  });

  it('knows the merged departments only from their date', () => {
    expect(on('2025-03-18').resolve('Sở Nông nghiệp và Môi trường').unitIds).toEqual(['so-nong-nghiep-moi-truong']);
    expect(on('2024-12-31').resolve('Sở Nông nghiệp và Môi trường').unitIds).not.toContain('so-nong-nghiep-moi-truong');
  });

  it('names the closest units for a name the chart lacks', () => {
    expect(on('2025-03-18').closestNames('Sở Kế hoạch và Đầu tư')).toEqual([]);
    expect(on('2025-03-18').closestNames('Sở Tài nguyên và Môi trường')).toContain('Sở Nông nghiệp và Môi trường');
  });
});

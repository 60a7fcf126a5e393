import { validateOrgChartSeed, type OrgChartSeed, type OrgUnit } from '@dondoc/domain';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * The seed chart (its issuer, leaders and users) with `communes` commune-level people's
 * committees added under the provincial committee, for the FANOUT benchmark: a directive
 * addressed to every commune of the country. Written to `file`, validated as the API
 * validates a seed; returns the communes' unit ids.
 */
export function writeNationalChart(file: string, communes: number): string[] {
  const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'infra/seed/org-chart.thua-thien-hue.2022.json'), 'utf8')) as OrgChartSeed;
  const chart = seed.charts[0];
  const ids = Array.from({ length: communes }, (_, i) => `xa-bench-${String(i + 1).padStart(4, '0')}`);
  const units: OrgUnit[] = ids.map((id, i) => ({
    id,
    name: `Ủy ban nhân dân xã Đo Tải ${i + 1}`,
    shortNames: [`UBND xã Đo Tải ${i + 1}`],
    kind: 'people-committee',
    parentId: chart.rootUnitId,
    head: null,
    leaderInCharge: null,
    groups: [],
  }));
  const national: OrgChartSeed = { ...seed, charts: [{ ...chart, units: [...chart.units, ...units] }, ...seed.charts.slice(1)] };
  const validation = validateOrgChartSeed(national);
  if (!validation.ok) throw new Error(`generated national chart is invalid: ${validation.errors.slice(0, 5).join('; ')}`);
  fs.writeFileSync(file, JSON.stringify(national));
  return ids;
}

import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import type { OrgChartSeed } from '@dondoc/domain';

// Spec helpers: fixtures live in libs/doc-import/fixtures, the sample org chart in
// infra/seed; both are resolved from this file so specs run from any working directory.
export const FIXTURES_DIR = join(__dirname, '..', '..', 'fixtures');
export const ORG_CHART_FILE = join(__dirname, '..', '..', '..', '..', 'infra', 'seed', 'org-chart.thua-thien-hue.2022.json');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES_DIR, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

/** Letters in `fixtures/` (or a sub-folder such as "heldout-like"), without their expected JSON. */
export function fixtureNames(subdir = ''): string[] {
  const dir = join(FIXTURES_DIR, subdir);
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.expected.json') && statSync(join(dir, f)).isFile())
    .map((f) => (subdir ? `${subdir}/${f}` : f));
}

export function sampleOrgChart(): OrgChartSeed {
  return JSON.parse(readFileSync(ORG_CHART_FILE, 'utf8')) as OrgChartSeed;
}

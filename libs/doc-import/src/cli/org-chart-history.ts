import type { OrgChartVersion } from '@dondoc/domain';

// The seed holds the first version of a chart; each reorganisation after it is a file an
// administrator publishes (infra/seed/org-chart-versions/*.json: the whole chart from its
// `validFrom`). Read together they are the history a letter's date picks from, the way the
// API numbers them: in order of `validFrom`, each closing the one before.

interface VersionBody {
  chartId: string;
  validFrom: string;
  units: unknown[];
  groups: unknown[];
}

function isVersionBody(v: unknown): v is VersionBody {
  const b = v as Partial<VersionBody> | null;
  return !!b && typeof b.chartId === 'string' && typeof b.validFrom === 'string' && Array.isArray(b.units) && Array.isArray(b.groups);
}

export function chartHistory(seedCharts: readonly OrgChartVersion[], publishedBodies: readonly unknown[]): OrgChartVersion[] {
  const all: OrgChartVersion[] = seedCharts.map((c) => ({ ...c }));
  const bodies = publishedBodies.filter(isVersionBody).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  for (const body of bodies) {
    const { basedOn: _basedOn, users: _users, ...chart } = body as VersionBody & { basedOn?: number; users?: unknown };
    const same = all.filter((c) => c.chartId === chart.chartId);
    const previous = same[same.length - 1];
    if (previous && previous.validFrom >= chart.validFrom) continue; // not after the last one: not a later version
    if (previous && (previous.validTo === null || previous.validTo > chart.validFrom)) previous.validTo = chart.validFrom;
    all.push({ ...(chart as unknown as OrgChartVersion), version: (previous?.version ?? 0) + 1, validTo: null });
  }
  return all;
}

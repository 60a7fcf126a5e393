import type { OrgChartVersion, UnitSuccession } from './org-chart.types';

// What became of a unit across reorganisations, and what makes a new version's succession
// map wrong. Pure: the API validates with it, the worker follows it to find who now heads
// a task's unit, the orchestrator re-homes open tasks with it.

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** When open tasks move to the version's successors: `effectiveAt`, or 00:00 of `validFrom` in Vietnam. */
export function effectiveInstant(chart: Pick<OrgChartVersion, 'validFrom' | 'effectiveAt'>): number {
  return chart.effectiveAt ? Date.parse(chart.effectiveAt) : Date.parse(`${chart.validFrom}T00:00:00Z`) - VIETNAM_OFFSET_MS;
}

/**
 * The unit that now stands for `unitId` in `chart`: itself when the chart has it, else
 * its lead successor, followed through every later version up to `chart`. Undefined when
 * the trail ends (a unit dissolved with no successor).
 */
export function unitStandingFor(charts: readonly OrgChartVersion[], unitId: string, chart: OrgChartVersion): string | undefined {
  if (chart.units.some((u) => u.id === unitId)) return unitId;
  const later = charts.filter((c) => c.chartId === chart.chartId && c.version <= chart.version).sort((a, b) => a.version - b.version);
  let current = unitId;
  for (const version of later) {
    const entry = version.succession?.find((s) => s.unitId === current);
    if (entry?.successorIds[0]) current = entry.successorIds[0];
  }
  return chart.units.some((u) => u.id === current) ? current : undefined;
}

export interface SuccessionCheck {
  previous: OrgChartVersion;
  next: OrgChartVersion;
  /** Every version of the chart already stored (for overlapping validity). */
  existing: readonly OrgChartVersion[];
  /** Open tasks per lead unit, for units left without a successor. */
  openTasksByUnit: Readonly<Record<string, number>>;
}

/** Every problem of publishing `next` after `previous`, in Vietnamese with the English beside it. */
export function successionProblems({ previous, next, existing, openTasksByUnit }: SuccessionCheck): string[] {
  const problems: string[] = [];
  const before = new Set(previous.units.map((u) => u.id));
  const after = new Set(next.units.map((u) => u.id));
  // Two versions may start on one day (a rehearsal, a correction) as long as one takes effect after the other.
  if (next.validFrom < previous.validFrom || effectiveInstant(next) <= effectiveInstant(previous)) {
    problems.push(
      `validFrom: phiên bản mới phải có hiệu lực sau phiên bản ${previous.version} (${previous.validFrom}) (must take effect after version ${previous.version})`,
    );
  }
  // Another version already taking effect at or after this one would overlap it.
  const overlapping = existing.filter(
    (c) => c.chartId === next.chartId && c.version !== previous.version && effectiveInstant(c) >= effectiveInstant(next),
  );
  for (const c of overlapping) {
    problems.push(`validFrom: trùng thời gian hiệu lực với phiên bản ${c.version} (từ ${c.validFrom}) (overlaps version ${c.version})`);
  }
  const seen = new Set<string>();
  (next.succession ?? []).forEach((s: UnitSuccession, i) => {
    const at = `succession.${i}`;
    if (seen.has(s.unitId)) problems.push(`${at}.unitId: đơn vị ${s.unitId} được khai hai lần (listed twice)`);
    seen.add(s.unitId);
    if (!before.has(s.unitId))
      problems.push(`${at}.unitId: không có đơn vị ${s.unitId} trong phiên bản ${previous.version} (unknown unit)`);
    if (s.successorIds.length === 0) problems.push(`${at}.successorIds: cần ít nhất một đơn vị kế thừa (at least one successor)`);
    for (const id of s.successorIds) {
      if (!after.has(id)) problems.push(`${at}.successorIds: không có đơn vị kế thừa ${id} trong phiên bản mới (unknown successor)`);
      else if (!next.units.find((u) => u.id === id)?.head)
        problems.push(`${at}.successorIds: đơn vị kế thừa ${id} chưa có thủ trưởng (successor has no head)`);
    }
    if (!s.basis?.trim()) problems.push(`${at}.basis: thiếu văn bản quyết định việc sắp xếp (the deciding resolution is required)`);
  });
  problems.push(...cycles(next.succession ?? []));
  const orphans = [...before]
    .filter((id) => !after.has(id) && !seen.has(id) && (openTasksByUnit[id] ?? 0) > 0)
    .map((id) => `${id} (${openTasksByUnit[id]} nhiệm vụ đang mở)`);
  if (orphans.length > 0) {
    problems.push(
      `succession: các đơn vị không còn trong phiên bản mới, còn nhiệm vụ đang mở mà chưa có đơn vị kế thừa: ${orphans.join(', ')} (units left without a successor while they have open tasks)`,
    );
  }
  return problems;
}

/** A unit that, through its successors, comes back to itself. */
function cycles(succession: readonly UnitSuccession[]): string[] {
  const edges = new Map(succession.map((s) => [s.unitId, s.successorIds]));
  const found = new Set<string>();
  const walk = (id: string, path: string[]) => {
    for (const next of edges.get(id) ?? []) {
      if (next === path[0]) found.add([...path, next].join(' → '));
      else if (!path.includes(next)) walk(next, [...path, next]);
    }
  };
  for (const id of edges.keys()) walk(id, [id]);
  const unique = new Map<string, string>();
  for (const cycle of found) {
    const key = [...new Set(cycle.split(' → '))].sort().join('|');
    if (!unique.has(key)) unique.set(key, cycle);
  }
  return [...unique.values()].map((c) => `succession: vòng kế thừa ${c} (a succession cycle)`);
}

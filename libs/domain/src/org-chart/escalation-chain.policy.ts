import type { OrgChartVersion, OrgUnit, PersonRef } from './org-chart.types';

export type EscalationRole = 'unit-head' | 'leader-in-charge' | 'chairman';

export interface EscalationStep {
  /** 1 = head of the unit, 2 = vice-chairman in charge of the sector, 3 = chairman. */
  level: 1 | 2 | 3;
  role: EscalationRole;
  person: PersonRef;
  /** The unit whose office the person holds (the root People's Committee for levels 2-3). */
  unitId: string;
}

export class UnknownUnitError extends Error {
  constructor(
    readonly unitId: string,
    readonly chartId: string,
    readonly version: number,
  ) {
    super(`Unit "${unitId}" is not in org chart ${chartId} v${version}`);
    this.name = 'UnknownUnitError';
  }
}

export function findUnit(chart: OrgChartVersion, unitId: string): OrgUnit | undefined {
  return chart.units.find((u) => u.id === unitId);
}

function samePerson(a: PersonRef, b: PersonRef): boolean {
  if (a.userId && b.userId) return a.userId === b.userId;
  return a.name === b.name;
}

/**
 * Who is reminded next when a task of `unitId` slips: its head, then the vice-chairman
 * in charge of its sector, then the chairman. Missing people are skipped and a person
 * already in the chain is not repeated (e.g. the chairman heading the root unit), while
 * each step keeps its level number so a policy can still tell the roles apart.
 */
export function escalationChain(chart: OrgChartVersion, unitId: string): EscalationStep[] {
  const unit = findUnit(chart, unitId);
  if (!unit) throw new UnknownUnitError(unitId, chart.chartId, chart.version);
  const root = findUnit(chart, chart.rootUnitId);

  const candidates: EscalationStep[] = [];
  if (unit.head) candidates.push({ level: 1, role: 'unit-head', person: unit.head, unitId: unit.id });
  const inCharge = unit.leaderInCharge ?? inheritedLeaderInCharge(chart, unit);
  if (inCharge && root) {
    candidates.push({ level: 2, role: 'leader-in-charge', person: inCharge, unitId: root.id });
  }
  if (root?.head) candidates.push({ level: 3, role: 'chairman', person: root.head, unitId: root.id });

  const chain: EscalationStep[] = [];
  for (const step of candidates) {
    if (!chain.some((s) => samePerson(s.person, step.person))) chain.push(step);
  }
  return chain;
}

// A sub-unit without its own leader in charge answers to its parent's sector leader.
function inheritedLeaderInCharge(chart: OrgChartVersion, unit: OrgUnit): PersonRef | null {
  const seen = new Set<string>([unit.id]);
  let parentId = unit.parentId;
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = findUnit(chart, parentId);
    if (!parent) return null;
    if (parent.id === chart.rootUnitId) return null;
    if (parent.leaderInCharge) return parent.leaderInCharge;
    parentId = parent.parentId;
  }
  return null;
}

import type { OrgChartVersion, OrgUnit } from './org-chart.types';

export interface OrgUnitNode extends OrgUnit {
  children: OrgUnitNode[];
}

function byOrderThenName(a: OrgUnit, b: OrgUnit): number {
  const oa = a.order ?? Number.MAX_SAFE_INTEGER;
  const ob = b.order ?? Number.MAX_SAFE_INTEGER;
  if (oa !== ob) return oa - ob;
  return a.name.localeCompare(b.name, 'vi');
}

/**
 * The chart as a forest for `GET /v1/org-units`. Units whose parent is missing (or that
 * sit in a parent cycle) become roots rather than vanishing, so bad data stays visible.
 */
export function buildOrgUnitTree(chart: OrgChartVersion): OrgUnitNode[] {
  const nodes = new Map<string, OrgUnitNode>();
  for (const unit of chart.units) nodes.set(unit.id, { ...unit, children: [] });

  const roots: OrgUnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && !createsCycle(nodes, node.id, parent.id)) parent.children.push(node);
    else roots.push(node);
  }
  const sortDeep = (list: OrgUnitNode[]): void => {
    list.sort(byOrderThenName);
    for (const n of list) sortDeep(n.children);
  };
  sortDeep(roots);
  // The People's Committee first, whatever its order says.
  roots.sort((a, b) => Number(b.id === chart.rootUnitId) - Number(a.id === chart.rootUnitId));
  return roots;
}

function createsCycle(nodes: Map<string, OrgUnitNode>, childId: string, parentId: string): boolean {
  const seen = new Set<string>([childId]);
  let current: string | null = parentId;
  while (current) {
    if (seen.has(current)) return true;
    seen.add(current);
    current = nodes.get(current)?.parentId ?? null;
  }
  return false;
}

/** Ids of a unit and everything below it, e.g. to list a department's sub-units' tasks. */
export function descendantUnitIds(chart: OrgChartVersion, unitId: string): string[] {
  const result: string[] = [];
  const queue = [unitId];
  const seen = new Set<string>();
  while (queue.length) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(id);
    for (const u of chart.units) if (u.parentId === id) queue.push(u.id);
  }
  return result;
}

/** Units that belong to a group, in chart order. */
export function unitsInGroup(chart: OrgChartVersion, groupId: string): OrgUnit[] {
  return chart.units.filter((u) => u.groups.includes(groupId));
}

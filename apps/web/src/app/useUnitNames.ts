import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { OrgUnitNode } from '../api/types';

/** Every unit of the org chart in force today, or on `asOf` (YYYY-MM-DD), in the chart's order. */
export function useOrgUnits(asOf?: string): { id: string; name: string }[] {
  const { data } = useQuery({
    queryKey: asOf ? ['org-units', asOf] : ['org-units'],
    queryFn: () => api<OrgUnitNode[]>(asOf ? `/v1/org-units?asOf=${encodeURIComponent(asOf)}` : '/v1/org-units'),
    staleTime: 10 * 60_000,
  });
  const units: { id: string; name: string }[] = [];
  const walk = (nodes: OrgUnitNode[] | undefined) => nodes?.forEach((n) => (units.push({ id: n.id, name: n.name }), walk(n.children)));
  walk(Array.isArray(data) ? data : (data as { units?: OrgUnitNode[] } | undefined)?.units);
  return units;
}

/** Unit names by id from the org chart in force today, or on `asOf` (YYYY-MM-DD): people read names, not ids. */
export function useUnitNames(asOf?: string): (unitId: string) => string {
  const names = new Map(useOrgUnits(asOf).map((u) => [u.id, u.name]));
  return (id) => names.get(id) ?? id;
}

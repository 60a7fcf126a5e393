import { isIsoDate } from './version-in-force.policy';
import { UNIT_KINDS, USER_ROLES, type DirectoryUser, type OrgChartSeed, type OrgChartVersion } from './org-chart.types';

export type OrgChartValidation = { ok: true; seed: OrgChartSeed } | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/**
 * Checks an org chart file at the boundary (it is hand-edited JSON) and says exactly
 * what is wrong, path by path, instead of failing later inside a workflow.
 */
export function validateOrgChartSeed(data: unknown): OrgChartValidation {
  const errors: string[] = [];
  if (!isObj(data)) return { ok: false, errors: ['root: expected an object'] };
  if (data['schemaVersion'] !== 1) errors.push('schemaVersion: expected 1');
  if (!Array.isArray(data['charts']) || data['charts'].length === 0) {
    errors.push('charts: expected a non-empty array');
  } else {
    data['charts'].forEach((c, i) => validateChart(c, `charts[${i}]`, errors));
    checkWindows(data['charts'] as OrgChartVersion[], errors);
  }
  if (!Array.isArray(data['users'])) errors.push('users: expected an array');
  else validateUsers(data['users'], (data['charts'] ?? []) as OrgChartVersion[], errors);
  return errors.length ? { ok: false, errors } : { ok: true, seed: data as unknown as OrgChartSeed };
}

function validatePerson(p: unknown, path: string, errors: string[]): void {
  if (p === null) return;
  if (!isObj(p) || !isStr(p['name']) || !isStr(p['title'])) {
    errors.push(`${path}: expected null or { name, title, userId? }`);
  }
}

function validateChart(c: unknown, path: string, errors: string[]): void {
  if (!isObj(c)) {
    errors.push(`${path}: expected an object`);
    return;
  }
  for (const key of ['chartId', 'name', 'rootUnitId']) if (!isStr(c[key])) errors.push(`${path}.${key}: required string`);
  if (!Number.isInteger(c['version'])) errors.push(`${path}.version: expected an integer`);
  if (!isIsoDate(c['validFrom'])) errors.push(`${path}.validFrom: expected YYYY-MM-DD`);
  if (c['validTo'] !== null && !isIsoDate(c['validTo'])) errors.push(`${path}.validTo: expected YYYY-MM-DD or null`);
  if (isIsoDate(c['validFrom']) && isIsoDate(c['validTo']) && c['validTo'] <= c['validFrom']) {
    errors.push(`${path}.validTo: must be after validFrom`);
  }
  const groups = Array.isArray(c['groups']) ? (c['groups'] as unknown[]) : [];
  if (!Array.isArray(c['groups'])) errors.push(`${path}.groups: expected an array`);
  const groupIds = new Set<string>();
  groups.forEach((g, i) => {
    if (!isObj(g) || !isStr(g['id']) || !isStr(g['name']) || !Array.isArray(g['aliases'])) {
      errors.push(`${path}.groups[${i}]: expected { id, name, aliases[] }`);
    } else groupIds.add(g['id']);
  });
  if (!Array.isArray(c['units'])) {
    errors.push(`${path}.units: expected an array`);
    return;
  }
  const ids = new Set<string>();
  c['units'].forEach((u, i) => {
    const up = `${path}.units[${i}]`;
    if (!isObj(u)) return errors.push(`${up}: expected an object`);
    if (!isStr(u['id']) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(u['id'])) errors.push(`${up}.id: expected kebab-case`);
    else if (ids.has(u['id'])) errors.push(`${up}.id: duplicate "${u['id']}"`);
    else ids.add(u['id']);
    if (!isStr(u['name'])) errors.push(`${up}.name: required string`);
    if (!Array.isArray(u['shortNames']) || !u['shortNames'].every(isStr)) errors.push(`${up}.shortNames: expected strings`);
    if (!UNIT_KINDS.includes(u['kind'] as never)) errors.push(`${up}.kind: expected one of ${UNIT_KINDS.join(', ')}`);
    validatePerson(u['head'], `${up}.head`, errors);
    validatePerson(u['leaderInCharge'], `${up}.leaderInCharge`, errors);
    if (!Array.isArray(u['groups'])) errors.push(`${up}.groups: expected an array`);
    else for (const g of u['groups']) if (!groupIds.has(g as string)) errors.push(`${up}.groups: unknown group "${String(g)}"`);
    return undefined;
  });
  c['units'].forEach((u, i) => {
    if (isObj(u) && u['parentId'] !== null && !ids.has(u['parentId'] as string)) {
      errors.push(`${path}.units[${i}].parentId: unknown unit "${String(u['parentId'])}"`);
    }
  });
  if (isStr(c['rootUnitId']) && !ids.has(c['rootUnitId'])) errors.push(`${path}.rootUnitId: unknown unit`);
}

// Versions of one chart must not overlap, or "the version in force" would be ambiguous.
function checkWindows(charts: OrgChartVersion[], errors: string[]): void {
  const valid = charts.filter((c) => isObj(c) && isIsoDate(c.validFrom));
  for (let i = 0; i < valid.length; i++) {
    for (let j = i + 1; j < valid.length; j++) {
      const a = valid[i];
      const b = valid[j];
      if (a.chartId !== b.chartId) continue;
      const aEnd = a.validTo ?? '9999-12-31';
      const bEnd = b.validTo ?? '9999-12-31';
      if (a.validFrom < bEnd && b.validFrom < aEnd) {
        errors.push(`charts: ${a.chartId} v${a.version} and v${b.version} overlap`);
      }
    }
  }
}

function validateUsers(users: unknown[], charts: OrgChartVersion[], errors: string[]): void {
  const unitIds = new Set<string>();
  for (const c of charts) if (isObj(c) && Array.isArray(c.units)) for (const u of c.units) unitIds.add(u.id);
  const seen = new Set<string>();
  users.forEach((u, i) => {
    const up = `users[${i}]`;
    if (!isObj(u)) return errors.push(`${up}: expected an object`);
    const user = u as Partial<DirectoryUser>;
    if (!isStr(user.userId)) errors.push(`${up}.userId: required string`);
    else if (seen.has(user.userId)) errors.push(`${up}.userId: duplicate "${user.userId}"`);
    else seen.add(user.userId);
    if (!isStr(user.name)) errors.push(`${up}.name: required string`);
    if (!USER_ROLES.includes(user.role as never)) errors.push(`${up}.role: expected one of ${USER_ROLES.join(', ')}`);
    if (!isStr(user.unitId) || !unitIds.has(user.unitId)) errors.push(`${up}.unitId: unknown unit "${String(user.unitId)}"`);
    if (!isStr(user.email) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(user.email)) errors.push(`${up}.email: invalid`);
    return undefined;
  });
}

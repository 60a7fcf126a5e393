// Types of the versioned org chart. A reorganisation is a new version with its own
// validity window, never an in-place edit, so a directive is always resolved against
// the chart that was in force on its date.

/** ISO calendar date `YYYY-MM-DD` (Vietnam local date; no time, no zone). */
export type IsoDate = string;

export type UnitKind = 'people-committee' | 'department' | 'agency' | 'district' | 'commune' | 'office';

export const UNIT_KINDS: readonly UnitKind[] = ['people-committee', 'department', 'agency', 'district', 'commune', 'office'];

export type UserRole = 'issuer' | 'unit-head' | 'assignee' | 'leader' | 'auditor' | 'admin';

export const USER_ROLES: readonly UserRole[] = ['issuer', 'unit-head', 'assignee', 'leader', 'auditor', 'admin'];

/** A person as the chart names them; `userId` links to the user directory when known. */
export interface PersonRef {
  name: string;
  title: string;
  userId?: string;
}

export interface OrgUnit {
  /** Stable kebab-case id, e.g. `so-noi-vu`; survives renames across versions when the unit does. */
  id: string;
  name: string;
  /** Other ways documents write the unit: abbreviations (`Sở KH&ĐT`), older names, short forms. */
  shortNames: string[];
  kind: UnitKind;
  parentId: string | null;
  head: PersonRef | null;
  /** The People's Committee vice-chairman in charge of the unit's sector (level 2 of escalation). */
  leaderInCharge: PersonRef | null;
  /** Group ids such as `provincial-departments`, `district-people-committees`. */
  groups: string[];
  /** Display order among siblings; lower first. */
  order?: number;
}

/** A named set of units, with the collective phrases letters use for it. */
export interface OrgGroup {
  id: string;
  name: string;
  /** e.g. "các sở, ban, ngành cấp tỉnh", "UBND các huyện, thị xã, thành phố". */
  aliases: string[];
}

export interface OrgChartVersion {
  chartId: string;
  version: number;
  name: string;
  /** First day in force (inclusive). */
  validFrom: IsoDate;
  /** First day no longer in force (exclusive); null while it is the current version. */
  validTo: IsoDate | null;
  /** The People's Committee at the top; its head is the chairman (escalation level 3). */
  rootUnitId: string;
  groups: OrgGroup[];
  units: OrgUnit[];
  note?: string;
  /**
   * Since when open tasks belong to the successors (ISO instant); omitted: the start of
   * `validFrom` in Vietnam. Windows stay by day; this only times the re-homing.
   */
  effectiveAt?: string;
  /** Where the units of the previous version that this one no longer has (or splits) went. */
  succession?: UnitSuccession[];
  /** The resolutions and decisions this version follows, as named on them. */
  basis?: string[];
}

/**
 * A unit of the previous version and its successors in this one: merged into one, split
 * into several (open tasks go to the first, the lead successor), or renamed.
 */
export interface UnitSuccession {
  unitId: string;
  successorIds: string[];
  kind: 'merged' | 'split' | 'renamed';
  /** The resolution or decision that made the change. */
  basis: string;
}

export interface DirectoryUser {
  userId: string;
  name: string;
  role: UserRole;
  unitId: string;
  email: string;
  title?: string;
}

/** Shape of `infra/seed/org-chart.*.json`. */
export interface OrgChartSeed {
  schemaVersion: 1;
  note?: string;
  charts: OrgChartVersion[];
  users: DirectoryUser[];
}

import type { OrgChartVersion, OrgUnit } from './org-chart.types';
import { compactKey, foldAndExpand, initialsVariants, stripRoleWords } from './unit-name.folding';

export type UnitMatchKind = 'unit' | 'group' | 'contains';

export interface UnitMatch {
  unitIds: string[];
  via: UnitMatchKind;
  /** The unit name, alias or group alias that matched. */
  matched: string;
  groupId?: string;
}

interface Entry {
  unitId: string;
  label: string;
  spaced: string;
}

interface GroupEntry {
  groupId: string;
  label: string;
  spaced: string;
}

/**
 * Name → unit lookup over one chart version. Built once per import; every lookup is a
 * scan of a few hundred short strings, which is plenty for letters of a few pages.
 */
export class UnitNameMatcher {
  private readonly byCompact = new Map<string, Set<string>>();
  private readonly entries: Entry[] = [];
  private readonly groupEntries: GroupEntry[] = [];

  constructor(private readonly chart: OrgChartVersion) {
    for (const unit of chart.units) this.indexUnit(unit);
    for (const group of chart.groups) {
      for (const label of [group.name, ...group.aliases]) {
        const spaced = stripCollectiveWords(stripRoleWords(foldAndExpand(label)));
        if (spaced) this.groupEntries.push({ groupId: group.id, label, spaced });
      }
    }
    // Longest first so "van phong uy ban nhan dan tinh" beats "uy ban nhan dan tinh".
    this.entries.sort((a, b) => b.spaced.length - a.spaced.length);
    this.groupEntries.sort((a, b) => b.spaced.length - a.spaced.length);
  }

  private indexUnit(unit: OrgUnit): void {
    const labels = [unit.name, ...unit.shortNames];
    for (const label of labels) {
      const keys = new Set([compactKey(label), ...initialsVariants(label)]);
      for (const key of keys) {
        if (!key) continue;
        const set = this.byCompact.get(key) ?? new Set<string>();
        set.add(unit.id);
        this.byCompact.set(key, set);
      }
      const spaced = foldAndExpand(label);
      if (spaced) this.entries.push({ unitId: unit.id, label, spaced });
    }
  }

  /** Units a single name or collective phrase refers to, or undefined when nothing fits. */
  match(phrase: string): UnitMatch | undefined {
    const spaced = stripRoleWords(foldAndExpand(phrase));
    if (!spaced) return undefined;

    const exact = this.byCompact.get(
      spaced
        .split(' ')
        .filter((w) => w !== 'va')
        .join(''),
    );
    if (exact && exact.size > 0) {
      return { unitIds: [...exact], via: 'unit', matched: phrase.trim() };
    }

    // Collective phrases ("các sở, ban, ngành cấp tỉnh") before containment, because a
    // group phrase can contain a unit's name ("UBND các huyện" contains "UBND").
    const collective = stripCollectiveWords(spaced);
    const groupIds: string[] = [];
    let groupLabel = '';
    for (const g of this.groupEntries) {
      // A one-word alias ("các sở") must be the whole phrase, not any phrase with "sở" in it.
      const hit = g.spaced.includes(' ') ? containsWords(collective, g.spaced) : collective === g.spaced;
      if (hit && !groupIds.includes(g.groupId)) {
        groupIds.push(g.groupId);
        groupLabel ||= g.label;
      }
    }
    if (groupIds.length > 0) {
      const ids = this.chart.units.filter((u) => u.groups.some((g) => groupIds.includes(g))).map((u) => u.id);
      return { unitIds: ids, via: 'group', matched: groupLabel, groupId: groupIds[0] };
    }

    // The name that starts earliest wins, then the longest: "Văn phòng UBND tỉnh Thừa Thiên
    // Huế" is the office, not the People's Committee named inside it.
    let best: { e: Entry; at: number } | undefined;
    for (const e of this.entries) {
      if (!isSpecific(e.spaced)) continue;
      const at = ` ${spaced} `.indexOf(` ${e.spaced} `);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && e.spaced.length > best.e.spaced.length)) best = { e, at };
    }
    return best ? { unitIds: [best.e.unitId], via: 'contains', matched: best.e.label } : undefined;
  }
}

// "các" and "và" come and go between letters ("các huyện, thị xã và thành phố").
function stripCollectiveWords(spaced: string): string {
  return spaced
    .split(' ')
    .filter((w) => w !== 'cac' && w !== 'va')
    .join(' ');
}

function containsWords(haystack: string, needle: string): boolean {
  if (!needle) return false;
  return ` ${haystack} `.includes(` ${needle} `);
}

// One generic word ("so", "ban") must not claim a whole phrase by containment.
function isSpecific(spaced: string): boolean {
  return spaced.split(' ').length >= 2;
}

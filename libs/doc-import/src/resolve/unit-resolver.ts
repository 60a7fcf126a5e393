import { foldVietnamese, UnitNameMatcher, type OrgChartVersion } from '@dondoc/domain';
import type { AddresseeUnits } from '../imported-document.types';

// Checked before matching: "các cơ quan, đơn vị liên quan" names no unit even though it
// contains a group's words; "tổ chức, cá nhân" and "người dân" are not units at all.
const VAGUE_FIRST = /\b(lien quan|co lien quan|to chuc ca nhan|ca nhan|doanh nghiep|nguoi dan)\b/;
const VAGUE_AFTER = /\b(cac don vi|cac co quan|co quan don vi)\b/;
// Bodies above or outside the province chart that letters copy in but never task.
const NOT_ASSIGNABLE =
  /^(nhu tren|nhu dieu|luu|thuong truc|thuong vu|tt |ct |cac pct|ban thuong vu|bo |van phong chinh phu|thu tuong|chinh phu|tinh uy|hdnd|hoi dong nhan dan|doan dai bieu|cong thong tin|lanh dao|chanh|pho chanh|cv|chuyen vien)/;
// "Giám đốc các sở: Tư pháp, Văn hóa và Thể thao, Du lịch" names three departments.
const DEPARTMENT_LIST = /^(?:.*?\s)?các\s+sở\s*[:：]\s*(.+)$/iu;

// Words that may follow a collective name and still belong to it ("… cấp tỉnh", "… trên địa bàn tỉnh").
const GROUP_TAIL = new Set(
  'cap tinh huyen xa thi tran thanh pho quan phuong thuoc truc tren dia ban lien co va cac nganh don vi so doan the su nghiep cong lap chuyen mon nha nuoc trung uong'.split(
    ' ',
  ),
);

// "Phòng Y tế huyện", "Sở Y tế tỉnh": a place word ends a name, it is not a verb after one;
// nor is "và" before a capital ("Sở Văn hóa, Thể thao và Du lịch" is one department, whatever
// the chart says), while "… Huế và các lực lượng chức năng" ends at "Huế".
const PLACE_WORDS = new Set(['tinh', 'huyen', 'xa', 'quan', 'phuong', 'thanh', 'pho', 'thi', 'tran', 'tp', 'cac']);

// How the name of a body that can be tasked begins.
const UNIT_WORD = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Phòng|Sở|Ban|Trung tâm|Văn phòng|Công an|Chi cục|Đài|Bệnh viện|Trường)\s/u;

// Central bodies a province's letter informs but never tasks.
const CENTRAL = /\b(trung uong|quoc gia|bi thu|chinh phu|quoc hoi)\b/;

// Words every unit name has, which say nothing about which unit is meant.
const GENERIC_WORDS = new Set('uy ban nhan dan ubnd so phong ban tinh thanh pho huyen xa phuong quan thi tran cac va cua'.split(' '));

/** A phrase's words, folded, without "các"/"và", sorted: the same words in any order. */
function wordSet(folded: string): string {
  const words = folded
    .replace(/\bubnd\b/g, 'uy ban nhan dan')
    .split(' ')
    .filter((w) => w && w !== 'cac' && w !== 'va');
  return [...new Set(words)].sort().join(' ');
}

/** Names and collective phrases → unit ids of one chart version, with how each matched. */
export class UnitResolver {
  private readonly matcher: UnitNameMatcher | null;

  constructor(readonly chart: OrgChartVersion | null) {
    this.matcher = chart ? new UnitNameMatcher(chart) : null;
  }

  resolve(phrase: string): AddresseeUnits {
    const base: AddresseeUnits = { addressee: phrase, unitIds: [], match: 'none' };
    if (!this.matcher) return base;
    const folded = foldVietnamese(phrase);
    if (VAGUE_FIRST.test(folded)) return { ...base, match: 'vague' };
    const list = DEPARTMENT_LIST.exec(phrase);
    if (list) {
      const ids = this.resolveAll(list[1].split(/\s*,\s*/).map((name) => `Sở ${name.replace(/[.;]+$/, '')}`));
      if (ids.length) return { addressee: phrase, unitIds: ids, match: 'unit' };
    }
    const m = this.matcher.match(phrase);
    if (m && m.via !== 'contains') return { addressee: phrase, unitIds: m.unitIds, match: m.via };
    // "UBND các phường, xã" is the group the chart calls "UBND các xã, phường".
    const group = this.groupInAnyOrder(folded);
    if (group) return { addressee: phrase, unitIds: group, match: 'group' };
    if (m) return { addressee: phrase, unitIds: m.unitIds, match: m.via };
    if (VAGUE_AFTER.test(folded)) return { ...base, match: 'vague' };
    return base;
  }

  private groupInAnyOrder(folded: string): string[] | null {
    if (!this.chart || !/\bcac\b/.test(folded)) return null;
    const key = wordSet(folded);
    for (const g of this.chart.groups) {
      for (const label of [g.name, ...g.aliases]) {
        if (wordSet(foldVietnamese(label)) !== key) continue;
        const ids = this.chart.units.filter((u) => u.groups.includes(g.id)).map((u) => u.id);
        if (ids.length) return ids;
      }
    }
    return null;
  }

  /** Up to three unit names of the chart closest to a name it does not know, for the person reviewing. */
  closestNames(phrase: string, max = 3): string[] {
    if (!this.chart) return [];
    const words = new Set(
      wordSet(foldVietnamese(phrase))
        .split(' ')
        .filter((w) => w && !GENERIC_WORDS.has(w)),
    );
    if (!words.size) return [];
    const scored = this.chart.units
      .map((u) => {
        const own = wordSet(foldVietnamese(u.name))
          .split(' ')
          .filter((w) => !GENERIC_WORDS.has(w));
        const common = own.filter((w) => words.has(w)).length;
        return { name: u.name, score: common / Math.max(own.length, words.size) };
      })
      .filter((x) => x.score >= 0.34)
      .sort((a, b) => b.score - a.score);
    return scored.slice(0, max).map((x) => x.name);
  }

  resolveAll(phrases: string[]): string[] {
    const ids: string[] = [];
    for (const p of phrases) for (const id of this.resolve(p).unitIds) if (!ids.includes(id)) ids.push(id);
    return ids;
  }

  /**
   * A name read from running text may carry the verb after it ("Sở Tài chính cân đối");
   * the longest leading words that name a unit are the name. Returns null when none do.
   */
  trimToKnownUnit(name: string): string | null {
    if (!this.matcher) return null;
    const whole = this.resolve(name);
    if (whole.match === 'group') return this.trimGroupTail(name, whole.unitIds);
    if (whole.match === 'unit' || whole.match === 'vague') return name;
    // Not an exact name: the longest leading words that are one ("Đài … Huế tăng thời lượng"),
    // cut only before a lower-case word: "Văn phòng UBND Thành phố" keeps its "Thành phố".
    const words = name.split(/\s+/);
    for (let n = words.length - 1; n >= 2; n--) {
      if (!/^\p{Ll}/u.test(words[n]) || PLACE_WORDS.has(foldVietnamese(words[n]).replace(/[^a-z]/g, ''))) continue;
      if (words[n] === 'và' && /^\p{Lu}/u.test(words[n + 1] ?? '')) continue;
      const prefix = words
        .slice(0, n)
        .join(' ')
        .replace(/[,;:]+$/, '');
      const r = this.resolve(prefix);
      if (r.unitIds.length && r.match !== 'contains') return prefix;
    }
    return whole.unitIds.length ? name : null;
  }

  /**
   * "Chủ tịch UBND các huyện, thị xã, thành phố Huế cụ thể hóa các nhiệm vụ …": the shortest
   * leading words naming the same group, plus the place words and proper names after them.
   */
  private trimGroupTail(name: string, ids: string[]): string {
    const words = name.split(/\s+/);
    const same = (phrase: string): boolean => {
      const r = this.resolve(phrase);
      return r.match === 'group' && r.unitIds.length === ids.length && r.unitIds.every((id, k) => id === ids[k]);
    };
    let n = 1;
    while (
      n < words.length &&
      !same(
        words
          .slice(0, n)
          .join(' ')
          .replace(/[,;:]+$/, ''),
      )
    )
      n++;
    while (n < words.length && (/^\p{Lu}/u.test(words[n]) || GROUP_TAIL.has(foldVietnamese(words[n]).replace(/[^a-z]/g, '')))) n++;
    return words
      .slice(0, n)
      .join(' ')
      .replace(/[,;:]+$/, '');
  }

  /**
   * Recipients worth fanning out to when a letter has no "Kính gửi" (chỉ thị, kế hoạch): not
   * those sent the letter to be informed ("(b/c)", "(để biết)"), nor, from a district or
   * commune, the province's departments above it.
   */
  /**
   * Recipients named like a unit ("Phòng Tài nguyên và Môi trường" of a district) that the
   * chart does not know: not taken as addressees, but never left out unseen.
   */
  unknownRecipients(recipients: string[]): string[] {
    if (!this.chart) return [];
    return recipients
      .map((r) =>
        r
          .replace(/^[-–+•]\s*/, '')
          .replace(/[;.,]+$/, '')
          .trim(),
      )
      .filter(
        (r) =>
          UNIT_WORD.test(r) &&
          !NOT_ASSIGNABLE.test(foldVietnamese(r)) &&
          !CENTRAL.test(foldVietnamese(r)) &&
          !/\((?:để\s+)?(?:b\/c|báo cáo|biết|theo dõi)\)/iu.test(r),
      )
      .filter((r) => this.resolve(r).match === 'none');
  }

  assignableRecipients(recipients: string[], issuer: string | null = null): string[] {
    const fromBelowProvince = issuer !== null && /\b(huyen|thi xa|quan|xa|phuong|thi tran)\b/.test(foldVietnamese(issuer));
    return recipients.filter((r) => {
      const f = foldVietnamese(r);
      if (NOT_ASSIGNABLE.test(f)) return false;
      if (/\((?:để\s+)?(?:b\/c|báo cáo|biết|theo dõi)\)/iu.test(r)) return false;
      if (fromBelowProvince && /^(so |ubnd tinh|uy ban nhan dan tinh|ban .* tinh)/.test(f)) return false;
      const res = this.resolve(r);
      return res.unitIds.length > 0 && !(this.chart && res.unitIds.length === 1 && res.unitIds[0] === this.chart.rootUnitId);
    });
  }
}

import { foldVietnamese, UnitNameMatcher, type OrgChartVersion } from '@dondoc/domain';
import type { AddresseeUnits } from '../imported-document.types';

// Checked before matching: "các cơ quan, đơn vị liên quan" names no unit even though it
// contains a group's words; "tổ chức, cá nhân" and "người dân" are not units at all.
const VAGUE_FIRST = /\b(lien quan|co lien quan|to chuc ca nhan|ca nhan|doanh nghiep|nguoi dan)\b/;
const VAGUE_AFTER = /\b(cac don vi|cac co quan|co quan don vi)\b/;
// Bodies above or outside the province chart that letters copy in but never task.
const NOT_ASSIGNABLE = /^(nhu tren|nhu dieu|luu|thuong truc|thuong vu|tt |ct |cac pct|ban thuong vu|bo |van phong chinh phu|thu tuong|chinh phu|tinh uy|hdnd|hoi dong nhan dan|doan dai bieu|cong thong tin|lanh dao|chanh|pho chanh|cv|chuyen vien)/;
// "Giám đốc các sở: Tư pháp, Văn hóa và Thể thao, Du lịch" names three departments.
const DEPARTMENT_LIST = /^(?:.*?\s)?các\s+sở\s*[:：]\s*(.+)$/iu;

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
    if (m) return { addressee: phrase, unitIds: m.unitIds, match: m.via };
    if (VAGUE_AFTER.test(folded)) return { ...base, match: 'vague' };
    return base;
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
    if (whole.match === 'unit' || whole.match === 'group' || whole.match === 'vague') return name;
    // Not an exact name: the longest leading words that are one ("Đài … Huế tăng thời lượng").
    const words = name.split(/\s+/);
    for (let n = words.length - 1; n >= 2; n--) {
      const prefix = words.slice(0, n).join(' ').replace(/[,;:]+$/, '');
      const r = this.resolve(prefix);
      if (r.unitIds.length && r.match !== 'contains') return prefix;
    }
    return whole.unitIds.length ? name : null;
  }

  /** Recipients worth fanning out to when a letter has no "Kính gửi" (chỉ thị, kế hoạch). */
  assignableRecipients(recipients: string[]): string[] {
    return recipients.filter((r) => {
      const f = foldVietnamese(r);
      if (NOT_ASSIGNABLE.test(f)) return false;
      const res = this.resolve(r);
      return res.unitIds.length > 0 && !(this.chart && res.unitIds.length === 1 && res.unitIds[0] === this.chart.rootUnitId);
    });
  }
}

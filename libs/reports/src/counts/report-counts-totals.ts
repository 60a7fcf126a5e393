import type { ReportCountsRow } from '@dondoc/persistence';
import { countFieldsOf, countsKeyOf, type TallyEntry } from './report-tally';

/**
 * The counts read model summed from task rows' tallies, in memory: what a rebuild writes, and
 * what a bulk loader that tallies its rows as it writes them (the benchmarks) writes once at
 * the end, instead of reading every row back for a rebuild.
 */
export class ReportCountsTotals {
  private readonly docs = new Map<string, ReportCountsRow>();

  /** One row's tally entries, counted. */
  add(entries: readonly TallyEntry[]): void {
    for (const e of entries) {
      const key = countsKeyOf(e.unitId, e.month);
      let doc = this.docs.get(key);
      if (!doc) {
        doc = { _id: key, unitId: e.unitId, month: e.month, c: {}, open: {}, escalated: 0 };
        this.docs.set(key, doc);
      }
      for (const field of countFieldsOf(e)) {
        const [group, name] = field.split('.');
        if (group === 'escalated') doc.escalated = (doc.escalated ?? 0) + 1;
        else {
          const bag = (group === 'c' ? doc.c : doc.open) ?? {};
          bag[name] = (bag[name] ?? 0) + 1;
        }
      }
    }
  }

  /** The counts documents, one per (unit, month) with items. */
  rows(): ReportCountsRow[] {
    return [...this.docs.values()];
  }
}

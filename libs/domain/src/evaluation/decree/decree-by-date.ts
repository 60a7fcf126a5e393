import type { AssessorInput, DecreeEvaluation, WorkItem } from './decree-evaluation.types';
import type { DecreeId } from './decree-sources';
import { evaluateNd335 } from './nd335-2025.rule';
import { evaluateNd90 } from './nd90-2020.rule';

// Which decree grades a work item is decided by the day it was due, never by a flag:
// Nghị định 335/2025/NĐ-CP is in force from 1/1/2026 and replaces Nghị định 90/2020/NĐ-CP
// for civil servants of state administrative agencies. An evaluation over a range that
// spans the change (a duty's year from 7/2025 to 6/2026, a report from 12/2025 to 2/2026)
// is split: the items due before 1/1/2026 are graded under ND 90, those due from then on
// under ND 335, each part with its own calculation. A month, a quarter and a calendar year
// never span it: the annual grade of 2025 is ND 90's, that of 2026 ND 335's.

export const ND335_IN_FORCE_FROM = '2026-01-01';

export function decreeOn(day: string): DecreeId {
  return day >= ND335_IN_FORCE_FROM ? 'nd335-2025' : 'nd90-2020';
}

/** The first and last day of 'YYYY', 'YYYY-Qn' or 'YYYY-MM'. */
export function periodDays(period: string): { from: string; to: string } {
  const y = /^(\d{4})$/.exec(period);
  if (y) return { from: `${y[1]}-01-01`, to: `${y[1]}-12-31` };
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) {
    const first = (Number(q[2]) - 1) * 3 + 1;
    return { from: `${q[1]}-${pad(first)}-01`, to: `${q[1]}-${pad(first + 2)}-${pad(lastDay(Number(q[1]), first + 2))}` };
  }
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (m) return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(lastDay(Number(m[1]), Number(m[2])))}` };
  throw new RangeError(`Not an evaluation period (YYYY, YYYY-Qn, YYYY-MM): ${period}`);
}

export interface DecreePart {
  readonly decree: DecreeId;
  readonly from: string;
  readonly to: string;
  readonly evaluation: DecreeEvaluation;
}

/** The evaluation of the items due in [from, to], split at 1/1/2026 when the range spans it. */
export function evaluateByDecree(range: { from: string; to: string }, items: readonly WorkItem[], input: AssessorInput): DecreePart[] {
  const inRange = items.filter((i) => i.dueOn >= range.from && i.dueOn <= range.to);
  const parts: { decree: DecreeId; from: string; to: string }[] =
    decreeOn(range.from) === decreeOn(range.to)
      ? [{ decree: decreeOn(range.from), from: range.from, to: range.to }]
      : [
          { decree: 'nd90-2020', from: range.from, to: '2025-12-31' },
          { decree: 'nd335-2025', from: ND335_IN_FORCE_FROM, to: range.to },
        ];
  return parts.map((p) => {
    const own = inRange.filter((i) => i.dueOn >= p.from && i.dueOn <= p.to);
    const evaluation = p.decree === 'nd335-2025' ? evaluateNd335(own, input) : evaluateNd90(own, input);
    return { ...p, evaluation };
  });
}

/** Why a part of an evaluation is graded under its decree: the day its items fell due decides. */
export function decreeReason(part: { readonly from: string; readonly to: string }): string {
  const day = (iso: string) => iso.split('-').reverse().join('/');
  const inForce = day(ND335_IN_FORCE_FROM);
  return decreeOn(part.from) === 'nd335-2025'
    ? `Sản phẩm/công việc đến hạn từ ${day(part.from)} đến ${day(part.to)}: Nghị định 335/2025/NĐ-CP có hiệu lực từ ${inForce}, nên áp dụng nghị định này.`
    : `Sản phẩm/công việc đến hạn từ ${day(part.from)} đến ${day(part.to)}, trước ${inForce} (ngày Nghị định 335/2025/NĐ-CP có hiệu lực): áp dụng Nghị định 90/2020/NĐ-CP.`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

import { scheduleOf, type DirectiveDraft } from '@dondoc/contracts';
import { dutyPeriods } from '@dondoc/domain';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import { reportTaskOf, type ReportTask } from './report-task';

// The read model's snapshots as report tasks, with what the snapshots no longer hold
// taken from their directives: the due instant of each closed period (from the recurrence,
// through the domain's own schedule) and the evaluation rule the item was issued with.

export type DirectiveForReport = Pick<DirectiveDraft, 'number' | 'date' | 'subject' | 'tasks'> & { readonly id: string };

export function reportTasksOf(snapshots: readonly TaskSnapshot[], directives: readonly DirectiveForReport[]): ReportTask[] {
  const byId = new Map(directives.map((d) => [d.id, d]));
  const duesCache = new Map<string, Map<string, string>>();
  return snapshots.map((s) => {
    const directive = byId.get(s.directiveId);
    const item = directive?.tasks.find((t) => t.itemRef === s.itemRef);
    const cacheKey = `${s.directiveId}|${s.itemRef}`;
    let dues = duesCache.get(cacheKey);
    if (!dues) {
      dues = new Map();
      const schedule = item && directive ? scheduleOf(item.deadline, directive.date) : undefined;
      if (schedule?.kind === 'recurring') for (const p of dutyPeriods(schedule)) dues.set(p.key, p.dueAt);
      duesCache.set(cacheKey, dues);
    }
    return reportTaskOf(s, dues, item?.evaluationRuleId);
  });
}

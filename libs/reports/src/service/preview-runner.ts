import { ContractViolation } from '@dondoc/contracts';
import { civilServiceCalendar, versionInForce, vnWallClockMs, type OrgChartVersion, type WorkingCalendar } from '@dondoc/domain';
import { recipientLookupOf } from '../preview/org-chart-recipients';
import { previewDirective, type DirectivePreview } from '../preview/preview-directive';
import type { PreviewRequest } from './preview-request.schema';

/** A preview request run against a set of org chart versions: what the API and `dondoc preview` call. */
export function runPreview(
  request: PreviewRequest,
  deps: { charts: readonly OrgChartVersion[]; calendar?: WorkingCalendar; onTask?: (done: number, total: number) => void },
): Promise<DirectivePreview> {
  const issueAt = request.issueAt ?? new Date(vnWallClockMs(request.draft.date, 9)).toISOString();
  // Every lead unit must be in the org chart in force on the draft's date: the escalations
  // are resolved there, as the workflow resolves them.
  const chart = versionInForce([...deps.charts], request.draft.date);
  if (!chart)
    throw new ContractViolation('draft', [`date: không có sơ đồ tổ chức hiệu lực ngày ${request.draft.date} (no org chart in force)`]);
  const known = new Set(chart.units.map((u) => u.id));
  const problems = request.draft.tasks.flatMap((t, i) =>
    t.leadUnitIds.flatMap((u, j) =>
      known.has(u) ? [] : [`tasks.${i}.leadUnitIds.${j}: không có đơn vị '${u}' trong sơ đồ tổ chức (unknown unit)`],
    ),
  );
  if (problems.length) throw new ContractViolation('draft', problems);
  return previewDirective(request.draft, {
    issueAt,
    behaviour: request.behaviour,
    behaviours: request.behaviours,
    unitIds: request.unitIds,
    charts: deps.charts,
    calendar: deps.calendar ?? civilServiceCalendar,
    recipient: recipientLookupOf(deps.charts),
    onTask: deps.onTask,
  });
}

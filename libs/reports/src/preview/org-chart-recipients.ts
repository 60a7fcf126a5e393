import type { OrgChartVersion } from '@dondoc/domain';
import { StaticOrgChartSource, createTaskActivities } from '@dondoc/task-activities';
import type { RecipientLookup } from './simulate-task';

// Escalation recipients for a simulation, looked up by the worker's own activity over a
// fixed set of org chart versions (so the preview names whom the workflow would name).
export function recipientLookupOf(charts: readonly OrgChartVersion[]): RecipientLookup {
  const activities = createTaskActivities({
    orgCharts: new StaticOrgChartSource([...charts]),
    facts: { publish: async () => undefined, project: async () => undefined },
  });
  return (input) => activities.resolveEscalationRecipient(input);
}

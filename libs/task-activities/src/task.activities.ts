import { ApplicationFailure } from '@temporalio/common';
import { escalationChain, unitStandingFor, UnknownUnitError, versionInForce, vnDateOf } from '@dondoc/domain';
import type { EscalationRecipient, RecordedFacts, TaskActivities } from '@dondoc/task-follow-up';
import type { FactSink } from './fact-sink.port';
import type { OrgChartSource } from './org-chart.source';
import type { RunArchive } from './run-archive.port';

export interface TaskActivityDeps {
  orgCharts: OrgChartSource;
  facts: FactSink;
  /** The audit archive of closed runs; without one (e.g. a bare worker), runs are not archived. */
  archive?: RunArchive;
}

/**
 * The activities of the task follow-up workflow. Each is idempotent by a business key:
 * recipients are a pure lookup, facts are de-duplicated by eventId and snapshot revision.
 */
export function createTaskActivities({ orgCharts, facts, archive }: TaskActivityDeps): TaskActivities {
  const record = async ({ events, snapshot }: RecordedFacts): Promise<void> => {
    if (events.length > 0) await facts.publish(events);
    await facts.project(snapshot);
  };
  return {
    async resolveEscalationRecipient({ unitId, level, at }): Promise<EscalationRecipient> {
      const charts = await orgCharts.charts();
      const chart = versionInForce(charts, vnDateOf(at));
      if (!chart) {
        throw ApplicationFailure.nonRetryable(`No org chart version is in force on ${vnDateOf(at)}`, 'NoOrgChart');
      }
      // A unit merged or split away since the task was given is answered for by its
      // successor: no escalation goes to the head of a unit that no longer exists.
      const standing = unitStandingFor(charts, unitId, chart) ?? unitId;
      let chain;
      try {
        chain = escalationChain(chart, standing);
      } catch (e) {
        if (e instanceof UnknownUnitError) throw ApplicationFailure.nonRetryable(e.message, 'UnknownUnit');
        throw e;
      }
      // A missing rung (a unit without a head) passes the notice to the next one up.
      const step = chain.find((s) => s.level >= level) ?? chain[chain.length - 1];
      if (!step) throw ApplicationFailure.nonRetryable(`Nobody to escalate to for unit ${unitId}`, 'NoRecipient');
      return { userId: step.person.userId ?? '', name: step.person.name, title: step.person.title, unitId: step.unitId };
    },

    async recordFacts(input): Promise<void> {
      await record(input);
    },

    async recordFactsLocally(input): Promise<RecordedFacts> {
      await record(input);
      return input;
    },

    async archiveRun(input): Promise<void> {
      await archive?.archiveRun(input);
    },
  };
}

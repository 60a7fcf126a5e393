import { bundleTaskWorkflows } from '@dondoc/temporal';
import type { TaskSnapshot } from '@dondoc/workflows';
import { Worker } from '@temporalio/worker';
import type { temporal } from '@temporalio/proto';
import { HEAD_SO_NOI_VU, vn } from '../../integration/workflows/support/actors';
import { fetchRunChain } from '../../integration/workflows/support/history-chain';
import { TaskWorkflowHarness } from '../../integration/workflows/support/task-workflow-harness';
import type { BenchContext, BenchFigure } from '../support/bench-context';
import { progress, progressDone } from '../support/progress';

type History = temporal.api.history.v1.IHistory;

/**
 * Replay speed: one-year task histories (every run of a monthly duty through 2022, as
 * continue-as-new leaves them) replayed against the current workflow bundle. Distinct
 * years are produced on the time-skipping server with varied report patterns, then
 * replayed round-robin until at least 1,000 one-year histories went through.
 */
export async function replaySpeed(ctx: BenchContext): Promise<BenchFigure> {
  const distinct = ctx.quick ? 3 : 10;
  const target = ctx.quick ? 100 : 1_000;
  const years = await produceYears(distinct);
  const bundle = await bundleTaskWorkflows();
  const eventsPerYear = years.map((runs) => runs.reduce((n, h) => n + (h.events?.length ?? 0), 0));

  let replayedYears = 0;
  let events = 0;
  let failures = 0;
  const t0 = Date.now();
  async function* histories() {
    for (let i = 0; i < target; i++) {
      const runs = years[i % years.length];
      for (const history of runs) yield { workflowId: `task:replay-${i}`, history };
      events += eventsPerYear[i % years.length];
      replayedYears++;
      progress(`replay: ${replayedYears}/${target} one-year histories, ${Math.round((events * 1000) / (Date.now() - t0))} events/s`);
    }
  }
  for await (const result of Worker.runReplayHistories({ workflowBundle: bundle, replayName: 'bench' }, histories())) {
    if (result.error) failures++;
  }
  const seconds = (Date.now() - t0) / 1000;
  progressDone(`replay: ${replayedYears} one-year histories (${events} events) in ${seconds.toFixed(1)}s, ${failures} failed`);
  const eventsPerSecond = Math.round(events / seconds);
  return {
    id: 'REPLAY',
    name: 'replay of archived one-year histories',
    value: eventsPerSecond,
    unit: 'events/s',
    goal: '≥ 20,000 events/s',
    met: eventsPerSecond >= 20_000 && failures === 0,
    baseline: `${(replayedYears / seconds).toFixed(1)} one-year histories/s; ${Math.round(eventsPerYear.reduce((a, b) => a + b, 0) / eventsPerYear.length)} events and ${years[0].length} runs per year; ${distinct} distinct years`,
    detail: { replayedYears, events, seconds, failures, distinct },
  };
}

/** Years of one monthly duty with different patterns of late and missing reports. */
async function produceYears(count: number): Promise<History[][]> {
  const years: History[][] = [];
  const h = await TaskWorkflowHarness.start('2022-01-25T02:00:00Z');
  try {
    const handles = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        h.startTask({
          taskId: `replay-year-${i}`, directiveId: 'd-907', directiveNumber: '907/UBND-NV', itemRef: String((i % 6) + 1),
          text: 'Báo cáo định kỳ hằng tháng.', leadUnitId: 'so-noi-vu', assignedAt: vn('2022-01-25 09:00'),
          schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: '2022-02-01', until: '2022-12-31' },
        }),
      ),
    );
    await Promise.all(handles.map((handle) => handle.executeUpdate('acknowledge', { args: [{ actor: HEAD_SO_NOI_VU }] })));
    for (let month = 2; month <= 12; month++) {
      await h.skipTo(vn(`2022-${String(month).padStart(2, '0')}-18 10:00`));
      await Promise.all(
        handles.map(async (handle, i) => {
          if ((month + i) % 5 === 0) return; // missing this month
          if ((month * 7 + i) % 4 === 0) await h.skipTo(vn(`2022-${String(month).padStart(2, '0')}-27 10:00`)); // late
          await h.env.client.workflow.getHandle(handle.workflowId).executeUpdate<TaskSnapshot, [object]>('reportProgress', {
            args: [{ actor: HEAD_SO_NOI_VU, percent: 100, note: `Tháng ${month}` }],
          });
        }),
      );
      progress(`replay: producing ${count} one-year histories on the time-skipping server, month ${month}/12`, true);
    }
    for (const handle of handles) {
      await h.env.client.workflow.getHandle(handle.workflowId).result();
      years.push((await fetchRunChain(h.env.client, handle.workflowId, handle.firstExecutionRunId)).map((r) => r.history));
    }
  } finally {
    await h.teardown();
  }
  return years;
}

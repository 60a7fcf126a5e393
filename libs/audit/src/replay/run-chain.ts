import type { ArchivedRunMeta } from '../archive/archived-run.types';
import type { ReplayChain, ReplayRunResult } from './replay.types';

/** Groups runs by task and checks that each task's runs form one unbroken chain. */
export function chainsOf(metas: ArchivedRunMeta[], results: ReplayRunResult[]): ReplayChain[] {
  const byTask = new Map<string, ArchivedRunMeta[]>();
  for (const meta of metas) {
    const key = meta.taskId ?? meta.workflowId;
    byTask.set(key, [...(byTask.get(key) ?? []), meta]);
  }
  const okRuns = new Set(results.filter((r) => r.intact && r.deterministic).map((r) => r.runId));
  return [...byTask.entries()].map(([taskId, runs]) => {
    const sorted = [...runs].sort((a, b) => a.runIndex - b.runIndex);
    const problem = linkProblem(sorted);
    const last = sorted[sorted.length - 1];
    return {
      taskId,
      runIds: sorted.map((r) => r.runId),
      linked: problem === undefined,
      closed: last.closeType !== null && last.closeType !== 'continued-as-new',
      ok: problem === undefined && sorted.every((r) => okRuns.has(r.runId)),
      ...(problem ? { problem } : {}),
    };
  });
}

function linkProblem(runs: ArchivedRunMeta[]): string | undefined {
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (run.runIndex !== i) return `Thiếu lượt chạy số ${i} (run ${i} is not archived)`;
    if (run.firstRunId !== runs[0].runId) return `Lượt chạy ${run.runId} thuộc chuỗi khác (first run ${run.firstRunId})`;
    if (i > 0 && run.previousRunId !== runs[i - 1].runId) return `Lượt chạy ${run.runId} không nối tiếp ${runs[i - 1].runId}`;
    if (i > 0 && runs[i - 1].nextRunId !== run.runId) return `Lượt chạy ${runs[i - 1].runId} không dẫn tới ${run.runId}`;
  }
  return undefined;
}

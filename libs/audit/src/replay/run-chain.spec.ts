import type { ArchivedRunMeta } from '../archive/archived-run.types';
import type { ReplayRunResult } from './replay.types';
import { chainsOf } from './run-chain';

const run = (i: number, over: Partial<ArchivedRunMeta> = {}): ArchivedRunMeta => ({
  runId: `r${i}`,
  workflowId: 'task:t1',
  workflowType: 'taskFollowUp',
  taskId: 't1',
  directiveId: 'd1',
  directiveNumber: '1/UBND',
  unitIds: ['u1'],
  runIndex: i,
  firstRunId: 'r0',
  previousRunId: i === 0 ? null : `r${i - 1}`,
  nextRunId: `r${i + 1}`,
  startedAt: '2022-01-01T00:00:00.000Z',
  closedAt: '2022-02-01T00:00:00.000Z',
  closeType: 'continued-as-new',
  eventCount: 10,
  sha256: 'x',
  encoding: 'gzip',
  sizeBytes: 100,
  storedBytes: 10,
  archivedAt: '2022-02-01T00:00:00.000Z',
  ...over,
});
const ok = (runs: ArchivedRunMeta[]): ReplayRunResult[] =>
  runs.map((r) => ({
    runId: r.runId,
    workflowId: r.workflowId,
    taskId: r.taskId,
    runIndex: r.runIndex,
    eventCount: 10,
    intact: true,
    deterministic: true,
  }));

describe('chainsOf', () => {
  it('accepts runs linked from the first to a closing run', () => {
    const runs = [run(0), run(1), run(2, { nextRunId: null, closeType: 'completed' })];
    expect(chainsOf(runs, ok(runs))).toEqual([{ taskId: 't1', runIds: ['r0', 'r1', 'r2'], linked: true, closed: true, ok: true }]);
  });

  it('names a missing run and a broken link', () => {
    const gap = [run(0), run(2)];
    expect(chainsOf(gap, ok(gap))[0]).toMatchObject({ linked: false, ok: false, problem: expect.stringContaining('số 1') });
    const broken = [run(0), run(1, { previousRunId: 'other' })];
    expect(chainsOf(broken, ok(broken))[0]).toMatchObject({ linked: false, problem: expect.stringContaining('không nối tiếp') });
  });

  it('fails a chain with a nondeterministic run', () => {
    const runs = [run(0), run(1)];
    const results = ok(runs);
    results[1] = { ...results[1], deterministic: false };
    expect(chainsOf(runs, results)[0]).toMatchObject({ linked: true, ok: false, closed: false });
  });
});

// The CI gate for workflow changes: every golden history of every released version of
// taskFollowUp (test/golden/task-follow-up/v*/) must replay without nondeterminism
// against the current code. A change to running workflows needs patched().
import { bundleTaskWorkflows, historyFromPlainJson } from '@dondoc/temporal';
import { Worker, type ReplayResult } from '@temporalio/worker';
import * as fs from 'node:fs';
import * as path from 'node:path';

jest.setTimeout(120_000);

const GOLDEN = path.resolve(__dirname, '../../golden/task-follow-up');

function goldenHistories() {
  return fs
    .readdirSync(GOLDEN)
    .flatMap((version) => fs.readdirSync(path.join(GOLDEN, version)).map((file) => path.join(GOLDEN, version, file)))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const { workflowId, history } = JSON.parse(fs.readFileSync(file, 'utf8'));
      return { file: path.relative(GOLDEN, file), workflowId: workflowId as string, history: historyFromPlainJson(history) };
    });
}

async function replay(workflowsPath?: string): Promise<ReplayResult[]> {
  const histories = goldenHistories();
  const results: ReplayResult[] = [];
  for await (const result of Worker.runReplayHistories(
    { workflowBundle: await bundleTaskWorkflows(workflowsPath), replayName: 'golden' },
    histories.map(({ workflowId, history }) => ({ workflowId, history })),
  )) {
    results.push(result);
  }
  return results;
}

describe('golden history replay', () => {
  it('has golden histories to replay', () => {
    expect(goldenHistories().length).toBeGreaterThanOrEqual(5);
  });

  it('replays every golden history deterministically against the current workflow code', async () => {
    const results = await replay();
    expect(results).toHaveLength(goldenHistories().length);
    expect(results.filter((r) => r.error).map((r) => `${r.workflowId}/${r.runId}: ${r.error?.message}`)).toEqual([]);
  });

  it('fails, naming the divergence, for a workflow changed without patched()', async () => {
    const results = await replay(path.join(__dirname, 'fixtures/task-follow-up-changed-without-patch.workflow.ts'));
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.error?.name).toBe('DeterminismViolationError');
      expect(result.error?.message).toMatch(/[Nn]ondeterminism/);
    }
  });
});

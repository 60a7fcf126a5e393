// The worker bounds its workflow thread's heap by setting a V8 flag after start
// (libs/temporal/src/workflow-thread-heap.ts): Node documents such flags as unpredictable,
// so this checks on the Node version in use that the bound reaches a thread started after it,
// and that the process's own thread keeps its limit. Run in a child process: the flag is
// process-wide and would bound this test runner's later threads too.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

const probe = `
  const v8 = require('node:v8');
  const { Worker } = require('node:worker_threads');
  const { boundNewThreadHeaps } = require('./libs/temporal/src/workflow-thread-heap.ts');
  const mainBefore = v8.getHeapStatistics().heap_size_limit;
  boundNewThreadHeaps(200);
  const w = new Worker("require('node:worker_threads').parentPort.postMessage(require('node:v8').getHeapStatistics().heap_size_limit)", { eval: true });
  w.once('message', (thread) => {
    console.log(JSON.stringify({ mainBefore, mainAfter: v8.getHeapStatistics().heap_size_limit, thread }));
    w.terminate();
  });
`;

describe('the workflow thread heap bound', () => {
  it('bounds a thread started after it and leaves the process thread as it was', () => {
    const out = execFileSync(process.execPath, ['-r', '@swc-node/register', '-e', probe], {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'), NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    const { mainBefore, mainAfter, thread } = JSON.parse(out.trim().split('\n').pop() as string) as Record<string, number>;
    const MiB = 2 ** 20;
    // heap_size_limit is the old-space bound plus the young generation's (392 MiB here for 200).
    expect(thread / MiB).toBeGreaterThanOrEqual(200);
    expect(thread / MiB).toBeLessThan(600);
    expect(mainAfter).toBe(mainBefore);
    expect(mainBefore / MiB).toBeGreaterThan(600); // the process's own limit, far above the threads'
  });
});

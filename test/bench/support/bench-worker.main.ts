// A task worker for benchmarks, run as a child process so its memory is its own: the
// real workflow bundle and activities, with facts counted instead of stored (the
// pipeline benchmarks use the real worker app). Talks to its parent over IPC:
//   parent → { type: 'memory' }  child → { type: 'memory', rss, heapUsed, heapTotal }
import type { OrgChartSeed } from '@dondoc/domain';
import { createTaskActivities, StaticOrgChartSource } from '@dondoc/task-activities';
import { boundNewThreadHeaps, bundleTaskWorkflows, defaultWorkflowHeapMiB } from '@dondoc/temporal';
import { NativeConnection, Runtime, DefaultLogger, Worker } from '@temporalio/worker';
import * as fs from 'node:fs';
import * as path from 'node:path';

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const seed = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, '../../../infra/seed/org-chart.thua-thien-hue.2022.json'), 'utf8'),
  ) as OrgChartSeed;
  let facts = 0;
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
  const cache = Number(process.env.BENCH_MAX_CACHED_WORKFLOWS ?? 1000);
  // As the worker app bounds its workflow thread (MEM measures the app's defaults).
  boundNewThreadHeaps(Number(process.env.BENCH_WORKFLOW_HEAP_MIB ?? defaultWorkflowHeapMiB(cache)));
  const worker = await Worker.create({
    connection,
    namespace: process.env.TEMPORAL_NAMESPACE ?? 'dondoc',
    taskQueue: required('BENCH_TASK_QUEUE'),
    // Prebuilt by the parent (writeTaskWorkflowBundle): no webpack in this process.
    workflowBundle: process.env.BENCH_WORKFLOW_BUNDLE ? { codePath: process.env.BENCH_WORKFLOW_BUNDLE } : await bundleTaskWorkflows(),
    maxCachedWorkflows: cache,
    maxConcurrentWorkflowTaskExecutions: 100,
    maxConcurrentActivityTaskExecutions: 200,
    activities: createTaskActivities({
      orgCharts: new StaticOrgChartSource(seed.charts),
      // Counts snapshots: every workflow projects one after its first task.
      facts: { publish: async () => undefined, project: async () => void (facts += 1) },
    }),
  });
  process.on('message', (message: { type?: string }) => {
    if (message?.type === 'memory') {
      const m = process.memoryUsage();
      process.send?.({ type: 'memory', rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, facts });
    }
    if (message?.type === 'stop') worker.shutdown();
  });
  process.send?.({ type: 'ready' });
  await worker.run();
  await connection.close();
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

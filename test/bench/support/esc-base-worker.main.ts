// The ESC-base worker, a child process as the real worker is: the SDK's defaults, the bare
// workflow of esc-base.workflows.ts and its one activity. Says `ready` to its parent and
// stops on `stop`. Env: BENCH_TASK_QUEUE, BENCH_MONGODB_URI.
import { connectMongo } from '@dondoc/persistence';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import * as path from 'node:path';
import { escBaseActivities } from './esc-base.activities';

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const mongo = await connectMongo({ uri: required('BENCH_MONGODB_URI'), appName: 'dondoc-bench-esc-base' });
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
  const worker = await Worker.create({
    connection,
    namespace: process.env.TEMPORAL_NAMESPACE ?? 'dondoc',
    taskQueue: required('BENCH_TASK_QUEUE'),
    workflowsPath: path.join(__dirname, 'esc-base.workflows.ts'),
    activities: escBaseActivities(mongo),
  });
  process.on('message', (message: { type?: string }) => message?.type === 'stop' && worker.shutdown());
  process.send?.({ type: 'ready' });
  await worker.run();
  await connection.close();
  await mongo.close();
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

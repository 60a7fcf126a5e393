// An open workflow survives a restart of the dev server: its state is in the SQLite file
// given with --db-filename, not in memory.
import { connectTemporalClient } from '@dondoc/temporal';
import { DevServerProcess, freePort, uniqueName } from '@dondoc/testing';
import { NativeConnection, Worker } from '@temporalio/worker';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { greetingQuery, greetingWorkflow, nameSignal } from './fixtures/greeting.workflow';

jest.setTimeout(180_000);

describe('Temporal dev server restart', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-restart-'));
  let server: DevServerProcess;

  afterAll(async () => {
    await server?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps an open workflow across a kill and restart', async () => {
    server = new DevServerProcess(await freePort(), path.join(dir, 'temporal.db'));
    await server.start();
    const workflowId = uniqueName('survivor');
    const taskQueue = uniqueName('restart');

    let client = await connectTemporalClient({ address: server.address, namespace: server.namespace });
    await client.workflow.start(greetingWorkflow, { taskQueue, workflowId, args: [{}] });
    await client.connection.close();

    await server.kill();
    await server.start();

    client = await connectTemporalClient({ address: server.address, namespace: server.namespace });
    const handle = client.workflow.getHandle(workflowId);
    expect((await handle.describe()).status.name).toBe('RUNNING');

    // The workflow's first task runs only now, on a worker started after the restart.
    const connection = await NativeConnection.connect({ address: server.address });
    const worker = await Worker.create({
      connection,
      namespace: server.namespace,
      taskQueue,
      workflowsPath: require.resolve('./fixtures/greeting.workflow'),
    });
    const result = await worker.runUntil(async () => {
      expect(await handle.query(greetingQuery)).toBe('waiting');
      await handle.signal(nameSignal, 'UBND huyện A Lưới');
      return handle.result();
    });
    expect(result).toBe('Xin chào, UBND huyện A Lưới');
    await connection.close();
    await client.connection.close();
  });
});

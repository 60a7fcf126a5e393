// A real worker against the real dev server: signal, query, result, and the history
// fetched back from the server.
import { connectTemporalClient } from '@dondoc/temporal';
import { servers, uniqueName } from '@dondoc/testing';
import type { Client } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { greetingQuery, greetingWorkflow, nameSignal } from './fixtures/greeting.workflow';

jest.setTimeout(120_000);

describe('Temporal dev server', () => {
  let client: Client;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = uniqueName('foundation');

  beforeAll(async () => {
    client = await connectTemporalClient({ address: servers.temporalAddress, namespace: servers.temporalNamespace });
    const connection = await NativeConnection.connect({ address: servers.temporalAddress });
    worker = await Worker.create({
      connection,
      namespace: servers.temporalNamespace,
      taskQueue,
      workflowsPath: require.resolve('./fixtures/greeting.workflow'),
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await client?.connection.close();
  });

  it('runs a workflow with a signal and a query, and returns its history', async () => {
    const handle = await client.workflow.start(greetingWorkflow, {
      taskQueue,
      workflowId: uniqueName('greeting'),
      args: [{}],
    });
    expect(await handle.query(greetingQuery)).toBe('waiting');
    await handle.signal(nameSignal, 'Sở Nội vụ');
    expect(await handle.result()).toBe('Xin chào, Sở Nội vụ');
    expect(await handle.query(greetingQuery)).toBe('Xin chào, Sở Nội vụ');

    const history = await handle.fetchHistory();
    const types = (history.events ?? []).map((e) => e.eventType);
    expect(types.length).toBeGreaterThan(5);
    const signalled = (history.events ?? []).find((e) => e.workflowExecutionSignaledEventAttributes);
    expect(signalled?.workflowExecutionSignaledEventAttributes?.signalName).toBe('name');
    expect((history.events ?? []).some((e) => e.workflowExecutionCompletedEventAttributes)).toBe(true);
  });
});

// The Java time-skipping test server, started by the SDK through our wrapper: a workflow
// that sleeps 30 days finishes in seconds of wall time.
import { temporalTestServerPath } from '@dondoc/testing';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { sleepyWorkflow } from './fixtures/greeting.workflow';

jest.setTimeout(60_000);

describe('time-skipping test server', () => {
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    const started = Date.now();
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: temporalTestServerPath() } },
    });
    // Printed so the start-up cost on 2 cores is visible in every test log.
    console.log(`time-skipping test server ready in ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await env?.teardown();
  });

  it('completes a 30-day sleep in a few seconds', async () => {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: 'time-skipping',
      workflowsPath: require.resolve('./fixtures/greeting.workflow'),
    });
    const wallStart = Date.now();
    const skippedStart = (await env.currentTimeMs()) as number | bigint;
    const result = await worker.runUntil(
      env.client.workflow.execute(sleepyWorkflow, { taskQueue: 'time-skipping', workflowId: 'sleepy', args: [30] }),
    );
    const skippedEnd = (await env.currentTimeMs()) as number | bigint;
    expect(result).toBe('slept 30 days');
    expect(Number(skippedEnd) - Number(skippedStart)).toBeGreaterThanOrEqual(30 * 24 * 3600 * 1000);
    // No wall-clock assertion (speed is for benchmarks): a real 30-day sleep could never
    // beat the jest timeout, so finishing at all proves the skip.
    console.log(`30 days of workflow time took ${Date.now() - wallStart} ms of wall time`);
  });
});

// The ESC-base workflow: what an escalation costs with nothing of ours around it. One
// timer to the deadline, then one activity that inserts the notice. Bundled by the SDK's
// own bundler with its defaults (see esc-base-worker.main.ts).
import { proxyActivities, sleep } from '@temporalio/workflow';
import type { EscBaseActivities } from './esc-base.activities';

const { insertNotice } = proxyActivities<EscBaseActivities>({ startToCloseTimeout: '1 minute' });

export async function escBaseWorkflow(taskId: string, deadline: number): Promise<void> {
  await sleep(Math.max(0, deadline - Date.now()));
  await insertNotice(taskId);
}

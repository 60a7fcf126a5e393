// A directive is an aggregate of independent task workflows: withdrawing it cancels every
// task through the task's own `cancel` update, as the orchestrator does with the task
// client; its progress is computed from the tasks' snapshots, and a second withdrawal is
// harmless.
import type { Actor } from '@dondoc/contracts';
import { directiveProgress } from '@dondoc/domain';
import { TaskCommandRejectedError, TaskNotFoundError, TaskWorkflowClient } from '@dondoc/task-client';
import { taskWorkflowId, type TaskSnapshot } from '@dondoc/task-follow-up';
import { HEAD_SO_NOI_VU, ISSUER, vn } from './support/actors';
import { TaskWorkflowHarness } from './support/task-workflow-harness';

jest.setTimeout(120_000);

/**
 * Each task's cancel as the orchestrator sends it (which ignores the two refusals), with
 * what came of it. The server answers an update to a closed run "not found" too; a
 * describe tells that case from a task never started.
 */
async function withdraw(h: TaskWorkflowHarness, taskIds: string[], actor: Actor): Promise<[string, string][]> {
  const tasks = new TaskWorkflowClient(h.env.client, h.taskQueue);
  const outcomes: [string, string][] = [];
  for (const taskId of taskIds) {
    try {
      await tasks.command(taskId, 'cancel', { actor, reason: 'Thu hồi văn bản' });
      outcomes.push([taskId, 'cancelled']);
    } catch (e) {
      if (e instanceof TaskCommandRejectedError) outcomes.push([taskId, 'already-closed']);
      else if (!(e instanceof TaskNotFoundError)) throw e;
      else {
        const exists = await h.env.client.workflow
          .getHandle(taskWorkflowId(taskId))
          .describe()
          .then(
            () => true,
            () => false,
          );
        outcomes.push([taskId, exists ? 'already-closed' : 'not-found']);
      }
    }
  }
  return outcomes;
}

describe('directive withdrawal and progress', () => {
  let h: TaskWorkflowHarness;

  beforeAll(async () => {
    h = await TaskWorkflowHarness.start('2022-06-01T02:00:00Z');
  });
  afterAll(async () => h?.teardown());

  it('cancels every task of the directive and reports progress', async () => {
    const units = ['so-noi-vu', 'so-tu-phap', 'so-tai-chinh'];
    const handles = await Promise.all(
      units.map((unit, i) =>
        h.startTask({
          taskId: `w-${unit}`,
          directiveId: 'd-w',
          directiveNumber: '300/UBND-NV',
          itemRef: String(i + 1),
          text: 'Báo cáo rà soát.',
          leadUnitId: unit,
          assignedAt: vn('2022-06-01 09:00'),
          schedule: { kind: 'deadline', at: vn('2022-06-30 17:00') },
        }),
      ),
    );
    // One task finishes before the withdrawal.
    await handles[0].executeUpdate('acknowledge', { args: [{ actor: HEAD_SO_NOI_VU }] });
    await handles[0].executeUpdate('submitCompletion', { args: [{ actor: HEAD_SO_NOI_VU, summary: 'Đã báo cáo' }] });
    await handles[0].executeUpdate('approveCompletion', { args: [{ actor: ISSUER }] });
    await h.finalSnapshot(handles[0]);

    const taskIds = units.map((u) => `w-${u}`);
    expect(await withdraw(h, [...taskIds, 'w-never-started'], ISSUER)).toEqual([
      ['w-so-noi-vu', 'already-closed'],
      ['w-so-tu-phap', 'cancelled'],
      ['w-so-tai-chinh', 'cancelled'],
      ['w-never-started', 'not-found'],
    ]);
    const finals: TaskSnapshot[] = [];
    for (const handle of handles) finals.push(await h.finalSnapshot(handle));
    expect(finals.map((s) => s.status)).toEqual(['completed', 'cancelled', 'cancelled']);
    expect(directiveProgress(finals).summary).toBe('Hoàn thành 1/1 nhiệm vụ (100,0%), đã hủy 2');

    const again = await withdraw(h, taskIds, ISSUER);
    expect(again.map(([, outcome]) => outcome)).toEqual(['already-closed', 'already-closed', 'already-closed']);
  });
});

// Records the golden histories of the released taskFollowUp version into
// test/golden/task-follow-up/<version>/ (GOLDEN_VERSION, default the current one, v4: the
// 'record-facts-locally' patch; v3 was 'issuer-quality-verdict', v2 'local-recipient-batched-agenda'). Run on purpose only, when a new workflow
// version is released: `npm run golden:record`. Earlier versions' files stay as recorded.
// The replay test (golden-replay.int-spec.ts) then
// guards every later change to workflow code against nondeterminism.
import { historyToPlainJson } from '@dondoc/temporal';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { HEAD_SO_NOI_VU, HEAD_SO_TU_PHAP, ISSUER, vn } from './support/actors';
import { fetchRunChain } from './support/history-chain';
import { TaskWorkflowHarness } from './support/task-workflow-harness';

jest.setTimeout(300_000);

const VERSION = process.env.GOLDEN_VERSION ?? 'v4';
/** From v3 on, the issuer gives quality verdicts with its decisions (the histories carry the patch marker). */
const verdicts = Number(VERSION.slice(1)) >= 3;
const OUT = path.resolve(__dirname, '../../golden/task-follow-up', VERSION);
const update = (handle: WorkflowHandle, name: string, input: object) => handle.executeUpdate(name, { args: [input] });

async function save(h: TaskWorkflowHarness, scenario: string, handle: WorkflowHandle & { firstExecutionRunId: string }) {
  await handle.result();
  const runs = await fetchRunChain(h.env.client, handle.workflowId, handle.firstExecutionRunId);
  runs.forEach(({ history }, i) => {
    const file = path.join(OUT, `${scenario}.run-${String(i + 1).padStart(2, '0')}.json`);
    fs.writeFileSync(file, JSON.stringify({ workflowId: handle.workflowId, history: historyToPlainJson(history) }, null, 1));
  });
  console.log(`${scenario}: ${runs.length} run(s) recorded`);
}

describe(`record golden histories of taskFollowUp ${VERSION}`, () => {
  beforeAll(() => fs.mkdirSync(OUT, { recursive: true }));

  it('a quarter of monthly reports: on time, late, missing; escalations; grade', async () => {
    const h = await TaskWorkflowHarness.start('2022-01-25T02:00:00Z');
    try {
      const handle = await h.startTask({
        taskId: 'golden-duty',
        directiveId: 'd-907',
        directiveNumber: '907/UBND-NV',
        itemRef: '3',
        text: 'Báo cáo định kỳ hằng tháng.',
        leadUnitId: 'so-noi-vu',
        assignedAt: vn('2022-01-25 09:00'),
        schedule: { kind: 'recurring', every: 'month', dueDay: 25, from: '2022-02-01', until: '2022-04-30' },
      });
      await update(handle, 'acknowledge', { actor: HEAD_SO_NOI_VU });
      await h.skipTo(vn('2022-02-18 10:00'));
      await update(handle, 'reportProgress', { actor: HEAD_SO_NOI_VU, percent: 100, note: 'Tháng 2' });
      await h.skipTo(vn('2022-03-28 10:00'));
      await update(handle, 'reportProgress', { actor: HEAD_SO_NOI_VU, percent: 100, note: 'Tháng 3 (chậm)' });
      await save(h, 'monthly-duty', handle);
    } finally {
      await h.teardown();
    }
  });

  it('a deadline with an approved extension, submission, rework and approval', async () => {
    const h = await TaskWorkflowHarness.start('2022-03-01T02:00:00Z');
    try {
      const handle = await h.startTask({
        taskId: 'golden-deadline',
        directiveId: 'd-ext',
        directiveNumber: '120/UBND-TH',
        itemRef: '2',
        text: 'Rà soát quy chế.',
        leadUnitId: 'so-tu-phap',
        assignedAt: vn('2022-03-01 09:00'),
        schedule: { kind: 'deadline', at: vn('2022-03-15 17:00') },
      });
      await h.skipTo(vn('2022-03-04 09:00')); // acknowledgement late: escalated first
      await update(handle, 'acknowledge', { actor: HEAD_SO_TU_PHAP });
      await update(handle, 'reportProgress', { actor: HEAD_SO_TU_PHAP, percent: 40, note: 'Đang dự thảo' });
      await update(handle, 'requestExtension', { actor: HEAD_SO_TU_PHAP, newDueAt: vn('2022-03-25 17:00'), reason: 'Chờ ý kiến' });
      await update(handle, 'decideExtension', { actor: ISSUER, requestId: 'ext-1', approve: true });
      await h.skipTo(vn('2022-03-24 10:00'));
      await update(handle, 'submitCompletion', { actor: HEAD_SO_TU_PHAP, summary: 'Đã ban hành' });
      await update(handle, 'returnForRework', {
        actor: ISSUER,
        reason: 'Bổ sung',
        newDueAt: vn('2022-03-31 17:00'),
        ...(verdicts ? { qualityError: true } : {}),
      });
      await update(handle, 'pause', { actor: ISSUER, reason: 'Chờ hướng dẫn' });
      await h.skipTo(vn('2022-03-28 10:00'));
      await update(handle, 'resume', { actor: ISSUER });
      await update(handle, 'submitCompletion', { actor: HEAD_SO_TU_PHAP, summary: 'Đã bổ sung' });
      await update(handle, 'approveCompletion', {
        actor: ISSUER,
        ...(verdicts ? { quality: 'major-error', qualityReason: 'Sai số liệu phụ lục' } : {}),
      });
      await save(h, 'deadline-extension-rework', handle);
    } finally {
      await h.teardown();
    }
  });

  it('a refused task reassigned, then cancelled', async () => {
    const h = await TaskWorkflowHarness.start('2022-04-04T02:00:00Z');
    try {
      const handle = await h.startTask({
        taskId: 'golden-refused',
        directiveId: 'd-life',
        directiveNumber: '77/UBND-NV',
        itemRef: '2',
        text: 'Kiểm tra đột xuất.',
        leadUnitId: 'so-noi-vu',
        assignedAt: vn('2022-04-04 09:00'),
        schedule: { kind: 'deadline', workingDays: 10 },
      });
      await update(handle, 'refuse', { actor: HEAD_SO_NOI_VU, reason: 'Không thuộc chức năng' });
      await update(handle, 'reassign', { actor: ISSUER, toUnitId: 'so-tu-phap' });
      await h.skipTo(vn('2022-04-12 09:00'));
      await update(handle, 'cancel', { actor: ISSUER, reason: 'Gộp vào kế hoạch chung' });
      await save(h, 'refused-reassigned-cancelled', handle);
    } finally {
      await h.teardown();
    }
  });
});

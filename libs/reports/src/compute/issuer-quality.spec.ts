import { civilServiceCalendar, evaluateNd335 } from '@dondoc/domain';
import type { QualityMark, TaskSnapshot } from '@dondoc/task-follow-up';
import { workItemOf } from './decree-grades';
import { itemsOf } from './report-item';
import { reportTaskOf, type ReportTask } from './report-task';
import { parseWindow, type ReportWindow } from './report-window';

// The issuer's quality verdicts, from the task's snapshot to the decree's item: a major error
// marked at approval or at a return counts by the instant the report is taken; a verdict of
// "met" and a return not marked as an error count nothing.

const mark = (on: QualityMark['on'], verdict: QualityMark['verdict'], at: string, reason: string | null): QualityMark => ({
  on,
  verdict,
  reason,
  at,
  by: 'van-phong-ubnd-tinh.vanthu',
});
const marks: QualityMark[] = [
  mark('return', 'met', '2026-03-05T03:00:00.000Z', null),
  mark('return', 'major-error', '2026-03-09T03:00:00.000Z', 'Thiếu phụ lục số liệu'),
  mark('approval', 'major-error', '2026-03-16T03:00:00.000Z', 'Sai số liệu tổng hợp'),
];
const task: ReportTask = {
  taskId: 'cv-5.1.so-tu-phap',
  directiveId: 'd-5',
  directiveNumber: '5/UBND-TH',
  itemRef: '1',
  text: 'Tổng hợp báo cáo',
  leadUnitId: 'so-tu-phap',
  escalationLevel: 0,
  ruleId: 'nd90-share/1',
  kind: 'task',
  facts: {
    originalDueAt: '2026-03-20T16:59:59.999Z',
    dueAt: '2026-03-20T16:59:59.999Z',
    submittedAt: '2026-03-13T03:00:00.000Z',
    approvedAt: '2026-03-16T03:00:00.000Z',
  },
  periods: [],
  qualityMarks: marks,
};
const march = parseWindow('2026-03') as ReportWindow;

describe("the issuer's quality verdicts in a report's items", () => {
  it('carries the snapshot’s marks into a one-off task', () => {
    const snapshot = { ...snapshotOf(), qualityMarks: marks } as TaskSnapshot;
    expect(reportTaskOf(snapshot).qualityMarks).toEqual(marks);
    expect(reportTaskOf(snapshotOf()).qualityMarks).toBeUndefined(); // a snapshot stored before verdicts existed
  });

  it('counts the major errors marked by the instant of the report; a "met" verdict counts nothing', () => {
    const [item] = itemsOf(task, march, '2026-03-31T03:00:00.000Z', civilServiceCalendar);
    expect(item.issuerQualityErrors).toEqual([
      { on: 'return', at: '2026-03-09T03:00:00.000Z', reason: 'Thiếu phụ lục số liệu' },
      { on: 'approval', at: '2026-03-16T03:00:00.000Z', reason: 'Sai số liệu tổng hợp' },
    ]);
    const [before] = itemsOf(task, march, '2026-03-10T03:00:00.000Z', civilServiceCalendar);
    expect(before.issuerQualityErrors).toHaveLength(1);
    const [early] = itemsOf(task, march, '2026-03-06T03:00:00.000Z', civilServiceCalendar);
    expect(early.issuerQualityErrors).toBeUndefined();
  });

  it('takes each marked error as 25% of the item’s quality points under Nghị định 335/2025/NĐ-CP', () => {
    const [item] = itemsOf(task, march, '2026-03-31T03:00:00.000Z', civilServiceCalendar);
    const work = workItemOf(item);
    expect(work?.issuerQualityErrors).toHaveLength(2);
    const e = evaluateNd335(work ? [work] : [], { generalPoints: 25 });
    expect(e.items[0]).toMatchObject({ quantity: 1, quality: 0.5, progress: 1 });
    const unmarked = evaluateNd335(
      itemsOf({ ...task, qualityMarks: [marks[0]] }, march, '2026-03-31T03:00:00.000Z', civilServiceCalendar).flatMap(
        (i) => workItemOf(i) ?? [],
      ),
      { generalPoints: 25 },
    );
    expect(unmarked.items[0]).toMatchObject({ quality: 1, deductions: [] });
  });
});

/** The least of a one-off task's snapshot that reportTaskOf reads. */
function snapshotOf(): TaskSnapshot {
  return {
    taskId: task.taskId,
    directiveId: task.directiveId,
    directiveNumber: task.directiveNumber,
    itemRef: task.itemRef,
    text: task.text,
    leadUnitId: task.leadUnitId,
    escalationLevel: 0,
    periods: [],
    evaluations: [],
    reports: [],
    state: {
      taskId: task.taskId,
      leadUnitId: task.leadUnitId,
      assignedAt: '2026-03-02T02:00:00.000Z',
      acknowledgeWithin: { workingDays: 2 },
      dueAt: '2026-03-20T16:59:59.999Z',
      originalDueAt: '2026-03-20T16:59:59.999Z',
      extensionRequests: [],
      escalationLevel: 0,
      status: 'submitted',
      submission: { summary: 'Xong', evidence: [], at: '2026-03-13T03:00:00.000Z' },
    },
  } as unknown as TaskSnapshot;
}

// The STORE benchmark's data: directives, task read-model rows, inbox notices and
// evaluation cells shaped like the ones the apps write (the API's own issue factory makes
// the directives' assignments and outbox; rows carry `unitIds`, notices `audience`).
// Deterministic in its index, so a run can be repeated.
import { directiveDraftSchema, topicsFor, type Actor } from '@dondoc/contracts';
import { TASK_STATUS_LABELS, type OrgChartSeed, type TaskStatus, directiveIdOf, taskIdOf } from '@dondoc/domain';
import type { DirectiveRecord, EvaluationCell, InboxNotice, TaskRow, YearGrade } from '@dondoc/persistence';
import { DEFAULT_RULE_ID, rowKeysOf, tallyOfSnapshot, type TallyEntry } from '@dondoc/reports';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import * as fs from 'node:fs';
import * as path from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the directives must carry what issuing really writes
import { buildIssue } from '../../../apps/directive-api/src/directives/directive-issue.factory';

const SEED = path.resolve(__dirname, '../../../infra/seed/org-chart.thua-thien-hue.2022.json');
const ITEMS_PER_DIRECTIVE = 10;
const LEADS_PER_ITEM = 5;
export const TASKS_PER_DIRECTIVE = ITEMS_PER_DIRECTIVE * LEADS_PER_ITEM;

/** How a task's status is spread: most are being worked on, a fifth are done. */
const STATUS_MIX: [TaskStatus, number][] = [
  ['assigned', 15],
  ['acknowledged', 10],
  ['in_progress', 40],
  ['submitted', 5],
  ['returned', 3],
  ['completed', 20],
  ['paused', 2],
  ['refused', 2],
  ['cancelled', 3],
];
const STATUS_WHEEL = STATUS_MIX.flatMap(([s, n]) => Array<TaskStatus>(n).fill(s));
const TEXT =
  'Nâng cao chất lượng xây dựng, ban hành quy chế, quy trình làm việc nội bộ; báo cáo định kỳ hằng tháng việc chấp hành kỷ luật, kỷ cương hành chính của cơ quan, đơn vị.';

export interface StoreFixture {
  /** The 35 units below the People's Committee, each with its head's user id. */
  units: { id: string; headUserId: string; assigneeUserId: string }[];
  year: number;
  directives: number;
}

export function storeFixture(directives: number, now = new Date()): StoreFixture {
  const seed = JSON.parse(fs.readFileSync(SEED, 'utf8')) as OrgChartSeed;
  const chart = seed.charts[seed.charts.length - 1];
  const users = (seed as unknown as { users: { userId: string; role: string; unitId: string }[] }).users;
  const userOf = (unitId: string, role: string) => users.find((u) => u.unitId === unitId && u.role === role)?.userId ?? `${unitId}.${role}`;
  const units = chart.units
    .filter((u) => u.id !== chart.rootUnitId)
    .map((u) => ({ id: u.id, headUserId: userOf(u.id, 'unit-head'), assigneeUserId: userOf(u.id, 'assignee') }));
  return { units, year: now.getUTCFullYear(), directives };
}

const ISSUER: Actor = { userId: 'van-phong-ubnd-tinh.vanthu', role: 'issuer', unitId: 'van-phong-ubnd-tinh' };
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number, hour = 8) => `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:00:00.000+07:00`;

const directiveKey = (f: StoreFixture, d: number) => {
  const month = (d % 12) + 1;
  return { number: `${d + 1}/UBND-BENCH`, date: `${f.year}-${pad(month)}-${pad((d % 27) + 1)}`, month };
};
/** Lead unit j of item k of directive d (j = LEADS_PER_ITEM: its support unit): every unit gets as many tasks. */
const unitOf = (f: StoreFixture, d: number, k: number, j: number) => f.units[(d * 7 + k * LEADS_PER_ITEM + j) % f.units.length].id;

/** Task t (directive t / 50, item, lead unit) by its keys alone, without building its directive. */
export function taskRef(
  f: StoreFixture,
  t: number,
): { taskId: string; directiveId: string; directiveNumber: string; itemRef: string; leadUnitId: string } {
  const d = Math.floor(t / TASKS_PER_DIRECTIVE);
  const k = Math.floor((t % TASKS_PER_DIRECTIVE) / LEADS_PER_ITEM);
  const { number, date } = directiveKey(f, d);
  const directiveId = directiveIdOf(number, date);
  const leadUnitId = unitOf(f, d, k, t % LEADS_PER_ITEM);
  return {
    taskId: taskIdOf(directiveId, String(k + 1), leadUnitId),
    directiveId,
    directiveNumber: number,
    itemRef: String(k + 1),
    leadUnitId,
  };
}

/** Directive d, issued: its document as the API stores it, with the tasks it assigned. */
export function directiveDoc(
  f: StoreFixture,
  d: number,
): {
  doc: DirectiveRecord & { _id: string };
  tasks: { taskId: string; itemRef: string; leadUnitId: string; supportUnitIds: string[]; recurring: boolean }[];
} {
  const { number, date, month } = directiveKey(f, d);
  const draft = directiveDraftSchema.parse({
    number,
    date,
    subject: `Về việc tăng cường kỷ luật, kỷ cương hành chính (văn bản thử số ${d + 1})`,
    issuerUnitId: 'ubnd-tinh',
    signer: { name: 'Nguyễn Văn Phương', title: 'Chủ tịch UBND tỉnh' },
    tasks: Array.from({ length: ITEMS_PER_DIRECTIVE }, (_, k) => ({
      itemRef: String(k + 1),
      text: TEXT,
      leadUnitIds: Array.from({ length: LEADS_PER_ITEM }, (_, j) => unitOf(f, d, k, j)),
      supportUnitIds: k % 2 === 0 ? [unitOf(f, d, k, LEADS_PER_ITEM)] : [],
      deadline:
        k % 2 === 0 ? { every: 'month', dueDay: 25, from: `${f.year}-01-01`, until: `${f.year}-12-31` } : { at: iso(f.year, 12, 31, 17) },
    })),
  });
  const id = directiveIdOf(draft.number, draft.date);
  const createdAt = iso(f.year, month, 1);
  const issuedAt = iso(f.year, month, 2);
  const record: DirectiveRecord = {
    id,
    ...draft,
    status: 'issued',
    createdBy: ISSUER,
    createdAt,
    issuedAt: null,
    issuedBy: null,
    withdrawnAt: null,
    withdrawReason: null,
    assignments: [],
    outbox: [],
    outboxCount: 0,
  };
  const { assignments, events, definitions } = buildIssue(record, ISSUER, issuedAt, topicsFor('bench'));
  const doc = { ...record, _id: id, issuedAt, issuedBy: ISSUER, assignments, outbox: events, outboxCount: events.length };
  delete (doc as { id?: string }).id;
  const tasks = definitions.map((t) => ({
    taskId: t.taskId,
    itemRef: t.itemRef,
    leadUnitId: t.leadUnitId,
    supportUnitIds: t.supportUnitIds,
    recurring: t.schedule.kind === 'recurring',
  }));
  return { doc, tasks };
}

/** The read-model row of task `i` (of directive d), as TaskReadModelRepository.project writes it, with its tally. */
export function taskRow(
  f: StoreFixture,
  directive: DirectiveRecord & { _id: string },
  t: ReturnType<typeof directiveDoc>['tasks'][number],
  i: number,
): TaskRow & { reportTally: TallyEntry[] } {
  const status = STATUS_WHEEL[(i * 37) % STATUS_WHEEL.length];
  const month = Number(directive.date.slice(5, 7));
  const overdue = status !== 'completed' && status !== 'cancelled' && i % 9 === 0;
  const escalationLevel = overdue ? (((i % 3) + 1) as 1 | 2 | 3) : 0;
  const dueAt = t.recurring ? iso(f.year, Math.min(12, month + 1), 25, 23) : iso(f.year, 12, 31, 17);
  const periods = t.recurring
    ? Array.from({ length: 12 }, (_, m) => ({
        key: `${f.year}-${pad(m + 1)}`,
        label: `Tháng ${pad(m + 1)}/${f.year}`,
        dueAt: iso(f.year, m + 1, 25, 23),
        closesAt: iso(f.year, m + 1, 28, 23),
        ...(m + 1 < month ? { reportedAt: iso(f.year, m + 1, 20), result: 'on_time' as const } : {}),
      }))
    : [];
  const timeline = [
    { at: directive.issuedAt as string, kind: 'assigned', text: `Giao nhiệm vụ cho ${t.leadUnitId} theo văn bản ${directive.number}` },
    { at: iso(f.year, month, 3), kind: 'acknowledged', text: 'Đơn vị đã tiếp nhận nhiệm vụ', by: `${t.leadUnitId}.chuyenvien` },
    {
      at: iso(f.year, month, 10),
      kind: 'progress',
      text: 'Báo cáo tiến độ 40%: đang triển khai theo kế hoạch',
      by: `${t.leadUnitId}.chuyenvien`,
    },
  ];
  const reports = [
    {
      at: iso(f.year, month, 10),
      percent: 40,
      note: 'Đang triển khai theo kế hoạch',
      evidence: [{ title: 'Báo cáo số 12/BC', ref: 'doc-12' }],
      period: null,
      by: `${t.leadUnitId}.chuyenvien`,
    },
  ];
  const snapshot = {
    taskId: t.taskId,
    directiveId: directive._id,
    directiveNumber: directive.number,
    itemRef: t.itemRef,
    text: TEXT,
    leadUnitId: t.leadUnitId,
    supportUnitIds: t.supportUnitIds,
    status,
    statusLabel: TASK_STATUS_LABELS[status].vi,
    reportingStatus: overdue ? 'open_overdue' : status === 'completed' ? 'done_on_time' : 'open_within_deadline',
    reportingLabel: overdue ? 'Quá hạn chưa hoàn thành' : status === 'completed' ? 'Hoàn thành đúng hạn' : 'Đang thực hiện trong hạn',
    overdue,
    escalationLevel,
    acknowledgeBy: iso(f.year, month, 5, 17),
    acknowledgedAt: status === 'assigned' ? null : iso(f.year, month, 3),
    dueAt,
    originalDueAt: dueAt,
    extensions: [],
    reports,
    periods,
    evaluations: periods
      .filter((p) => p.result)
      .map((p) => ({
        period: p.key,
        label: p.label,
        result: 'on_time' as const,
        note: 'Báo cáo đúng hạn',
        ruleId: DEFAULT_RULE_ID,
        at: p.closesAt,
      })),
    yearEnd: null,
    timeline,
    revision: 3 + (i % 5),
    run: 0,
    calendarVersion: `vn-${f.year}`,
    finishedAt: status === 'completed' || status === 'cancelled' ? iso(f.year, month, 20) : null,
    asOf: iso(f.year, month, 20),
    state: {
      taskId: t.taskId,
      leadUnitId: t.leadUnitId,
      assignedAt: directive.issuedAt,
      acknowledgeWithin: { workingDays: 3 },
      dueAt,
      originalDueAt: dueAt,
      extensionRequests: [],
      escalationLevel,
      status,
      ...stateFacts(status, iso(f.year, month, 20)),
    },
  } as unknown as TaskSnapshot;
  // Tallied as the worker's projection tallies a row: the loader sums these into the dashboard's counts.
  const tally = tallyOfSnapshot(snapshot, new Date());
  return {
    _id: t.taskId,
    directiveId: directive._id,
    directiveNumber: directive.number,
    itemRef: t.itemRef,
    leadUnitId: t.leadUnitId,
    supportUnitIds: t.supportUnitIds,
    unitIds: [t.leadUnitId, ...t.supportUnitIds],
    status,
    overdue,
    escalationLevel,
    dueAt,
    revision: snapshot.revision,
    projectedAt: snapshot.asOf,
    reportTally: tally,
    reportKeys: rowKeysOf(tally),
    snapshot,
  };
}

/** What the workflow's state holds in each status (a report reads them: a completion's submission and approval, a pause). */
function stateFacts(status: TaskStatus, at: string): Record<string, unknown> {
  const submission = { summary: 'Đã hoàn thành', evidence: [], at };
  switch (status) {
    case 'submitted':
      return { submission };
    case 'completed':
      return { submission, approvedAt: at };
    case 'cancelled':
      return { cancellation: { reason: 'Văn bản bị thu hồi', at } };
    case 'paused':
      return { pause: { reason: 'Tạm dừng', at, dueRemainingMs: 86_400_000 } };
    default:
      return {};
  }
}

/** Notice i about a task: to its unit's head or assignee, as InboxRepository.add stores it. */
export function notice(
  f: StoreFixture,
  task: { taskId: string; directiveId: string; directiveNumber: string; itemRef: string; leadUnitId: string },
  i: number,
): InboxNotice & { audience: string[] } {
  const unit = f.units.find((u) => u.id === task.leadUnitId) ?? f.units[0];
  const recipientUserId = i % 2 === 0 ? unit.headUserId : unit.assigneeUserId;
  const kind = (['reminder', 'escalation', 'evaluation'] as const)[i % 3];
  const level = kind === 'escalation' ? (i % 3) + 1 : null;
  const trigger = kind === 'reminder' ? `due-${i % 4}` : kind === 'escalation' ? 'overdue' : null;
  const day = (i % 28) + 1;
  const month = ((i >> 5) % 12) + 1;
  const idempotencyKey = `${task.taskId}|${kind}|${trigger ?? '-'}|${level ?? 0}|${recipientUserId}|${i}`;
  return {
    _id: idempotencyKey,
    idempotencyKey,
    recipientUserId,
    recipientUnitId: unit.id,
    audience: [`user:${recipientUserId}`, `unit:${unit.id}`],
    recipientEmail: `${recipientUserId}@example.gov.vn`,
    kind,
    taskId: task.taskId,
    directiveId: task.directiveId,
    directiveNumber: task.directiveNumber,
    itemRef: task.itemRef,
    leadUnitId: task.leadUnitId,
    trigger,
    level,
    dueAt: iso(f.year, month, 25, 23),
    daysOverdue: kind === 'escalation' ? (i % 10) + 1 : null,
    subject: `[dondoc] ${kind === 'reminder' ? 'Nhắc hạn' : kind === 'escalation' ? 'Báo cáo vượt cấp' : 'Kết quả đánh giá'}: nhiệm vụ ${task.itemRef} văn bản ${task.directiveNumber}`,
    body: `Kính gửi ${unit.id}: nhiệm vụ ${task.itemRef} của văn bản ${task.directiveNumber} hạn ngày 25/${pad(month)}/${f.year}. ${TEXT}`,
    link: `/tasks/${encodeURIComponent(task.taskId)}`,
    eventId: `task:${task.taskId}:notice:${i}`,
    createdAt:
      iso(f.year, month, day, 8 + (i % 10))
        .replace('+07:00', '')
        .slice(0, 19) + `.${String(i % 1000).padStart(3, '0')}Z`,
    emailedAt: null,
    readAt: i % 4 === 0 ? iso(f.year, month, day, 20) : null,
  };
}

/** The unit × month matrix: `perUnit` recurring tasks of each unit, one cell per month of the year (and of the year before). */
export function evaluationCells(f: StoreFixture, perUnit: number): EvaluationCell[] {
  const results = ['on_time', 'on_time', 'on_time', 'late', 'missing', 'not_due'] as const;
  const cells: EvaluationCell[] = [];
  for (const year of [f.year - 1, f.year])
    f.units.forEach((unit, u) => {
      for (let k = 0; k < perUnit; k++) {
        const taskId = `eval-${year}-d${k}.${k + 1}.${unit.id}`;
        for (let m = 1; m <= 12; m++) {
          const period = `${year}-${pad(m)}`;
          cells.push({
            _id: `${taskId}|${period}`,
            unitId: unit.id,
            period,
            taskId,
            directiveId: `eval-${year}-d${k}`,
            directiveNumber: `${k + 1}/UBND-BENCH`,
            itemRef: String(k + 1),
            result: results[(u + k + m) % results.length],
            note: 'Báo cáo tháng',
            ruleId: DEFAULT_RULE_ID,
            at: iso(year, m, 28, 23),
          });
        }
      }
    });
  return cells;
}

export function yearGrades(f: StoreFixture, perUnit: number): YearGrade[] {
  return f.units.flatMap((unit, u) =>
    Array.from({ length: perUnit }, (_, k) => {
      const taskId = `eval-${f.year}-d${k}.${k + 1}.${unit.id}`;
      return {
        _id: `${taskId}|${f.year}`,
        unitId: unit.id,
        year: f.year,
        taskId,
        directiveId: `eval-${f.year}-d${k}`,
        directiveNumber: `${k + 1}/UBND-BENCH`,
        itemRef: String(k + 1),
        grade: (u + k) % 4 === 0 ? 'B' : 'A',
        gradeLabel: (u + k) % 4 === 0 ? 'Hoàn thành tốt' : 'Hoàn thành xuất sắc',
        score: 80 + ((u + k) % 20),
        ruleId: 'year-grade-v1',
        at: iso(f.year, 12, 31, 23),
      };
    }),
  );
}

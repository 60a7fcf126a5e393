import {
  escalationChain,
  findUnit,
  formatVnDate,
  vnDateOf,
  type LocalDate,
  type OrgChartVersion,
  type WorkingCalendar,
} from '@dondoc/domain';
import { itemsOf } from '../compute/report-item';
import type { ReportTask } from '../compute/report-task';
import { parseWindow } from '../compute/report-window';
import { issuerOf, signatureTitle } from '../render/document-issuer';

// A prompting letter (công văn đôn đốc) from the People's Committee to the head of a unit
// that has fallen behind on a directive: drafted by dondoc when a task reaches the policy's
// escalation level, reviewed and edited by the issuer, then marked sent. Pure: what it
// says comes from the directive, the org chart, the unit's overdue tasks and the calendar.

export const DEFAULT_LETTER_LEVEL = 2;
/** Working days the letter gives the unit to catch up (the issuer may change the date). */
export const LETTER_GRACE_WORKING_DAYS = 5;

export interface LetterTask {
  readonly taskId: string;
  readonly itemRef: string;
  readonly text: string;
  /** The duty's period, or null for a one-off task. */
  readonly period: string | null;
  readonly dueAt: string | null;
  readonly workingDaysOverdue: number | null;
}

export interface LetterSigner {
  readonly authority: string;
  readonly title: string;
  readonly name: string;
}

export interface PromptingLetter {
  /** `letter:<directiveId>:<unitId>:<round>`: exactly one per directive, unit and round. */
  readonly id: string;
  readonly directiveId: string;
  readonly directiveNumber: string;
  readonly directiveDate: LocalDate;
  readonly directiveSubject: string;
  readonly unitId: string;
  readonly unitName: string;
  /** The head of the unit, to whom the letter is addressed. */
  readonly addressee: { readonly name: string; readonly title: string };
  /** The escalation round: the period ('2022-07') of a duty, or '<trigger>@<due day>' of a task. */
  readonly round: string;
  readonly level: number;
  readonly tasks: readonly LetterTask[];
  /** The new date the unit must report by, on the working calendar. */
  readonly newDueDate: LocalDate;
  readonly agency: string;
  readonly symbol: string;
  readonly place: string;
  /** Given by the office when it registers the letter; blank until then. */
  readonly number: string | null;
  readonly date: LocalDate | null;
  /** Extra sentences the issuer adds before the closing request. */
  readonly note: string | null;
  readonly signer: LetterSigner;
  readonly recipients: readonly string[];
  readonly status: 'draft' | 'sent';
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly sentAt: string | null;
  readonly sentBy: string | null;
}

export interface LetterDirective {
  readonly id: string;
  readonly number: string;
  readonly date: LocalDate;
  readonly subject: string;
}

/** The round an escalation belongs to: all items of a duty slip together in one period. */
export function letterRound(trigger: string, dueAt: string): string {
  return trigger.startsWith('report:') ? trigger.slice('report:'.length) : `${trigger}@${vnDateOf(dueAt)}`;
}

export const letterIdOf = (directiveId: string, unitId: string, round: string) => `letter:${directiveId}:${unitId}:${round}`;

/**
 * The unit's tasks of the directive that are overdue at `at` and can still be done, most
 * overdue first. A duty's period that has closed unreported is final ("không báo cáo") and
 * is not asked for again.
 */
export function overdueLetterTasks(tasks: readonly ReportTask[], unitId: string, at: string, calendar: WorkingCalendar): LetterTask[] {
  const year = Number(vnDateOf(at).slice(0, 4));
  const windows = [String(year - 1), String(year)].map((y) => parseWindow(y)).filter((w) => w !== undefined);
  return tasks
    .filter((t) => t.leadUnitId === unitId)
    .flatMap((t) => windows.flatMap((w) => itemsOf(t, w, at, calendar)))
    .filter((i) => i.outcome === 'overdue' && !i.closed)
    .sort((a, b) => (b.workingDaysLate ?? 0) - (a.workingDaysLate ?? 0) || a.itemRef.localeCompare(b.itemRef, 'vi', { numeric: true }))
    .map((i) => ({
      taskId: i.taskId,
      itemRef: i.itemRef,
      text: i.text,
      period: i.period,
      dueAt: i.dueAt,
      workingDaysOverdue: i.workingDaysLate,
    }));
}

export function draftLetter(input: {
  directive: LetterDirective;
  unitId: string;
  trigger: string;
  dueAt: string;
  level: number;
  tasks: readonly LetterTask[];
  chart: OrgChartVersion | undefined;
  calendar: WorkingCalendar;
  /** When the escalation happened: the letter's facts are as of then. */
  at: string;
  now: string;
}): PromptingLetter {
  const { directive, unitId, chart } = input;
  const unit = chart ? findUnit(chart, unitId) : undefined;
  const issuer = issuerOf(chart);
  const inCharge = chart && unit ? escalationChain(chart, unitId).find((s) => s.level >= 2) : undefined;
  const round = letterRound(input.trigger, input.dueAt);
  const signerPerson = inCharge?.person ?? issuer.chairman;
  const deputy = signatureTitle(signerPerson?.title ?? '') === 'PHÓ CHỦ TỊCH';
  return {
    id: letterIdOf(directive.id, unitId, round),
    directiveId: directive.id,
    directiveNumber: directive.number,
    directiveDate: directive.date,
    directiveSubject: directive.subject,
    unitId,
    unitName: unit?.name ?? unitId,
    addressee: { name: unit?.head?.name ?? '', title: unit?.head?.title ?? `Thủ trưởng ${unit?.name ?? unitId}` },
    round,
    level: input.level,
    tasks: input.tasks,
    newDueDate: input.calendar.shiftWorkingDays(vnDateOf(input.at), LETTER_GRACE_WORKING_DAYS),
    agency: issuer.agency,
    symbol: `${issuer.symbolOrg}-VP`,
    place: issuer.place,
    number: null,
    date: null,
    note: null,
    signer: {
      authority: deputy ? 'KT. CHỦ TỊCH' : 'TM. ỦY BAN NHÂN DÂN',
      title: deputy ? 'PHÓ CHỦ TỊCH' : 'CHỦ TỊCH',
      name: signerPerson?.name ?? '',
    },
    recipients: ['Như trên', 'CT, các PCT UBND tỉnh', 'Lưu: VT'],
    status: 'draft',
    revision: 1,
    createdAt: input.now,
    updatedAt: input.now,
    sentAt: null,
    sentBy: null,
  };
}

/** 'V/v đôn đốc thực hiện Công văn số 907/UBND-NV' (the trích yếu under the number). */
export function letterAbstract(l: Pick<PromptingLetter, 'directiveNumber'>): string {
  return `V/v đôn đốc thực hiện văn bản số ${l.directiveNumber}`;
}

/** The body, paragraph by paragraph, as the issuer reviews it and the .docx prints it. */
export function letterParagraphs(l: PromptingLetter): {
  intro: string;
  listIntro: string;
  lines: string[];
  request: string;
  note: string | null;
} {
  const intro =
    `Thực hiện văn bản số ${l.directiveNumber} ngày ${formatVnDate(l.directiveDate)} của Ủy ban nhân dân tỉnh ${lowerFirst(l.directiveSubject)}; ` +
    `qua theo dõi, đến nay ${l.unitName} chưa hoàn thành, chưa báo cáo kết quả thực hiện các nhiệm vụ đã quá hạn.`;
  const listIntro = `Cụ thể, ${l.tasks.length} nhiệm vụ sau đây đã quá hạn:`;
  const lines = l.tasks.map((t, i) => {
    const what = t.period ? `báo cáo ${periodText(t.period)}` : 'hoàn thành nhiệm vụ';
    const due = t.dueAt ? `hạn ${formatVnDate(vnDateOf(t.dueAt))}` : 'không có hạn';
    // Under one working day the letter says no count (never "quá hạn 0 ngày làm việc").
    const late = t.workingDaysOverdue ? `, quá hạn ${t.workingDaysOverdue} ngày làm việc` : '';
    return `${i + 1}. Nhiệm vụ ${t.itemRef} (${shorten(t.text)}): ${what}, ${due}${late}.`;
  });
  const request =
    `Chủ tịch Ủy ban nhân dân tỉnh yêu cầu ${l.addressee.title}${l.addressee.name ? ` (ông/bà ${l.addressee.name})` : ''} khẩn trương chỉ đạo hoàn thành các nhiệm vụ nêu trên, ` +
    `báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân tỉnh) trước ngày ${formatVnDate(l.newDueDate)}; ` +
    `quá thời hạn trên, Ủy ban nhân dân tỉnh sẽ xem xét trách nhiệm của người đứng đầu theo quy định.`;
  return { intro, listIntro, lines, request, note: l.note };
}

function periodText(key: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q) return `quý ${['I', 'II', 'III', 'IV'][Number(q[2]) - 1]}/${q[1]}`;
  return `tháng ${key.slice(5, 7)}/${key.slice(0, 4)}`;
}

const shorten = (text: string, max = 160) => (text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`);
const lowerFirst = (s: string) => (s.startsWith('V/v ') ? `về ${s.slice(4)}` : s);

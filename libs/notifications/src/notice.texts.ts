import { ESCALATION_LEVEL_NAMES, formatVnDate, vnDateOf, type EscalationLevel } from '@dondoc/domain';

// What people read, in Vietnamese: the notice in the inbox and the e-mail share the text.

export interface NoticeFacts {
  directiveNumber: string;
  itemRef: string;
  taskText: string | null;
  leadUnitName: string;
  trigger: string | null;
  dueAt: string | null;
  daysOverdue: number | null;
  level: number | null;
  link: string;
  recipientName: string;
  recipientTitle: string;
  /** When the lateness was measured (the escalation's instant): under a working day it is said in hours. */
  measuredAt?: string | null;
}

const day = (iso: string | null) => (iso ? formatVnDate(vnDateOf(iso)) : '—');

const whatIsLate = (trigger: string | null) =>
  trigger?.startsWith('ack')
    ? 'tiếp nhận nhiệm vụ'
    : trigger?.startsWith('report:')
      ? `báo cáo kỳ ${trigger.slice(7)}`
      : 'hoàn thành nhiệm vụ';

function details(f: NoticeFacts, extra: string[]): string {
  return [
    `- Văn bản: ${f.directiveNumber}`,
    `- Nhiệm vụ: ${f.itemRef}${f.taskText ? ` — ${f.taskText.length > 300 ? `${f.taskText.slice(0, 300)}…` : f.taskText}` : ''}`,
    `- Đơn vị chủ trì: ${f.leadUnitName}`,
    `- Hạn ${whatIsLate(f.trigger)}: ${day(f.dueAt)}`,
    ...extra,
    `- Xem chi tiết: ${f.link}`,
  ].join('\n');
}

/**
 * How late, as a person says it: whole working days from one day on, else the hours (or
 * minutes) since the deadline, never "0 ngày làm việc".
 */
export function howLate(f: Pick<NoticeFacts, 'daysOverdue' | 'dueAt' | 'measuredAt'>): string {
  if (f.daysOverdue && f.daysOverdue >= 1) return `${f.daysOverdue} ngày làm việc`;
  const late = f.dueAt && f.measuredAt ? Date.parse(f.measuredAt) - Date.parse(f.dueAt) : NaN;
  if (!Number.isFinite(late) || late < 0) return 'chưa đến một ngày làm việc';
  if (late < 3_600_000) return `${Math.max(1, Math.floor(late / 60_000))} phút`;
  return `${Math.floor(late / 3_600_000)} giờ`;
}

const greeting = (f: NoticeFacts) => `Kính gửi ${f.recipientTitle ? `${f.recipientTitle} ` : ''}${f.recipientName},`;
const footer = '\n\nThư này do hệ thống theo dõi, đôn đốc thực hiện nhiệm vụ (dondoc) gửi tự động; vui lòng không trả lời.';

export function escalationNotice(f: NoticeFacts): { subject: string; body: string } {
  const level = (f.level ?? 1) as EscalationLevel;
  return {
    subject: `[dondoc] Báo cáo vượt cấp mức ${level}: ${f.directiveNumber}, nhiệm vụ ${f.itemRef} (${f.leadUnitName}) chậm ${whatIsLate(f.trigger)}`,
    body:
      `${greeting(f)}\n\nNhiệm vụ ${f.itemRef} của văn bản ${f.directiveNumber} do ${f.leadUnitName} chủ trì đã quá hạn ${whatIsLate(f.trigger)} ` +
      `${howLate(f)}. Theo quy định, việc chậm trễ được báo cáo tới ${ESCALATION_LEVEL_NAMES[level] ?? `mức ${level}`}.\n\n` +
      details(f, [`- Thời gian quá hạn: ${howLate(f)}`, `- Mức báo cáo vượt cấp: ${level} (${ESCALATION_LEVEL_NAMES[level] ?? ''})`]) +
      footer,
  };
}

export function reminderNotice(f: NoticeFacts): { subject: string; body: string } {
  return {
    subject: `[dondoc] Nhắc hạn: ${f.directiveNumber}, nhiệm vụ ${f.itemRef}, hạn ${whatIsLate(f.trigger)} ngày ${day(f.dueAt)}`,
    body: `${greeting(f)}\n\nĐề nghị ${f.leadUnitName} khẩn trương ${whatIsLate(f.trigger)} đúng hạn.\n\n${details(f, [])}${footer}`,
  };
}

const RESULT_TEXT: Record<string, string> = { on_time: 'đúng hạn', late: 'chậm', missing: 'không báo cáo', not_due: 'chưa đến hạn' };

export function evaluationNotice(f: NoticeFacts & { period: string; result: string; note: string }): { subject: string; body: string } {
  return {
    subject: `[dondoc] Kết quả đánh giá kỳ ${f.period}: ${f.directiveNumber}, nhiệm vụ ${f.itemRef} — ${RESULT_TEXT[f.result] ?? f.result}`,
    body:
      `${greeting(f)}\n\nKết quả thực hiện kỳ ${f.period} của ${f.leadUnitName}: ${RESULT_TEXT[f.result] ?? f.result}. ${f.note}\n\n` +
      details(f, []) +
      footer,
  };
}

/** To the head of the unit a task was given to (a reassignment, or a reorganisation's re-homing). */
export function reassignmentNotice(f: NoticeFacts & { fromUnitName: string; reason: string | null }): { subject: string; body: string } {
  return {
    subject: `[dondoc] Giao nhiệm vụ: ${f.directiveNumber}, nhiệm vụ ${f.itemRef} chuyển từ ${f.fromUnitName} sang ${f.leadUnitName}`,
    body:
      `${greeting(f)}\n\nNhiệm vụ ${f.itemRef} của văn bản ${f.directiveNumber} do ${f.fromUnitName} chủ trì nay được giao cho ${f.leadUnitName}` +
      `${f.reason ? ` (${f.reason})` : ''}. Đề nghị đơn vị tiếp nhận nhiệm vụ trên hệ thống; kết quả đánh giá các kỳ trước vẫn thuộc ${f.fromUnitName}.\n\n` +
      details(f, []) +
      footer,
  };
}

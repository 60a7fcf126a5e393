import { formatVnDate, vnDateOf } from '@dondoc/domain';
import type { AgendaItem } from './agenda';
import type { EscalationRecipient } from '@dondoc/task-follow-up';

// The task's timeline as people read it, in Vietnamese: what the follow-up does by itself
// (reminders, misses, escalations, periods closed). What people do reads from the command
// table (@dondoc/task-follow-up).

const day = (iso: string | undefined) => (iso ? formatVnDate(vnDateOf(iso)) : '—');

const TRIGGER_TEXT = (trigger: string) =>
  trigger.startsWith('ack')
    ? 'tiếp nhận nhiệm vụ'
    : trigger.startsWith('due')
      ? 'hoàn thành nhiệm vụ'
      : `báo cáo kỳ ${trigger.slice('report:'.length)}`;

export function describeItem(item: AgendaItem, recipient?: EscalationRecipient): string {
  switch (item.kind) {
    case 'remind':
      return `Nhắc hạn ${TRIGGER_TEXT(item.trigger)} (hạn ngày ${day(item.dueAt)}).`;
    case 'overdue':
      return `Quá hạn ${TRIGGER_TEXT(item.trigger)} (hạn ngày ${day(item.dueAt)}).`;
    case 'escalate':
      return `Báo cáo vượt cấp mức ${item.level} về việc chậm ${TRIGGER_TEXT(item.trigger)}: gửi ${recipient ? `${recipient.title} ${recipient.name}` : 'cấp trên'}.`;
    case 'close':
      return `Đóng kỳ báo cáo ${item.period}.`;
  }
}

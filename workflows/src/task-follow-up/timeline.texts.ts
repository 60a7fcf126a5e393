import { formatVnDate, vnDateOf, type TaskCommand, type TaskState } from '@dondoc/domain';
import type { AgendaItem } from './agenda';
import type { EscalationRecipient } from './task-follow-up.activities';

// The task's timeline as people read it, in Vietnamese.

const day = (iso: string | undefined) => (iso ? formatVnDate(vnDateOf(iso)) : '—');

const TRIGGER_TEXT = (trigger: string) =>
  trigger.startsWith('ack')
    ? 'tiếp nhận nhiệm vụ'
    : trigger.startsWith('due')
      ? 'hoàn thành nhiệm vụ'
      : `báo cáo kỳ ${trigger.slice('report:'.length)}`;

export function describeCommand(command: TaskCommand, task: TaskState): string {
  switch (command.type) {
    case 'acknowledge':
      return 'Đơn vị đã tiếp nhận nhiệm vụ.';
    case 'refuse':
      return `Đơn vị từ chối nhiệm vụ: ${command.reason}`;
    case 'reportProgress':
      return `Báo cáo tiến độ ${command.percent}%: ${command.note}`;
    case 'requestExtension':
      return `Đề nghị gia hạn đến ngày ${day(command.newDueAt)}: ${command.reason}`;
    case 'decideExtension':
      return command.approve ? `Đồng ý gia hạn; hạn mới ngày ${day(task.dueAt)}.` : 'Không đồng ý gia hạn.';
    case 'submitCompletion':
      return `Báo cáo hoàn thành: ${command.summary}`;
    case 'approveCompletion':
      return 'Phê duyệt kết quả: nhiệm vụ hoàn thành.';
    case 'returnForRework':
      return `Trả lại để hoàn thiện: ${command.reason}${command.newDueAt ? ` (hạn mới ngày ${day(task.dueAt)})` : ''}`;
    case 'reassign':
      return `Giao lại cho đơn vị ${command.toUnitId}.`;
    case 'pause':
      return `Tạm dừng theo dõi: ${command.reason}`;
    case 'resume':
      return `Tiếp tục theo dõi; hạn xử lý ngày ${day(task.dueAt)}.`;
    case 'cancel':
      return `Hủy nhiệm vụ: ${command.reason}`;
  }
}

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

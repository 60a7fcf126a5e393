import { InboxRepository } from '@dondoc/persistence';
import type { Connection } from 'mongoose';

export interface EscBaseActivities {
  insertNotice(taskId: string): Promise<void>;
}

/**
 * One insert of a level-1 escalation notice into the inbox, stamped when written: the same
 * row and store the notifier writes, without the fact, Kafka and the notifier between.
 */
export function escBaseActivities(connection: Connection): EscBaseActivities {
  const inbox = new InboxRepository(connection);
  return {
    async insertNotice(taskId) {
      await inbox.add({
        idempotencyKey: `${taskId}|escalation|ack|1|base`,
        recipientUserId: 'base',
        recipientUnitId: 'base',
        recipientEmail: null,
        kind: 'escalation',
        taskId,
        directiveId: 'esc-base',
        directiveNumber: '907/UBND-NV',
        itemRef: '1',
        leadUnitId: 'so-noi-vu',
        trigger: 'ack',
        level: 1,
        dueAt: null,
        daysOverdue: null,
        subject: 'Đôn đốc (đo nền)',
        body: 'Đo độ trễ nền của đôn đốc.',
        link: '',
        eventId: taskId,
        createdAt: new Date().toISOString(),
        emailedAt: null,
        readAt: null,
      });
    },
  };
}

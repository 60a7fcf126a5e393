import { APP_CONFIG } from '@dondoc/app-kit';
import type { Envelope, TaskEventPayload } from '@dondoc/contracts';
import { findUnit, versionInForce, type DirectoryUser } from '@dondoc/domain';
import {
  MAILER,
  escalationNotice,
  evaluationNotice,
  reassignmentNotice,
  reminderNotice,
  type MailAttachment,
  type Mailer,
  type NoticeFacts,
} from '@dondoc/notifications';
import {
  INBOX_REPOSITORY,
  ORG_CHART_STORE,
  PROMPTING_LETTER_STORE,
  TASK_READ_MODEL,
  noticeKey,
  type InboxNotice,
  type InboxRepository,
  type OrgChartStore,
  type PromptingLetterStore,
  type TaskReadModelRepository,
} from '@dondoc/persistence';
import { letterFileName, renderLetterDocx, type PromptingLetter } from '@dondoc/reports';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { PromptingLetterDrafter } from './letters/prompting-letter.drafter';
import type { NotifierConfig } from './notifier.config';

type Kind = InboxNotice['kind'];
interface Recipient {
  userId: string;
  name: string;
  title: string;
  unitId: string;
  email: string | null;
}

/**
 * Turns a fact into one notice per recipient: an inbox entry (unique by task, trigger,
 * level and recipient, so a redelivered event adds nothing) and an e-mail sent once,
 * after the entry exists; a crash between the two is finished by the next delivery.
 */
@Injectable()
export class NoticeService {
  private readonly logger = new Logger('Notices');

  constructor(
    @Inject(INBOX_REPOSITORY) private readonly inbox: InboxRepository,
    @Inject(ORG_CHART_STORE) private readonly org: OrgChartStore,
    @Inject(TASK_READ_MODEL) private readonly tasks: TaskReadModelRepository,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: NotifierConfig,
    private readonly drafter: PromptingLetterDrafter,
    @Inject(PROMPTING_LETTER_STORE) private readonly letters: PromptingLetterStore,
  ) {}

  async escalated(event: Envelope<'task.escalated', TaskEventPayload<'task.escalated'>>): Promise<void> {
    const p = event.payload;
    const user = p.recipient.userId ? await this.org.user(p.recipient.userId) : null;
    const recipient: Recipient = { ...p.recipient, email: user?.email ?? null };
    // At the policy's level the round's prompting letter is drafted first, so the notice
    // links to it and its e-mail carries it (.docx) for the leader who will sign it.
    const letter = await this.drafter.forEscalation(event);
    const withLetter = letter ? await this.letterAttachment(letter) : undefined;
    const keys = await this.deliver(
      event,
      'escalation',
      [recipient],
      { trigger: p.trigger, level: p.level, dueAt: p.dueAt, daysOverdue: p.daysOverdue },
      (f) => {
        const notice = escalationNotice({ ...f, measuredAt: p.at });
        return withLetter ? withLetterText(notice, withLetter.link) : notice;
      },
      withLetter,
    );
    if (letter) for (const key of keys) await this.letters.linkNotice(letter.id, key);
  }

  private async letterAttachment(letter: PromptingLetter): Promise<{ letterId: string; link: string; attachments: MailAttachment[] }> {
    const link = `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/v1/letters/${encodeURIComponent(letter.id)}`;
    const content = await renderLetterDocx(letter);
    return {
      letterId: letter.id,
      link,
      attachments: [
        {
          filename: letterFileName(letter),
          content,
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        },
      ],
    };
  }

  async reminded(event: Envelope<'task.reminded', TaskEventPayload<'task.reminded'>>): Promise<void> {
    const p = event.payload;
    await this.deliver(
      event,
      'reminder',
      await this.unitPeople(p.leadUnitId),
      { trigger: p.trigger, level: null, dueAt: p.dueAt, daysOverdue: null },
      reminderNotice,
    );
  }

  async evaluated(event: Envelope<'task.evaluated', TaskEventPayload<'task.evaluated'>>): Promise<void> {
    const p = event.payload;
    const heads = (await this.unitPeople(p.leadUnitId)).filter((r) => r.role === 'unit-head');
    await this.deliver(event, 'evaluation', heads, { trigger: `period:${p.period}`, level: null, dueAt: null, daysOverdue: null }, (f) =>
      evaluationNotice({ ...f, period: p.period, result: p.result, note: p.note }),
    );
  }

  /** The head of the unit a task now belongs to hears of it (a reorganisation's re-homing included). */
  async reassigned(event: Envelope<'task.reassigned', TaskEventPayload<'task.reassigned'>>): Promise<void> {
    const p = event.payload;
    const heads = (await this.unitPeople(p.toUnitId)).filter((r) => r.role === 'unit-head');
    const fromUnitName = await this.unitName(p.fromUnitId, event.occurredAt);
    const reason = p.actor.role === 'system' ? 'sắp xếp tổ chức bộ máy' : null;
    await this.deliver(
      event,
      'reassignment',
      heads,
      { trigger: `reassign:${p.revision}`, level: null, dueAt: null, daysOverdue: null },
      (f) => reassignmentNotice({ ...f, fromUnitName, reason }),
    );
  }

  private async deliver(
    event: Envelope<string, { taskId: string; directiveId: string; directiveNumber: string; itemRef: string; leadUnitId: string }>,
    kind: Kind,
    recipients: Recipient[],
    what: { trigger: string | null; level: number | null; dueAt: string | null; daysOverdue: number | null },
    compose: (facts: NoticeFacts) => { subject: string; body: string },
    letter?: { letterId: string; attachments: MailAttachment[] },
  ): Promise<string[]> {
    const keys: string[] = [];
    const p = event.payload;
    const [leadUnitName, taskText] = await Promise.all([this.unitName(p.leadUnitId, event.occurredAt), this.taskText(p.taskId)]);
    const link = `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/v1/tasks/${encodeURIComponent(p.taskId)}`;
    for (const r of recipients) {
      const { subject, body } = compose({
        ...what,
        directiveNumber: p.directiveNumber,
        itemRef: p.itemRef,
        taskText,
        leadUnitName,
        link,
        recipientName: r.name,
        recipientTitle: r.title,
      });
      const key = noticeKey({ taskId: p.taskId, kind, trigger: what.trigger, level: what.level, recipientUserId: r.userId });
      keys.push(key);
      const added = await this.inbox.add({
        idempotencyKey: key,
        recipientUserId: r.userId,
        recipientUnitId: r.unitId,
        recipientEmail: r.email,
        kind,
        taskId: p.taskId,
        directiveId: p.directiveId,
        directiveNumber: p.directiveNumber,
        itemRef: p.itemRef,
        leadUnitId: p.leadUnitId,
        ...what,
        subject,
        body,
        link,
        eventId: event.eventId,
        createdAt: new Date().toISOString(),
        emailedAt: null,
        readAt: null,
        letterId: letter?.letterId ?? null,
      });
      // A notice just added is unsent; one that existed may have been e-mailed already.
      if (!added && !(await this.inbox.unsent(key))) continue; // e-mailed by an earlier delivery
      if (r.email) {
        await this.mailer.send({
          to: r.email,
          subject,
          text: body,
          noticeKey: key,
          ...(letter ? { attachments: letter.attachments } : {}),
        });
        this.logger.log(`e-mailed ${kind} ${key} to ${r.email}`);
      }
      await this.inbox.markEmailed(key, new Date().toISOString());
    }
    return keys;
  }

  /** The unit's head(s) and assignees, as the directory lists them. */
  private async unitPeople(unitId: string): Promise<(Recipient & { role: DirectoryUser['role'] })[]> {
    const users = await this.org.usersOfUnit(unitId);
    return users
      .filter((u) => u.role === 'unit-head' || u.role === 'assignee')
      .map((u) => ({ userId: u.userId, name: u.name, title: u.title ?? '', unitId: u.unitId, email: u.email ?? null, role: u.role }));
  }

  private async unitName(unitId: string, at: string): Promise<string> {
    const charts = await this.org.charts();
    const chart = versionInForce(charts, new Date(at));
    // A unit a reorganisation just merged away is named as its last version knew it.
    const named =
      (chart && findUnit(chart, unitId)) ??
      [...charts]
        .reverse()
        .map((c) => findUnit(c, unitId))
        .find(Boolean);
    return named?.name ?? unitId;
  }

  private taskText(taskId: string): Promise<string | null> {
    return this.tasks.textOf(taskId);
  }
}

function withLetterText(notice: { subject: string; body: string }, link: string): { subject: string; body: string } {
  return {
    subject: notice.subject,
    body: `${notice.body}\n\nDự thảo công văn đôn đốc gửi thủ trưởng đơn vị (tệp .docx đính kèm) để xem xét, ký ban hành: ${link}`,
  };
}

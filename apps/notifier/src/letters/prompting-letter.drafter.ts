import type { Envelope, TaskEventPayload } from '@dondoc/contracts';
import { civilServiceCalendar, versionInForce, vnDateOf } from '@dondoc/domain';
import {
  ORG_CHART_STORE,
  PROMPTING_LETTER_STORE,
  REPORT_SOURCE,
  type OrgChartStore,
  type PromptingLetterStore,
  type ReportSourceReader,
} from '@dondoc/persistence';
import { DEFAULT_LETTER_LEVEL, draftLetter, overdueLetterTasks, reportTasksOf, type PromptingLetter } from '@dondoc/reports';
import { Inject, Injectable, Logger } from '@nestjs/common';

type Escalated = TaskEventPayload<'task.escalated'>;

/**
 * Drafts the công văn đôn đốc of an escalation round when a task reaches the level its
 * policy names (2 unless the directive's item says otherwise): one letter per directive,
 * unit and round, listing every overdue task of the unit under the directive. The first
 * escalation of the round inserts it under its key; the round's other escalations (the
 * unit's other items, slipping together) add whatever task it still lacks.
 */
@Injectable()
export class PromptingLetterDrafter {
  private readonly logger = new Logger('PromptingLetters');

  constructor(
    @Inject(PROMPTING_LETTER_STORE) private readonly letters: PromptingLetterStore,
    @Inject(REPORT_SOURCE) private readonly source: ReportSourceReader,
    @Inject(ORG_CHART_STORE) private readonly org: OrgChartStore,
  ) {}

  /** The round's letter, or null when this escalation's level drafts none. */
  async forEscalation(event: Envelope<'task.escalated', Escalated>): Promise<PromptingLetter | null> {
    const p = event.payload;
    // The level first, from the directive alone: most escalations draft no letter, and the
    // unit's tasks were read for every one of them before (the ESC benchmark's chain CPU).
    const directive = await this.source.directive(p.directiveId, { itemsOnly: true });
    if (!directive) {
      this.logger.warn(`no directive ${p.directiveId} for escalation ${event.eventId}: no letter drafted`);
      return null;
    }
    const item = directive.tasks.find((t) => t.itemRef === p.itemRef);
    if (p.level !== (item?.escalation?.letterAtLevel ?? DEFAULT_LETTER_LEVEL)) return null;

    const source = await this.source.read({ kind: 'directive', directiveId: p.directiveId, unitId: p.leadUnitId });
    const calendar = civilServiceCalendar;
    const at = p.scheduledAt;
    const tasks = overdueLetterTasks(reportTasksOf(source.snapshots, source.directives), p.leadUnitId, at, calendar);
    // An acknowledgement slipping is not a deadline missed: with nothing overdue to list there is no letter.
    if (tasks.length === 0) return null;
    const chart = versionInForce(await this.org.charts(), vnDateOf(at));
    const draft = draftLetter({
      directive: { id: directive.id, number: directive.number, date: directive.date, subject: directive.subject },
      unitId: p.leadUnitId,
      trigger: p.trigger,
      dueAt: p.dueAt,
      level: p.level,
      tasks,
      chart,
      calendar,
      at,
      now: new Date().toISOString(),
    });
    const { letter, created } = await this.letters.draftOnce(draft);
    if (created) {
      this.logger.log(`drafted ${letter.id} (${tasks.length} overdue tasks)`);
      return letter;
    }
    let latest = letter;
    for (const t of draft.tasks) {
      if (!latest.tasks.some((x) => x.taskId === t.taskId && x.period === t.period)) {
        latest = (await this.letters.addTask<PromptingLetter>(letter.id, t, new Date().toISOString())) ?? latest;
      }
    }
    return latest;
  }
}

import type { Envelope, TaskEventPayload } from '@dondoc/contracts';
import { EVALUATION_REPOSITORY, type EvaluationRepository } from '@dondoc/persistence';
import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { NoticeService } from './notice.service';

/** Reminders, escalations, reassignments and evaluations become notices; evaluations and grades also fill the matrix. */
@Controller()
export class NotifierController {
  constructor(
    private readonly notices: NoticeService,
    @Inject(EVALUATION_REPOSITORY) private readonly evaluations: EvaluationRepository,
  ) {}

  @EventPattern('task.reminded')
  onReminded(@Payload() event: Envelope<'task.reminded', TaskEventPayload<'task.reminded'>>): Promise<void> {
    return this.notices.reminded(event);
  }

  @EventPattern('task.escalated')
  onEscalated(@Payload() event: Envelope<'task.escalated', TaskEventPayload<'task.escalated'>>): Promise<void> {
    return this.notices.escalated(event);
  }

  @EventPattern('task.reassigned')
  onReassigned(@Payload() event: Envelope<'task.reassigned', TaskEventPayload<'task.reassigned'>>): Promise<void> {
    return this.notices.reassigned(event);
  }

  @EventPattern('task.evaluated')
  async onEvaluated(@Payload() event: Envelope<'task.evaluated', TaskEventPayload<'task.evaluated'>>): Promise<void> {
    const p = event.payload;
    await this.evaluations.recordPeriod({
      unitId: p.leadUnitId,
      period: p.period,
      taskId: p.taskId,
      directiveId: p.directiveId,
      directiveNumber: p.directiveNumber,
      itemRef: p.itemRef,
      result: p.result,
      note: p.note,
      ruleId: p.ruleId,
      at: p.at,
    });
    await this.notices.evaluated(event);
  }

  @EventPattern('unit.graded')
  async onGraded(@Payload() event: Envelope<'unit.graded', TaskEventPayload<'unit.graded'>>): Promise<void> {
    const p = event.payload;
    await this.evaluations.recordGrade({
      unitId: p.unitId,
      year: p.year,
      taskId: p.taskId,
      directiveId: p.directiveId,
      directiveNumber: p.directiveNumber,
      itemRef: p.itemRef,
      grade: p.grade,
      gradeLabel: p.gradeLabel,
      score: p.score,
      ruleId: p.ruleId,
      at: p.at,
    });
  }
}

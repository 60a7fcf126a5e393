import type { AuditTrailWriter } from '@dondoc/audit';
import { ContractViolation, type CalendarVersionPublish } from '@dondoc/contracts';
import { calendarVersionProblems, type CalendarData } from '@dondoc/domain';
import { CALENDAR_VERSION_STORE, CalendarVersionConflict, type CalendarVersionStore, type PublishedCalendar } from '@dondoc/persistence';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { ConflictError, NotFoundError } from '../common/not-found.error';

export const CALENDAR_AUDIT_TRAIL = Symbol('CalendarAuditTrail');
/** The audit chain of reference-data publications (the trail chains entries per id). */
export const CALENDAR_AUDIT_CHAIN = 'reference-data:calendar';

/**
 * Publishing a working calendar version: laid over the version in force, validated as a
 * whole, stored under the next number and audited. Open task follow-ups take it up through
 * the orchestrator's rollout; new tasks start with it.
 */
@Injectable()
export class CalendarVersionsService {
  constructor(
    @Inject(CALENDAR_VERSION_STORE) private readonly store: CalendarVersionStore,
    @Inject(CALENDAR_AUDIT_TRAIL) private readonly trail: AuditTrailWriter,
  ) {}

  /** One page of the versions and how many there are. */
  async list(page: { skip: number; limit: number; direction: 1 | -1 }) {
    const [items, total] = await Promise.all([this.store.list(page), this.store.count()]);
    return { items, total };
  }

  async get(sequence: number): Promise<PublishedCalendar> {
    const found = sequence === 0 ? await this.store.latest() : await this.store.bySequence(sequence);
    if (!found) throw new NotFoundError(`Không có phiên bản lịch làm việc số ${sequence} (no calendar version ${sequence})`);
    return found;
  }

  async publish(principal: Principal, body: CalendarVersionPublish, requestId: string): Promise<PublishedCalendar> {
    const base = await this.store.newest();
    if (body.basedOn !== undefined && body.basedOn !== base.sequence) {
      throw new ConflictError(
        `Đã có phiên bản lịch ${base.sequence} mới hơn phiên bản ${body.basedOn} bạn đang sửa; hãy xem lại (calendar version ${base.sequence} was published since ${body.basedOn})`,
      );
    }
    const sequence = base.sequence + 1;
    const data: CalendarData = {
      version: `vn-civil-service/v${sequence}`,
      sequence,
      description: body.description ?? base.data.description,
      weeklyRestDays: body.weeklyRestDays ?? base.data.weeklyRestDays,
      years: { ...base.data.years, ...Object.fromEntries(Object.entries(body.years).map(([y, v]) => [Number(y), v])) },
    };
    const problems = calendarVersionProblems(data);
    if (problems.length > 0) throw new ContractViolation('calendar version', problems);
    const version: PublishedCalendar = {
      sequence,
      data,
      notice: body.notice,
      publishedAt: new Date().toISOString(),
      publishedBy: principal.userId,
    };
    try {
      await this.store.publish(version);
    } catch (e) {
      if (e instanceof CalendarVersionConflict)
        throw new ConflictError(
          `Phiên bản lịch ${sequence} vừa được người khác công bố; hãy xem lại (calendar version ${sequence} was just published)`,
        );
      throw e;
    }
    await this.trail.append({
      directiveId: CALENDAR_AUDIT_CHAIN,
      taskId: null,
      who: principal.userId,
      role: principal.role,
      unit: principal.unitId,
      what: 'calendar.published',
      when: version.publishedAt,
      requestId,
      sourceId: `calendar:v${sequence}`,
      details: { sequence, version: data.version, notice: body.notice, years: Object.keys(body.years) },
    });
    return version;
  }
}

import type { AuditTrailWriter } from '@dondoc/audit';
import {
  ASSESSMENT_STORE,
  AssessmentConflict,
  ORG_CHART_STORE,
  REPORT_SOURCE,
  type AssessmentStore,
  type OrgChartStore,
  type ReportSourceReader,
} from '@dondoc/persistence';
import {
  assessorInputOf,
  buildReport,
  parseWindow,
  ReportSubjectNotFound,
  workItemOf,
  type AssessmentInputBody,
  type FrozenCalculation,
  type StoredUnitAssessment,
  type UnitDecreeGrade,
} from '@dondoc/reports';
import { ContractViolation } from '@dondoc/contracts';
import { accessOf } from '@dondoc/auth';
import { decreeReason, GENERAL_CRITERIA, type AssessorInput, type GeneralCriterion } from '@dondoc/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { UnitScopeService } from '../auth/unit-scope.service';
import { ConflictError, NotFoundError } from '../common/not-found.error';

export const ASSESSMENT_AUDIT_TRAIL = Symbol('AssessmentAuditTrail');

/** The audit chain of a unit's evaluations: every entry, edit and close of its assessments. */
export const evaluationAuditChain = (unitId: string) => `evaluation:${unitId}`;

/** The stored assessment with the names of the people who edited and closed it, next to their user ids. */
export type NamedAssessment = StoredUnitAssessment & { readonly updatedByName: string; readonly closedByName?: string };

export interface DecreeCalculation {
  readonly unitId: string;
  readonly unitName: string;
  readonly period: string;
  readonly asOf: string;
  /** 'not-assessed' until the assessor enters something; 'closed' answers the frozen calculation. */
  readonly status: 'not-assessed' | 'open' | 'closed';
  readonly frozen: boolean;
  readonly provisional: boolean;
  readonly revision: number;
  readonly assessment: NamedAssessment | null;
  /** One part per decree (two when the period spans 1/1/2026), each with every line of its calculation and why its decree applies. */
  readonly parts: readonly (UnitDecreeGrade['parts'][number] & { readonly reason: string })[];
  /** The general criteria the assessor scores, each with its maximum (ND 335's 30 points). */
  readonly generalCriteria: readonly GeneralCriterion[];
  /** Whether the caller's role may enter and close the assessment (the access policy's rows). */
  readonly canAssess: boolean;
  /** The items the assessor may name (itemKey), with what dondoc knows of them. */
  readonly items: readonly {
    readonly key: string;
    readonly label: string;
    readonly dueOn: string;
    readonly completed: boolean;
    readonly late: boolean;
    readonly extended: boolean;
    /** Major quality errors the issuer marked at approval or return (the assessor may confirm an objective cause for them). */
    readonly issuerMajorErrors: number;
  }[];
}

/**
 * The assessor's side of an evaluation: enter general-criteria points, objective causes,
 * quality verdicts and forcing cases for a unit and period (validated against the unit's
 * items, audited, at the revision the assessor saw), close the period (the calculation is
 * frozen with it), and read the calculation line by line.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    @Inject(ASSESSMENT_STORE) private readonly store: AssessmentStore,
    @Inject(REPORT_SOURCE) private readonly source: ReportSourceReader,
    @Inject(ORG_CHART_STORE) private readonly orgCharts: OrgChartStore,
    @Inject(ASSESSMENT_AUDIT_TRAIL) private readonly trail: AuditTrailWriter,
    private readonly scope: UnitScopeService,
  ) {}

  async calculation(p: Principal, unitId: string, period: string): Promise<DecreeCalculation> {
    await this.scope.assertUnit(p, unitId);
    const stored = await this.named(await this.store.find<AssessorInput, FrozenCalculation>(unitId, period));
    const shared = { ...base(unitId, period, stored), generalCriteria: GENERAL_CRITERIA, canAssess: mayAssess(p) };
    if (stored?.status === 'closed' && stored.frozen) {
      // A closed period answers what was decided then, never a silent recomputation.
      return {
        ...shared,
        unitName: await this.scope.unitName(unitId),
        asOf: stored.frozen.asOf,
        frozen: true,
        provisional: false,
        parts: withReasons(stored.frozen.parts),
        items: [],
      };
    }
    const computed = await this.compute(unitId, period);
    return { ...shared, ...computed, parts: withReasons(computed.parts), frozen: false };
  }

  async save(p: Principal, unitId: string, period: string, body: AssessmentInputBody, requestId: string): Promise<DecreeCalculation> {
    await this.scope.assertUnit(p, unitId);
    const { revision, ...rest } = body;
    const existing = await this.store.find<Record<string, unknown>, unknown>(unitId, period);
    if (existing?.status === 'closed') throw new ConflictError(new AssessmentConflict(existing.id, existing).message);
    const current = await this.compute(unitId, period);
    assertItemsKnown(rest, current.items);
    const at = new Date().toISOString();
    const saved = await this.conflicts(() =>
      this.store.save<AssessorInput, FrozenCalculation>(unitId, period, revision, assessorInputOf(rest), p.userId, at),
    );
    await this.audit(
      p,
      unitId,
      revision === 0 ? 'evaluation.assessed' : 'evaluation.assessment-edited',
      at,
      requestId,
      `${saved.id}:r${saved.revision}`,
      {
        unitId,
        period,
        revision: saved.revision,
        generalPoints: saved.input.generalPoints ?? null,
        generalCriteria: saved.input.generalCriteria ?? null,
        objectiveCauses: saved.input.objectiveCauses ?? [],
        qualityVerdicts: saved.input.qualityVerdicts ?? [],
        forcingCases: saved.input.forcingCases ?? [],
      },
    );
    return this.calculation(p, unitId, period);
  }

  async close(p: Principal, unitId: string, period: string, revision: number, requestId: string): Promise<DecreeCalculation> {
    await this.scope.assertUnit(p, unitId);
    const computed = await this.compute(unitId, period);
    const at = new Date().toISOString();
    const frozen: FrozenCalculation = { asOf: computed.asOf, parts: computed.parts };
    const closed = await this.conflicts(() =>
      this.store.close<AssessorInput, FrozenCalculation>(unitId, period, revision, frozen, p.userId, at),
    );
    await this.audit(p, unitId, 'evaluation.closed', at, requestId, `${closed.id}:closed`, {
      unitId,
      period,
      revision: closed.revision,
      asOf: computed.asOf,
      grades: computed.parts.map((x) => ({
        decree: x.decree,
        ruleId: x.evaluation.ruleId,
        score: x.evaluation.score,
        grade: x.evaluation.grade,
      })),
    });
    return this.calculation(p, unitId, period);
  }

  /** The unit's decree grade now; a year is computed with every unit, for the 20% quota. */
  private async compute(unitId: string, period: string) {
    const window = parseWindow(period);
    if (!window) throw new ContractViolation('path', [`period: kỳ đánh giá không hợp lệ (bad period) ${period}`]);
    let built;
    try {
      built = await buildReport(
        { source: this.source, orgCharts: this.orgCharts, assessments: this.store },
        { scope: window.kind === 'year' ? 'province' : 'unit', unitId, period, format: 'json', table: 'summary' },
      );
    } catch (e) {
      if (e instanceof ReportSubjectNotFound) throw new NotFoundError(e.message);
      throw e;
    }
    const r = built.report;
    const grade = r.decreeGrades.find((g) => g.unitId === unitId);
    const items = r.items
      .filter((i) => i.unitId === unitId)
      .flatMap((i) => {
        const w = workItemOf(i);
        if (!w) return [];
        const { key, label, dueOn, completed, late, extended } = w;
        return [{ key, label, dueOn, completed, late, extended, issuerMajorErrors: w.issuerQualityErrors?.length ?? 0 }];
      });
    return {
      unitName: grade?.unitName ?? r.byUnit.find((u) => u.id === unitId)?.name ?? unitId,
      asOf: r.asOf,
      provisional: grade?.provisional ?? true,
      parts: grade?.parts ?? [],
      items,
    };
  }

  private async named(stored: StoredUnitAssessment | null): Promise<NamedAssessment | null> {
    if (!stored) return null;
    const nameOf = async (userId: string) => (await this.orgCharts.user(userId))?.name ?? userId;
    const updatedByName = await nameOf(stored.updatedBy);
    return stored.closedBy ? { ...stored, updatedByName, closedByName: await nameOf(stored.closedBy) } : { ...stored, updatedByName };
  }

  private async conflicts<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (e) {
      if (e instanceof AssessmentConflict) throw new ConflictError(e.message);
      throw e;
    }
  }

  private async audit(
    p: Principal,
    unitId: string,
    what: string,
    when: string,
    requestId: string,
    sourceId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.trail.append({
      directiveId: evaluationAuditChain(unitId),
      taskId: null,
      who: p.userId,
      role: p.role,
      unit: p.unitId,
      what,
      when,
      requestId,
      sourceId: `assessment:${sourceId}`,
      details,
    });
  }
}

/** The assessor's two routes (enter, close), as the access policy names them. */
const ASSESSOR_ROUTES = [
  ['PUT', '/v1/evaluations/units/{unitId}/periods/{period}/assessment'],
  ['POST', '/v1/evaluations/units/{unitId}/periods/{period}/close'],
] as const;

function mayAssess(p: Principal): boolean {
  return ASSESSOR_ROUTES.every(([method, route]) => {
    const access = accessOf(method, route);
    return Array.isArray(access) && access.includes(p.role);
  });
}

function withReasons(parts: UnitDecreeGrade['parts']) {
  return parts.map((x) => ({ ...x, reason: decreeReason(x) }));
}

function base(unitId: string, period: string, stored: NamedAssessment | null) {
  return { unitId, period, status: stored?.status ?? ('not-assessed' as const), revision: stored?.revision ?? 0, assessment: stored };
}

/** Every itemKey named must be one of the unit's items of the period (400 otherwise, naming each). */
function assertItemsKnown(input: Omit<AssessmentInputBody, 'revision'>, items: DecreeCalculation['items']): void {
  const known = new Map(items.map((i) => [i.key, i]));
  const problems: string[] = [];
  input.objectiveCauses.forEach((c, i) => {
    const item = known.get(c.itemKey);
    if (!item)
      problems.push(
        `objectiveCauses.${i}.itemKey: không có sản phẩm/công việc ${c.itemKey} đến hạn trong kỳ của đơn vị (no such item in the period)`,
      );
    else if (!item.late)
      problems.push(
        `objectiveCauses.${i}.itemKey: sản phẩm ${c.itemKey} không bị chậm, không cần xác nhận nguyên nhân khách quan (the item was not late)`,
      );
  });
  input.qualityVerdicts.forEach((v, i) => {
    const item = known.get(v.itemKey);
    if (!item)
      problems.push(
        `qualityVerdicts.${i}.itemKey: không có sản phẩm/công việc ${v.itemKey} đến hạn trong kỳ của đơn vị (no such item in the period)`,
      );
    else if (!item.completed)
      problems.push(
        `qualityVerdicts.${i}.itemKey: sản phẩm ${v.itemKey} chưa hoàn thành, chưa đánh giá chất lượng được (the item is not completed)`,
      );
  });
  if (problems.length > 0) throw new ContractViolation('request body', problems);
}

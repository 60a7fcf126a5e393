import { descendantUnitIds, findUnit, versionInForce, type OrgChartVersion } from '@dondoc/domain';
import { ORG_CHART_STORE, type OrgChartStore } from '@dondoc/persistence';
import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type { Principal } from './principal';

/** Roles that see and act on everything (auditors only read: writes are refused by role). */
const WHOLE_ORGANISATION = new Set(['admin', 'leader', 'auditor', 'issuer']);

/**
 * What a caller may see and touch, from the org chart in force today: unit heads and
 * assignees their unit and its sub-units; issuers the directives of the organisation
 * their unit belongs to; leaders, auditors and admins everything.
 */
@Injectable()
export class UnitScopeService {
  constructor(@Inject(ORG_CHART_STORE) private readonly charts: OrgChartStore) {}

  async chart(date: Date | string = new Date()): Promise<OrgChartVersion | undefined> {
    return versionInForce(await this.charts.charts(), date);
  }

  /** Unit ids the caller is confined to, or undefined when not confined. */
  async unitsOf(principal: Principal): Promise<string[] | undefined> {
    if (WHOLE_ORGANISATION.has(principal.role)) return undefined;
    const chart = await this.chart();
    return chart ? descendantUnitIds(chart, principal.unitId) : [principal.unitId];
  }

  /** A unit as people read it: its name in the chart in force ("Sở Tư pháp"), its id when unknown. */
  async unitName(unitId: string, chart?: OrgChartVersion): Promise<string> {
    const version = chart ?? (await this.chart());
    return (version && findUnit(version, unitId)?.name) || unitId;
  }

  async canSeeUnit(principal: Principal, unitId: string): Promise<boolean> {
    const units = await this.unitsOf(principal);
    return !units || units.includes(unitId);
  }

  async assertUnit(principal: Principal, unitId: string): Promise<void> {
    if (!(await this.canSeeUnit(principal, unitId))) {
      throw new ForbiddenException(
        `${await this.unitName(unitId)} nằm ngoài phạm vi của ${await this.unitName(principal.unitId)} (unit ${unitId} is outside your scope)`,
      );
    }
  }

  /**
   * An issuer manages the directives of their organisation: their own unit and the units
   * below it, where an office (văn phòng) works for the unit above it, so the People's
   * Committee's office issues for the People's Committee, a department's clerk only for
   * that department.
   */
  async assertIssuerOf(principal: Principal, issuerUnitId: string): Promise<void> {
    if (principal.role === 'admin') return;
    const chart = await this.chart();
    const own = chart ? findUnit(chart, principal.unitId) : undefined;
    const organisation = own?.kind === 'office' && own.parentId ? own.parentId : principal.unitId;
    const managed = chart ? descendantUnitIds(chart, organisation) : [organisation];
    if (!managed.includes(issuerUnitId)) {
      throw new ForbiddenException(
        `Văn bản của ${await this.unitName(issuerUnitId, chart)} không thuộc cơ quan của ${await this.unitName(principal.unitId, chart)} (not your organisation's directive: ${issuerUnitId})`,
      );
    }
  }
}

import {
  civilServiceCalendar,
  toEpochMs,
  toIsoInstant,
  vnDateOf,
  versionInForce,
  type OrgChartVersion,
  type WorkingCalendar,
} from '@dondoc/domain';
import type { ReportSourceReader } from '@dondoc/persistence';
import { windowAssessments, type AssessmentSource } from '../assessments/window-assessments';
import { computeReport, type Report, type ReportScope } from '../compute/compute-report';
import { reportTasksOf } from '../compute/report-tasks-of';
import { parseWindow } from '../compute/report-window';
import { issuerOf, type DocumentIssuer } from '../render/document-issuer';
import { renderReportCsv } from '../render/report.csv';
import { renderReportDocx } from '../render/report.docx';
import { renderReportXlsx } from '../render/report.xlsx';
import type { ReportFormat, ReportRequest } from './report-request.schema';

// Reads what a report needs, computes it and renders it: the one path the API and the CLI
// share. The org chart is the version in force at the report's date (names, order, the
// issuing People's Committee and its chairman).

export interface ReportDeps {
  readonly source: Pick<ReportSourceReader, 'read'>;
  readonly orgCharts: { charts(): Promise<OrgChartVersion[]> };
  readonly calendar?: WorkingCalendar;
  readonly now?: () => Date;
  /** The assessors' input (general points, objective causes, quality verdicts, forcing cases); absent: none entered. */
  readonly assessments?: AssessmentSource;
}

/** A request that names something that does not exist (the API answers 404). */
export class ReportSubjectNotFound extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportSubjectNotFound';
  }
}

export interface BuiltReport {
  readonly report: Report;
  readonly issuer: DocumentIssuer;
}

export async function buildReport(
  deps: ReportDeps,
  request: Omit<ReportRequest, 'view'>,
  progress?: (message: string) => void,
): Promise<BuiltReport> {
  const window = parseWindow(request.period);
  if (!window) throw new RangeError(`period ${request.period}`);
  const now = (deps.now ?? (() => new Date()))();
  // Default: the window's end, or now while the window is still running.
  const asOf = request.asOf ? toIsoInstant(toEpochMs(request.asOf)) : toIsoInstant(Math.min(now.getTime(), toEpochMs(window.endsAt)));
  const scope: ReportScope =
    request.scope === 'unit'
      ? { kind: 'unit', unitId: request.unitId ?? '' }
      : request.scope === 'directive'
        ? { kind: 'directive', directiveId: request.directiveId ?? '' }
        : { kind: 'province' };

  const chart = versionInForce(await deps.orgCharts.charts(), vnDateOf(asOf));
  if (scope.kind === 'unit' && chart && !chart.units.some((u) => u.id === scope.unitId)) {
    throw new ReportSubjectNotFound(`Không có đơn vị ${scope.unitId} trong sơ đồ tổ chức ngày ${vnDateOf(asOf)} (unknown unit)`);
  }
  progress?.('Đang đọc nhiệm vụ từ mô hình đọc…');
  const source = await deps.source.read(scope, (n) => progress?.(`Đã đọc ${n} nhiệm vụ`));
  if (scope.kind === 'directive' && !source.directives.some((d) => d.id === scope.directiveId)) {
    throw new ReportSubjectNotFound(`Không có văn bản ${scope.directiveId} (unknown directive)`);
  }
  const assessed = deps.assessments ? await windowAssessments(deps.assessments, window) : undefined;
  progress?.(`Đang tính số liệu ${window.label} (${source.snapshots.length} nhiệm vụ)…`);
  const report = computeReport({
    scope,
    window,
    asOf,
    tasks: reportTasksOf(source.snapshots, source.directives),
    units: (chart?.units ?? []).map((u) => ({ id: u.id, name: u.name })),
    directives: source.directives.map((d) => ({ id: d.id, number: d.number, date: d.date, subject: d.subject })),
    ruleId: request.rule,
    calendar: deps.calendar ?? civilServiceCalendar,
    assessments: assessed?.inputs,
    closedAssessments: assessed?.closed,
    frozenDecreeGrades: assessed?.frozen,
    // The 20% quota counts among units of the same parent agency and kind (sở with sở, xã with xã).
    quotaGroups: new Map((chart?.units ?? []).map((u) => [u.id, `${u.parentId ?? 'goc'}|${u.kind}`])),
  });
  return { report, issuer: issuerOf(chart) };
}

export const REPORT_CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
};

/** 'bao-cao-2022-03-toan-tinh.xlsx': ASCII, so every browser and mail client keeps it. */
export function reportFileName(r: Report, format: ReportFormat, table?: string): string {
  const who = r.scope.kind === 'province' ? 'toan-tinh' : r.scope.kind === 'unit' ? r.scope.unitId : r.scope.directiveId;
  const slug = who.replace(/[^A-Za-z0-9-]+/g, '-');
  return `bao-cao-${r.window.key}-${slug}${format === 'csv' && table && table !== 'summary' ? `-${table}` : ''}.${format}`;
}

export async function renderReport(
  built: BuiltReport,
  format: Exclude<ReportFormat, 'json'>,
  table: ReportRequest['table'] = 'summary',
): Promise<Buffer> {
  switch (format) {
    case 'xlsx':
      return renderReportXlsx(built.report);
    case 'docx':
      return renderReportDocx(built.report, built.issuer);
    case 'csv':
      return Buffer.from(renderReportCsv(built.report, table), 'utf8');
  }
}

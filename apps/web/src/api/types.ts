// Shapes of the API answers the pages read (the directive and audit APIs' OpenAPI documents
// at /docs-json are the reference; only the fields used here are named).
export type Role = 'issuer' | 'unit-head' | 'assignee' | 'leader' | 'auditor' | 'admin';

export interface SignedInUser {
  userId: string;
  name: string;
  role: Role;
  unitId: string;
  title: string | null;
}

export interface OrgUnitNode {
  id: string;
  name: string;
  children: OrgUnitNode[];
}

export interface DirectiveView {
  id: string;
  number: string;
  date: string;
  subject: string;
  status: 'draft' | 'issued' | 'withdrawn';
  issuerUnitId: string;
  issuedAt?: string | null;
  tasks: { itemRef: string; text: string; leadUnitIds: string[] }[];
  progress: {
    tasks: number;
    following: number;
    completed: number;
    overdue: number;
    escalated: number;
    percentCompleted: number;
    byStatus: Record<string, number>;
  };
}

/** A row of GET /v1/directives: the directive without its tasks (GET /v1/directives/:id has them). */
export type DirectiveListItem = Omit<DirectiveView, 'tasks'>;

export interface TaskSummary {
  taskId: string;
  directiveId: string;
  directiveNumber: string;
  itemRef: string;
  text: string;
  leadUnitId: string;
  /** The lead unit's name (the APIs name units beside their ids). */
  leadUnitName?: string;
  status: string;
  statusLabel: string;
  reportingLabel: string;
  overdue: boolean;
  escalationLevel: number;
  acknowledgeBy: string | null;
  dueAt: string | null;
}

/** A row of GET /v1/tasks?view=compact: what a list shows. */
export type CompactTask = Pick<
  TaskSummary,
  | 'taskId'
  | 'directiveId'
  | 'directiveNumber'
  | 'itemRef'
  | 'text'
  | 'leadUnitId'
  | 'leadUnitName'
  | 'status'
  | 'statusLabel'
  | 'overdue'
  | 'acknowledgeBy'
  | 'dueAt'
>;

export interface TaskSnapshot extends TaskSummary {
  timeline: { at: string; kind: string; text: string; by?: string }[];
  reports?: { percent: number; note: string; at: string }[];
}

export interface ImportedTask {
  ref: string;
  text: string;
  lines: [number, number] | null;
  leadUnitIds: string[];
  recurrence: { every: string; until?: string } | null;
  deadline: unknown;
  notes?: string[];
}

export interface ImportAnswer {
  document: {
    reference: string;
    subject: string;
    tasks: ImportedTask[];
    warnings: { code: string; message: string; lines?: [number, number] }[];
  };
  draft?: { number: string; date: string; subject: string; issuerUnitId: string; tasks: unknown[] } & Record<string, unknown>;
  notes?: string[];
  problems?: string[];
}

export interface InboxNotice {
  _id: string;
  directiveNumber?: string;
  kind: string;
  subject: string;
  body: string;
  taskId: string;
  createdAt: string;
  readAt: string | null;
}

export interface ReportCounts {
  total: number;
  due: number;
  doneOnTime: number;
  doneAfterExtension: number;
  doneLate: number;
  overdue: number;
  notDue: number;
  onTimeRate: number | null;
}

/** The official taxonomy of one obligation (libs/reports ItemOutcome). */
export type ItemOutcome = 'done_on_time' | 'done_on_time_after_extension' | 'done_late' | 'overdue' | 'not_due';

export interface ReportItem {
  taskId: string;
  directiveId: string;
  directiveNumber: string;
  itemRef: string;
  text: string;
  unitId: string;
  period: string | null;
  /** 'YYYY-MM' of the due day: the matrix column. */
  month: string;
  dueAt: string | null;
  submittedAt: string | null;
  outcome: ItemOutcome;
  workingDaysLate: number | null;
  ruleId: string;
  escalationLevel: number;
  closed: boolean;
}

/** A unit's grade as the report computes it (shown as given: the web app never grades). */
export interface UnitGrade {
  unitId: string;
  unitName: string;
  ruleId: string;
  ruleSource?: string;
  grade: string | null;
  label: string;
  measure: number | null;
  explanation?: string;
  provisional?: boolean;
  [more: string]: unknown;
}

export interface Report {
  asOf: string;
  window: { key: string; label: string; months: string[] };
  totals: ReportCounts;
  byUnit: { id: string; name: string; counts: ReportCounts }[];
  matrix: { months: string[]; rows: { unitId: string; unitName: string; cells: ReportCounts[]; total: ReportCounts }[] };
  grades: UnitGrade[];
  decreeGrades: UnitDecreeGrade[];
  overdue: ReportItem[];
  items: ReportItem[];
}

/** The numbers of a period without its items (GET /v1/reports/summary): from the counts read model "now", computed for a past date. */
export interface ReportSummary {
  asOf: string;
  window: { key: string; label: string; months: string[] };
  source: 'counts' | 'computed';
  totals: ReportCounts;
  escalationsWaiting: number;
  byUnit: Report['byUnit'];
  matrix: Report['matrix'];
}

/** One page of the items behind a number (GET /v1/reports/summary/items). */
export interface ReportItemsPage {
  asOf: string;
  total: number;
  items: ReportItem[];
}

export interface DirectiveVerification {
  directiveId: string;
  ok: boolean;
  chain: { entries: number; firstProblem: { kind: string; seq: number; message: string } | null };
  histories: { checked: number; mismatched: unknown[] };
}

/** A published working calendar version as listed (GET /v1/calendar-versions). */
export interface CalendarVersionSummary {
  sequence: number;
  version: string;
  description: string;
  notice: string;
  publishedAt: string;
  publishedBy: string;
}

/** What a year's announcement says (the API's calendar data, per year). */
export interface AnnouncedYear {
  source: string;
  tetFirstDay?: string;
  nationalDayAdjacent: string;
  swaps?: { dayOff: string; makeUpOn: string; notice?: string }[];
  daysOff?: { date: string; name: string; notice: string }[];
}

/** One calendar version with its years (GET /v1/calendar-versions/current). */
export interface PublishedCalendar {
  sequence: number;
  notice: string;
  publishedAt: string;
  publishedBy: string;
  data: { version: string; description: string; weeklyRestDays: number[]; years: Record<string, AnnouncedYear> };
}

/** An org chart version as listed (GET /v1/org-chart-versions): units counted, succession in full. */
export interface OrgChartVersionSummary {
  chartId: string;
  version: number;
  name: string;
  validFrom: string;
  validTo: string | null;
  effectiveAt?: string;
  basis?: string[];
  units: number;
  succession: { unitId: string; successorIds: string[]; kind: 'merged' | 'split' | 'renamed'; basis: string }[];
}

/** An evidence file of a task (POST/GET /v1/tasks/{id}/files). */
export interface EvidenceFile {
  fileId: string;
  fileName: string;
  size: number;
  contentType: string;
  uploadedAt: string;
  uploadedBy: { userId: string; unitId: string };
}

// Audit views of a task (the audit API: /v1/audit/tasks/{id}/…, /v1/audit/replay).
export interface AuditTimeline {
  taskId: string;
  directiveId: string | null;
  directiveNumber: string | null;
  runs: number;
  archivedRuns: number;
  liveRunId: string | null;
  lines: { at: string; kind: string; text: string; by?: string; runId?: string }[];
}

export interface ArchivedRun {
  runId: string;
  runIndex: number;
  eventCount: number;
  closeType?: string | null;
  closedAt?: string | null;
  sha256: string;
  download: string;
}

export interface ReplayJob {
  jobId: string;
  status: 'running' | 'passed' | 'failed' | 'error';
  startedAt: string;
  finishedAt: string | null;
  progress: { done: number; total: number; events: number };
  report: {
    ok: boolean;
    total: number;
    failed: number;
    events: number;
    runs: {
      runId: string;
      runIndex: number;
      eventCount: number;
      intact: boolean;
      deterministic: boolean;
      divergence?: { eventId: number | null; eventType: string | null; message: string };
      error?: string;
    }[];
    chains: { taskId: string; linked: boolean; closed: boolean; ok: boolean; problem?: string }[];
  } | null;
  error: string | null;
}

export interface TaskStateAsOf {
  taskId: string;
  asOf: string;
  directiveNumber: string;
  leadUnitId: string;
  status: string;
  statusLabel: string;
  dueAt: string | null;
  overdue: boolean;
  escalationLevel: number;
  calendarVersion: string;
  orgChartVersion: string | null;
  source: { runId: string; runIndex: number; recordedAt: string; live: boolean };
  basis: { archivedRuns: number; liveRunId: string | null; complete: boolean };
  timeline: { at: string; kind: string; text: string; by?: string }[];
}

// --- Evaluation by the decree in force (GET /v1/evaluations/units/{unitId}/periods/{period}) ---

export interface CalculationLine {
  step: string;
  text: string;
  value: number | string | null;
  source: string;
}

export interface ItemScore {
  /** `<taskId>|<period key>` for a duty's period, `<taskId>` for a one-off task. */
  key: string;
  label: string;
  dueOn: string;
  quantity: number;
  quality: number;
  progress: number;
  deductions: { criterion: 'quality' | 'progress'; percent: number; reason: string; source: string }[];
  waivers: { criterion: 'quality' | 'progress'; reason: string; source: string }[];
  note: string;
}

export interface DecreeEvaluation {
  decree: 'nd335-2025' | 'nd90-2020';
  ruleId: string;
  source: string;
  items: ItemScore[];
  subtotals: Record<string, number | null>;
  score: number | null;
  grade: string | null;
  label: string;
  decidedBy: 'points' | 'criteria' | 'forcing-case' | 'quota' | null;
  lines: CalculationLine[];
}

export interface DecreePart {
  decree: 'nd335-2025' | 'nd90-2020';
  from: string;
  to: string;
  evaluation: DecreeEvaluation;
  /** Why this decree (the API's words); absent in reports. */
  reason?: string;
}

export interface GeneralCriterion {
  id: string;
  label: string;
  max: number;
  source: string;
}

/** A delay a competent authority confirmed had an objective cause: the item's progress is not deducted. */
export interface ObjectiveCause {
  itemKey: string;
  /** The confirming document (số, ngày, cơ quan). */
  reference: string;
}

/** The issuer's verdict on an item's quality: each major error not excused takes 25 % of its quality points. */
export interface QualityVerdict {
  itemKey: string;
  majorErrors: number;
  objectiveCauseReference?: string;
  exceeded?: boolean;
  note?: string;
}

/** The body of PUT …/assessment: the whole assessment at the revision seen. */
export interface AssessmentInput {
  revision: number;
  generalPoints?: number;
  generalCriteria?: Record<string, number>;
  objectiveCauses: ObjectiveCause[];
  qualityVerdicts: QualityVerdict[];
  forcingCases: unknown[];
}

export interface StoredAssessment {
  status: 'open' | 'closed';
  revision: number;
  input: Partial<Omit<AssessmentInput, 'revision'>>;
  updatedAt: string;
  updatedBy: string;
  updatedByName?: string;
  closedAt?: string;
  closedBy?: string;
  /** The closing person's name in the directory (the id when unknown). */
  closedByName?: string;
}

/** An item the assessor may name, with what dondoc knows of it (none once the period is closed). */
export interface AssessableItem {
  key: string;
  label: string;
  dueOn: string;
  completed: boolean;
  late: boolean;
  extended: boolean;
}

export interface DecreeCalculation {
  unitId: string;
  unitName: string;
  period: string;
  asOf: string;
  status: 'not-assessed' | 'open' | 'closed';
  frozen: boolean;
  provisional: boolean;
  revision: number;
  assessment: StoredAssessment | null;
  parts: DecreePart[];
  generalCriteria: GeneralCriterion[];
  canAssess: boolean;
  items: AssessableItem[];
}

/** A unit's grade under the decree(s) of a report's window. */
export interface UnitDecreeGrade {
  unitId: string;
  unitName: string;
  parts: DecreePart[];
  provisional: boolean;
  frozen?: boolean;
}

import type { DirectiveDraft } from '@dondoc/contracts';
import type { TaskSnapshot } from '@dondoc/task-follow-up';
import type { Connection } from 'mongoose';
import { DirectiveRepository } from '../directives/directive.repository';
import { TaskReadModelRepository } from '../tasks/task-read-model.repository';

// What a report reads: the task read model's snapshots in its scope and the directives
// they belong to (without their outboxes). Streamed with a cursor, so the whole province
// is read in one pass without holding the query open per row.

export type ReportSourceScope =
  { kind: 'province' } | { kind: 'unit'; unitId: string } | { kind: 'directive'; directiveId: string; unitId?: string };

export interface ReportSource {
  snapshots: TaskSnapshot[];
  directives: (Pick<DirectiveDraft, 'number' | 'date' | 'subject' | 'tasks' | 'issuerUnitId' | 'signer'> & {
    id: string;
    status: string;
  })[];
}

export const REPORT_SOURCE = Symbol('ReportSourceReader');

export class ReportSourceReader {
  private readonly tasks: TaskReadModelRepository;
  private readonly directives: DirectiveRepository;

  constructor(connection: Connection) {
    this.tasks = new TaskReadModelRepository(connection);
    this.directives = new DirectiveRepository(connection);
  }

  async read(scope: ReportSourceScope, onProgress?: (rows: number) => void): Promise<ReportSource> {
    if (scope.kind === 'directive' && scope.unitId) return this.readUnitOfDirective(scope.directiveId, scope.unitId);
    // Served by the read model's indexes: {unitIds, status} for a unit, {directiveId, itemRef,
    // leadUnitId} for a directive and, walked in its order, for the whole province.
    // A unit's report counts the tasks it leads; unitIds also holds the units supporting.
    const query = scope.kind === 'unit' ? { unitIds: scope.unitId } : scope.kind === 'directive' ? { directiveId: scope.directiveId } : {};
    const keep = (s: TaskSnapshot) => (scope.kind === 'unit' ? s.leadUnitId === scope.unitId : true);
    const cursor = this.tasks.model
      .find(query, { snapshot: 1 })
      .sort(scope.kind === 'unit' ? { unitIds: 1, status: 1 } : { directiveId: 1, itemRef: 1, leadUnitId: 1 })
      .lean<{ snapshot: TaskSnapshot }[]>()
      .cursor();
    const snapshots: TaskSnapshot[] = [];
    let read = 0;
    for await (const row of cursor) {
      if (keep(row.snapshot)) snapshots.push(row.snapshot);
      if (onProgress && ++read % 50 === 0) onProgress(read);
    }
    onProgress?.(snapshots.length);
    // A unit's index walk leaves its rows in projection order within one status: put them in
    // the province's order, so a calculation lists its items the same way every time.
    if (scope.kind === 'unit') snapshots.sort(byDirectiveItemUnit);
    const ids = [...new Set(snapshots.map((s) => s.directiveId).concat(scope.kind === 'directive' ? [scope.directiveId] : []))];
    const docs = ids.length ? await this.directives.model.find({ _id: { $in: ids } }, DIRECTIVE_FIELDS).lean<DirectiveRow[]>() : [];
    return { snapshots, directives: docs.map(rowToDirective) };
  }

  /**
   * The rows whose report items carry one of these keys ('YYYY-MM|class', or
   * 'unitId|YYYY-MM|class' for one lead unit: the dashboard's drill-down into one number, by
   * the {reportKeys, …} index), with their directives: a report over exactly the rows a number
   * can count.
   */
  async readByReportKeys(keys: readonly string[]): Promise<ReportSource> {
    const rows = await this.tasks.model.find({ reportKeys: { $in: [...keys] } }, { snapshot: 1 }).lean<{ snapshot: TaskSnapshot }[]>();
    return this.withDirectives(rows.map((r) => r.snapshot).sort(byDirectiveItemUnit));
  }

  /**
   * A batch of the rows at one escalation level whose items carry one of these keys (the
   * escalations waiting: 'YYYY-MM|escalated'), the earliest deadline first: the dashboard's list
   * a page at a time, walked by the {reportKeys, escalationLevel, dueAt, _id} index, instead of
   * every escalated row of the province (8,556 of 100,000 in the WEB benchmark: 10 to 22 s).
   */
  async readEscalatedByReportKeys(keys: readonly string[], level: number, skip: number, limit: number): Promise<ReportSource> {
    const rows = await this.tasks.model
      .find({ reportKeys: { $in: [...keys] }, escalationLevel: level }, { snapshot: 1 })
      .sort({ dueAt: 1, _id: 1 })
      .skip(skip)
      .limit(limit)
      .lean<{ snapshot: TaskSnapshot }[]>();
    return this.withDirectives(rows.map((r) => r.snapshot));
  }

  private async withDirectives(snapshots: TaskSnapshot[]): Promise<ReportSource> {
    const ids = [...new Set(snapshots.map((s) => s.directiveId))];
    const docs = ids.length ? await this.directives.model.find({ _id: { $in: ids } }, DIRECTIVE_FIELDS).lean<DirectiveRow[]>() : [];
    return { snapshots, directives: docs.map(rowToDirective) };
  }

  /**
   * One directive as a report sees it (no outbox), or null. `itemsOnly`: of its items only
   * `itemRef` and `escalation` (a national item lists 3,321 lead units: what an
   * escalation's letter level needs is a few bytes of it).
   */
  async directive(directiveId: string, options: { itemsOnly?: boolean } = {}): Promise<ReportSource['directives'][number] | null> {
    const fields = options.itemsOnly ? ITEM_LEVEL_FIELDS : DIRECTIVE_FIELDS;
    const row = await this.directives.model.findById(directiveId, fields).lean<DirectiveRow>();
    return row ? rowToDirective(row) : null;
  }

  /**
   * The tasks one unit leads under one directive (a prompting letter's source): one exact
   * lookup of {directiveId, itemRef, leadUnitId} per item of the directive, not every task
   * of the directive (a national directive has ~20,000; the notifier asked for them once
   * per escalation).
   */
  private async readUnitOfDirective(directiveId: string, unitId: string): Promise<ReportSource> {
    const directive = await this.directive(directiveId);
    if (!directive) return { snapshots: [], directives: [] };
    const itemRefs = [...new Set(directive.tasks.map((t) => t.itemRef))];
    const rows = await Promise.all(
      itemRefs.map((itemRef) =>
        this.tasks.model.find({ directiveId, itemRef, leadUnitId: unitId }, { snapshot: 1 }).lean<{ snapshot: TaskSnapshot }[]>(),
      ),
    );
    return { snapshots: rows.flat().map((r) => r.snapshot), directives: [directive] };
  }
}

/** The order of the {directiveId, itemRef, leadUnitId} index (binary string order, as the store compares). */
function byDirectiveItemUnit(a: TaskSnapshot, b: TaskSnapshot): number {
  return cmp(a.directiveId, b.directiveId) || cmp(a.itemRef, b.itemRef) || cmp(a.leadUnitId, b.leadUnitId);
}
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type DirectiveRow = ReportSource['directives'][number] & { _id: string };

const DIRECTIVE_FIELDS = { number: 1, date: 1, subject: 1, tasks: 1, issuerUnitId: 1, signer: 1, status: 1 };
const ITEM_LEVEL_FIELDS = { number: 1, date: 1, subject: 1, 'tasks.itemRef': 1, 'tasks.escalation': 1, issuerUnitId: 1, status: 1 };

function rowToDirective({ _id, ...d }: DirectiveRow & { id?: string }): ReportSource['directives'][number] {
  return { ...d, id: _id };
}

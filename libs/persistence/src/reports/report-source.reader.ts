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
    // Served by the read model's indexes: {unitIds, status} for a unit, {directiveId, itemRef,
    // leadUnitId} for a directive and, walked in its order, for the whole province.
    // A unit's report counts the tasks it leads; unitIds also holds the units supporting.
    const query = scope.kind === 'unit' ? { unitIds: scope.unitId } : scope.kind === 'directive' ? { directiveId: scope.directiveId } : {};
    const keep = (s: TaskSnapshot) =>
      scope.kind === 'unit'
        ? s.leadUnitId === scope.unitId
        : scope.kind === 'directive' && scope.unitId
          ? s.leadUnitId === scope.unitId
          : true;
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
    const ids = [...new Set(snapshots.map((s) => s.directiveId).concat(scope.kind === 'directive' ? [scope.directiveId] : []))];
    const docs = ids.length
      ? await this.directives.model
          .find({ _id: { $in: ids } }, { number: 1, date: 1, subject: 1, tasks: 1, issuerUnitId: 1, signer: 1, status: 1 })
          .lean<(ReportSource['directives'][number] & { _id: string })[]>()
      : [];
    return { snapshots, directives: docs.map(({ _id, ...d }) => ({ ...d, id: _id })) };
  }
}

import type { AuditTrailWriter } from '@dondoc/audit';
import { PROMPTING_LETTER_STORE, LetterRevisionConflict, type PromptingLetterStore } from '@dondoc/persistence';
import { letterParagraphs, type LetterEdit, type PromptingLetter } from '@dondoc/reports';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { UnitScopeService } from '../auth/unit-scope.service';
import { ConflictError, NotFoundError } from '../common/not-found.error';

export const LETTER_AUDIT_TRAIL = Symbol('LetterAuditTrail');

/** Prompting letters as the issuer works with them: read, edit the draft, mark it sent; every change audited. */
@Injectable()
export class LettersService {
  constructor(
    @Inject(PROMPTING_LETTER_STORE) private readonly letters: PromptingLetterStore,
    @Inject(LETTER_AUDIT_TRAIL) private readonly trail: AuditTrailWriter,
    private readonly scope: UnitScopeService,
  ) {}

  async list(
    p: Principal,
    q: { directiveId?: string; unitId?: string; status?: 'draft' | 'sent'; limit: number; offset: number; direction: 1 | -1 },
  ): Promise<{ items: PromptingLetter[]; total: number }> {
    let unitIds = await this.scope.unitsOf(p);
    if (q.unitId) {
      await this.scope.assertUnit(p, q.unitId);
      unitIds = [q.unitId];
    }
    const filter = { directiveId: q.directiveId, unitIds, status: q.status };
    const [items, total] = await Promise.all([
      this.letters.list<PromptingLetter>({ ...filter, limit: q.limit, offset: q.offset, direction: q.direction }),
      this.letters.count(filter),
    ]);
    return { items, total };
  }

  async get(p: Principal, id: string): Promise<PromptingLetter & { text: ReturnType<typeof letterParagraphs> }> {
    const letter = await this.letters.find<PromptingLetter>(id);
    // A letter outside the caller's units is reported as absent, as tasks are.
    if (!letter || !(await this.scope.canSeeUnit(p, letter.unitId))) throw new NotFoundError(`Không có công văn ${id} (no such letter)`);
    return { ...letter, text: letterParagraphs(letter) };
  }

  async edit(p: Principal, id: string, e: LetterEdit, requestId: string): Promise<PromptingLetter> {
    const current = await this.get(p, id);
    const changes: Record<string, unknown> = {};
    for (const field of ['number', 'date', 'newDueDate', 'note', 'addressee', 'signer', 'recipients'] as const) {
      if (e[field] !== undefined) changes[field] = e[field];
    }
    if (e.removeTaskIds) changes.tasks = current.tasks.filter((t) => !e.removeTaskIds?.includes(t.taskId));
    const at = new Date().toISOString();
    const updated = await this.conflicts(() => this.letters.edit<PromptingLetter>(id, e.revision, changes, at));
    await this.audit(p, updated, 'letter.edited', at, requestId, `${id}:r${updated.revision}`, {
      changed: Object.keys(changes),
      revision: updated.revision,
    });
    return updated;
  }

  async markSent(p: Principal, id: string, revision: number, requestId: string): Promise<PromptingLetter> {
    await this.get(p, id);
    const at = new Date().toISOString();
    const sent = await this.conflicts(() => this.letters.markSent<PromptingLetter>(id, revision, p.userId, at));
    await this.audit(p, sent, 'letter.sent', at, requestId, `${id}:sent`, {
      number: sent.number,
      date: sent.date,
      unitId: sent.unitId,
      tasks: sent.tasks.length,
    });
    return sent;
  }

  private async conflicts<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (e) {
      if (e instanceof LetterRevisionConflict) throw new ConflictError(e.message);
      throw e;
    }
  }

  private async audit(
    p: Principal,
    l: PromptingLetter,
    what: string,
    when: string,
    requestId: string,
    sourceId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.trail.append({
      directiveId: l.directiveId,
      taskId: null,
      who: p.userId,
      role: p.role,
      unit: p.unitId,
      what,
      when,
      requestId,
      sourceId: `letter:${sourceId}`,
      details: { letterId: l.id, ...details },
    });
  }
}

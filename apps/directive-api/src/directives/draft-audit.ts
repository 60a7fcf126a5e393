import { canonicalJson, sha256Hex, type AuditEntryInput } from '@dondoc/audit';
import type { Actor, DirectiveDraft } from '@dondoc/contracts';

/** What happens to a draft that the audit trail records (an edit route, when one lands, appends `directive.draft-edited`). */
export type DraftAction = 'directive.drafted' | 'directive.draft-edited';

/**
 * A draft's creation (or edit) as an entry of its directive's audit chain: who, when, and the
 * SHA-256 of the draft's canonical JSON, so an auditor can tell later which text was
 * drafted and whether the issued directive is that text. Keyed by the draft's content, so
 * a retried request is recorded once.
 */
export function draftAuditEntry(input: {
  directiveId: string;
  draft: DirectiveDraft;
  actor: Actor;
  at: string;
  action: DraftAction;
  requestId?: string | null;
}): AuditEntryInput {
  const { number, date, subject, issuerUnitId, tasks } = input.draft;
  const draftSha256 = sha256Hex(canonicalJson({ number, date, subject, issuerUnitId, signer: input.draft.signer ?? null, tasks }));
  return {
    directiveId: input.directiveId,
    taskId: null,
    who: input.actor.userId,
    role: input.actor.role,
    unit: input.actor.unitId ?? 'unknown',
    what: input.action,
    when: input.at,
    requestId: input.requestId ?? null,
    sourceId: `directive:${input.directiveId}:${input.action}:${draftSha256}`,
    details: { number, date, subject, issuerUnitId, taskCount: tasks.length, draftSha256 },
  };
}

import type { AuditCheckpoint, AuditEntry } from '../trail/audit-entry.types';
import { verifyChain } from '../trail/chain-verifier';
import type { MongoAuditTrail } from '../trail/mongo-audit-trail';
import type { AuditSealChecker } from './audit-seal';
import { SEALING_BEGAN_WHAT, sealingBegan, sealingBeganInput } from './sealing-began';

// Adopting chains written before sealing (see sealing-began.ts). Adoption trusts the chain
// as it stands at that moment, so it refuses what already looks tampered with: a broken
// hash chain, or an entry without a seal after a sealed one (sealing had begun, so that
// entry was added without the key). Idempotent: an adopted chain is left as it is.

export type SealingPlan =
  | { action: 'adopt'; through: { seq: number; hash: string } }
  | { action: 'none'; reason: 'sealed' | 'adopted' | 'empty' }
  | { action: 'refuse'; message: string };

export function planSealing(
  directiveId: string,
  entries: AuditEntry[],
  checkpoints: AuditCheckpoint[],
  checker: AuditSealChecker,
): SealingPlan {
  if (entries.length === 0) return { action: 'none', reason: 'empty' };
  if (entries.some((e) => e.what === SEALING_BEGAN_WHAT)) {
    if (sealingBegan(directiveId, entries, checker)) return { action: 'none', reason: 'adopted' };
    return {
      action: 'refuse',
      message: `Chuỗi nhật ký của văn bản ${directiveId} đã có mục "bắt đầu ký" nhưng mục đó không hợp lệ (sai chữ ký hoặc bị sửa): không bắt đầu ký lại (the chain has a "sealing began" entry that does not verify; not adopted again).`,
    };
  }
  const hashes = verifyChain({ directiveId, entries, checkpoints });
  if (!hashes.ok) {
    const p = hashes.firstProblem;
    return {
      action: 'refuse',
      message: `Không bắt đầu ký chuỗi nhật ký của văn bản ${directiveId}: chuỗi băm đã hỏng từ trước, mục ${p?.seq ?? '?'} (${p?.kind ?? '?'}): ${p?.message ?? ''} Hãy điều tra trước khi ký (cannot adopt: the hash chain is already broken; investigate first).`,
    };
  }
  const sealed = (e: AuditEntry) => checker.holds(directiveId, e.seq, e.hash, e.seal);
  const lastUnsealed = entries.findLast((e) => !sealed(e));
  if (!lastUnsealed) return { action: 'none', reason: 'sealed' };
  const sealedBefore = entries.find((e) => e.seq < lastUnsealed.seq && sealed(e));
  if (sealedBefore) {
    return {
      action: 'refuse',
      message: `Không bắt đầu ký chuỗi nhật ký của văn bản ${directiveId}: mục ${lastUnsealed.seq} không có chữ ký hợp lệ nhưng nằm sau mục đã ký ${sealedBefore.seq}, tức là được thêm vào khi đã bắt đầu ký mà không có khóa (cannot adopt: entry ${lastUnsealed.seq} is unsealed but follows sealed entry ${sealedBefore.seq}).`,
    };
  }
  return { action: 'adopt', through: { seq: lastUnsealed.seq, hash: lastUnsealed.hash } };
}

export interface SealExistingOutcome {
  directiveId: string;
  outcome: 'adopted' | 'refused';
  /** For `adopted`: entries 1..through verify by hash only. */
  through?: number;
  message: string;
}

/**
 * Adopts every chain that still has entries without a seal and no "sealing began" entry.
 * `trail` must seal with the key `checker` checks (the marker it appends is checked).
 */
export async function sealExistingChains(
  trail: MongoAuditTrail,
  checker: AuditSealChecker,
  now: () => Date = () => new Date(),
): Promise<SealExistingOutcome[]> {
  const outcomes: SealExistingOutcome[] = [];
  for (const directiveId of await trail.directiveIdsToAdopt()) {
    const entries = await trail.entries(directiveId);
    const plan = planSealing(directiveId, entries, await trail.checkpoints(directiveId), checker);
    if (plan.action === 'none') continue;
    if (plan.action === 'refuse') {
      outcomes.push({ directiveId, outcome: 'refused', message: plan.message });
      continue;
    }
    const marker = await trail.append(sealingBeganInput(directiveId, plan.through, checker.keyId, now().toISOString()));
    if (!checker.holds(directiveId, marker.seq, marker.hash, marker.seal)) {
      throw new Error(
        `Mục "bắt đầu ký" của ${directiveId} không được ký bằng khóa ${checker.keyId}: tiến trình này không giữ khóa ký (this process does not hold the signing key).`,
      );
    }
    const through = (marker.details as { hashOnlyThrough: number }).hashOnlyThrough;
    outcomes.push({
      directiveId,
      outcome: 'adopted',
      through,
      message: `Đã bắt đầu ký chuỗi nhật ký của văn bản ${directiveId}: mục 1–${through} (ghi trước khi ký) được bảo đảm bằng chữ ký của mục ${marker.seq} (sealing began at entry ${marker.seq}; entries 1–${through} verify by hash).`,
    });
  }
  return outcomes;
}

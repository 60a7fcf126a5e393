import type { AuditCheckpoint, AuditEntry } from './audit-entry.types';
import type { ChainProblem, ChainVerification } from './chain-verification.types';
import { chainHash, genesisHash } from './hash-chain';
import type { AuditSealChecker, Seal } from '../signing/audit-seal';
import { sealingBegan } from '../signing/sealing-began';

// Walks a directive's chain in seq order and names the first entry that breaks it. The
// walk stops there: after a break every later entry fails too, which says nothing new.
// Each entry carries its seq inside the hashed content, so a genuine entry moved to
// another seq can be recognised (its hash fits another seq), which tells a swap, a
// renumbered deletion and a renumbered insertion apart from a plain edit.

export interface VerifyChainInput {
  directiveId: string;
  /** As stored, sorted by seq ascending. */
  entries: AuditEntry[];
  checkpoints?: AuditCheckpoint[];
  /** A head kept outside the database (the heads topic, an auditor's export): detects a cut tail. */
  expectedHead?: { seq: number; hash: string; seal?: Seal };
  /** The seal key's public half: every entry, checkpoint and kept head must carry its signature. */
  checker?: AuditSealChecker | null;
}

export function verifyChain({ directiveId, entries, checkpoints = [], expectedHead, checker }: VerifyChainInput): ChainVerification {
  const problems: ChainProblem[] = [];
  const walkProblem = walk(directiveId, entries);
  if (walkProblem) problems.push(walkProblem);
  // A chain written before sealing was adopted: its entries up to the adoption verify by hash.
  const hashOnlyThrough = checker ? (sealingBegan(directiveId, entries, checker)?.hashOnlyThrough ?? 0) : 0;
  const sealProblem = checker
    ? unsealed(
        directiveId,
        entries.filter((e) => e.seq > hashOnlyThrough),
        checker,
        entries,
      )
    : undefined;
  if (sealProblem) problems.push(sealProblem);

  const bySeq = new Map(entries.map((e) => [e.seq, e]));
  const lastSeq = entries.at(-1)?.seq ?? 0;
  const allAnchors = [
    ...checkpoints.map((c) => ({ seq: c.seq, hash: c.hash, seal: c.seal, what: 'điểm kiểm tra' })),
    ...(expectedHead ? [{ ...expectedHead, what: 'đầu chuỗi đã ghi nhận' }] : []),
  ];
  // A checkpoint or head that the key did not sign proves nothing (it may be part of the rewrite),
  // except an old checkpoint of the adopted part: compared by hash like the entries it covers.
  const anchors = allAnchors.filter((a) => !checker || a.seq <= hashOnlyThrough || checker.holds(directiveId, a.seq, a.hash, a.seal));
  for (const bad of allAnchors.filter((a) => !anchors.includes(a))) {
    problems.push({
      kind: 'unsealed',
      seq: bad.seq,
      position: null,
      message: `${bad.what} số ${bad.seq} không có chữ ký hợp lệ của khóa ${checker?.keyId ?? ''} (anchor not signed by the seal key).`,
    });
  }
  for (const anchor of anchors.sort((a, b) => a.seq - b.seq)) {
    const entry = bySeq.get(anchor.seq);
    if (!entry && anchor.seq > lastSeq) {
      problems.push({
        kind: 'removed',
        seq: lastSeq + 1,
        position: null,
        message: `Mất các mục từ số ${lastSeq + 1}: ${anchor.what} số ${anchor.seq} không còn mục tương ứng (entries cut from the tail).`,
      });
    } else if (entry && entry.hash !== anchor.hash) {
      problems.push({
        kind: 'rewritten',
        seq: anchor.seq,
        position: entries.indexOf(entry),
        message: `Mã băm của mục ${anchor.seq} khác ${anchor.what}: chuỗi đến mục này đã bị tính lại (chain recomputed up to seq ${anchor.seq}).`,
      });
    }
  }
  problems.sort((a, b) => a.seq - b.seq);
  const last = entries.at(-1);
  return {
    directiveId,
    ok: problems.length === 0,
    entries: entries.length,
    checkpointsChecked: checkpoints.length,
    sealsChecked: checker ? entries.filter((e) => e.seq > hashOnlyThrough).length : 0,
    hashOnlyThrough,
    head: last ? { seq: last.seq, hash: last.hash } : null,
    firstProblem: problems[0] ?? null,
    problems,
  };
}

/** The first entry without a valid seal: appended, or recomputed, without the key. */
function unsealed(directiveId: string, toCheck: AuditEntry[], checker: AuditSealChecker, entries: AuditEntry[]): ChainProblem | undefined {
  const bad = toCheck.filter((e) => !checker.holds(directiveId, e.seq, e.hash, e.seal));
  if (bad.length === 0) return undefined;
  const e = bad[0];
  const position = entries.indexOf(e);
  const why = e.seal ? 'chữ ký không hợp lệ' : 'không có chữ ký';
  return {
    kind: 'unsealed',
    seq: e.seq,
    position,
    message: `Mục ${e.seq} ${why} của khóa ${checker.keyId}: ${bad.length} mục được thêm hoặc tính lại mà không có khóa ký (${bad.length} entries appended or recomputed without the seal key).`,
  };
}

function walk(directiveId: string, entries: AuditEntry[]): ChainProblem | undefined {
  const stored = new Set(entries.map((e) => e.hash));
  const maxSeq = entries.reduce((m, e) => (Number.isFinite(e.seq) ? Math.max(m, e.seq) : m), 0);
  let expectedPrev = genesisHash(directiveId);
  let expectedSeq = 1;
  for (let p = 0; p < entries.length; p++) {
    const e = entries[p];
    if (!Number.isInteger(e.seq) || e.seq < expectedSeq) {
      return {
        kind: 'inserted',
        seq: e.seq,
        position: p,
        message: `Mục chèn thêm tại vị trí ${p + 1} (số thứ tự ${e.seq} không hợp lệ hoặc trùng; inserted entry).`,
      };
    }
    if (e.seq > expectedSeq) {
      return { kind: 'removed', seq: expectedSeq, position: null, message: `Thiếu mục số ${expectedSeq} (entry removed).` };
    }
    if (chainHash(e.prevHash, e) === e.hash) {
      if (e.prevHash === expectedPrev) {
        expectedPrev = e.hash;
        expectedSeq++;
        continue;
      }
      // The entry is intact but commits to a hash the entry before it no longer has: that
      // one was changed and its hash recomputed to hide it.
      const seq = p === 0 ? e.seq : entries[p - 1].seq;
      return {
        kind: 'edited',
        seq,
        position: p === 0 ? p : p - 1,
        message: `Mục ${seq} đã bị sửa và tính lại mã băm: mục ${e.seq} vẫn tham chiếu mã băm cũ (edited, hash recomputed).`,
      };
    }
    const belongsAt = genuineSeq(e, maxSeq);
    if (belongsAt === undefined) {
      const next = entries[p + 1];
      if (next && genuineSeq(next, maxSeq) === e.seq) {
        return {
          kind: 'inserted',
          seq: e.seq,
          position: p,
          message: `Mục ${e.seq} được chèn thêm; các mục sau bị đánh số lại (inserted entry).`,
        };
      }
      return { kind: 'edited', seq: e.seq, position: p, message: `Nội dung mục ${e.seq} đã bị sửa (hash mismatch: edited).` };
    }
    if (belongsAt > e.seq) {
      if (stored.has(e.prevHash)) {
        return {
          kind: 'reordered',
          seq: e.seq,
          position: p,
          belongsAt,
          message: `Thứ tự bị đảo: mục đang ở số ${e.seq} vốn là mục số ${belongsAt} (reordered).`,
        };
      }
      return {
        kind: 'removed',
        seq: e.seq,
        position: null,
        message: `Mục số ${e.seq} đã bị xóa và các mục sau bị đánh số lại (entry removed, later entries renumbered).`,
      };
    }
    // A genuine entry sits one or more places later than it was appended: something was put before it.
    const inserted = entries[p - 1];
    return {
      kind: 'inserted',
      seq: inserted?.seq ?? belongsAt,
      position: inserted ? p - 1 : null,
      message: `Mục ${inserted?.seq ?? belongsAt} được chèn thêm; các mục sau bị đánh số lại (inserted entry).`,
    };
  }
  return undefined;
}

/** The seq this entry was appended with, if it is genuine but stored under another one. */
function genuineSeq(e: AuditEntry, maxSeq: number): number | undefined {
  const fits = (seq: number) => seq !== e.seq && chainHash(e.prevHash, { ...e, seq }) === e.hash;
  for (const seq of [e.seq + 1, e.seq - 1]) if (seq >= 1 && fits(seq)) return seq;
  for (let seq = 1; seq <= maxSeq + 1; seq++) if (fits(seq)) return seq;
  return undefined;
}

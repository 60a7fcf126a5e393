import { generateKeyPairSync } from 'node:crypto';
import type { AuditEntry, AuditEntryInput } from '../trail/audit-entry.types';
import { verifyChain } from '../trail/chain-verifier';
import { chainHash, nextEntry } from '../trail/hash-chain';
import { AuditSealer } from './audit-seal';
import { planSealing } from './seal-existing';
import { sealingBeganInput } from './sealing-began';

// Chains written before sealing: adopted once by a sealed "sealing began" entry, after which
// the old entries verify by hash and everything after must be sealed.

const D = 'dir-legacy';
const key = new AuditSealer(generateKeyPairSync('ed25519').privateKey);
const otherKey = new AuditSealer(generateKeyPairSync('ed25519').privateKey);

const input = (i: number, who = `u${i}`): AuditEntryInput => ({
  directiveId: D,
  who,
  role: 'unit-head',
  unit: 'so-noi-vu',
  what: 'task.progress-reported',
  when: `2026-01-0${i % 10}T00:00:00.000Z`,
  details: { i },
});

function append(entries: AuditEntry[], entry: AuditEntryInput, sealer: AuditSealer | null = key): AuditEntry[] {
  const e = nextEntry(entries.at(-1), entry);
  return [...entries, sealer ? { ...e, seal: sealer.seal(D, e.seq, e.hash) } : e];
}

/** Entries 1..n as the trail wrote them before sealing existed. */
function legacy(n: number): AuditEntry[] {
  let out: AuditEntry[] = [];
  for (let i = 1; i <= n; i++) out = append(out, input(i), null);
  return out;
}

/** What `sealExistingChains` appends for a chain the plan adopts. */
function adopt(entries: AuditEntry[]): AuditEntry[] {
  const plan = planSealing(D, entries, [], key.checker);
  if (plan.action !== 'adopt') throw new Error(`expected adopt, got ${JSON.stringify(plan)}`);
  return append(entries, sealingBeganInput(D, plan.through, key.keyId, '2026-02-01T00:00:00.000Z'));
}

const verify = (entries: AuditEntry[]) => verifyChain({ directiveId: D, entries, checker: key.checker });

/** Recomputes every hash from `fromSeq` on, as someone with database access only can. */
function recompute(entries: AuditEntry[], fromSeq: number): AuditEntry[] {
  const out = entries.map((e) => ({ ...e }));
  for (let p = fromSeq - 1; p < out.length; p++) {
    out[p].prevHash = p === 0 ? out[p].prevHash : out[p - 1].hash;
    out[p].hash = chainHash(out[p].prevHash, out[p]);
  }
  return out;
}

describe('adopting chains written before sealing', () => {
  it('leaves a legacy chain unsealed until it is adopted', () => {
    expect(verify(legacy(4)).firstProblem).toMatchObject({ kind: 'unsealed', seq: 1 });
  });

  it('adopts a legacy chain with one sealed entry; the old entries then verify by hash', () => {
    const adopted = adopt(legacy(4));
    expect(adopted.at(-1)).toMatchObject({
      seq: 5,
      what: 'audit.sealing-began',
      details: { hashOnlyThrough: 4, hashAtThrough: adopted[3].hash, keyId: key.keyId },
    });
    const result = verify(adopted);
    expect(result).toMatchObject({ ok: true, hashOnlyThrough: 4, sealsChecked: 1 });
    const later = append(append(adopted, input(6)), input(7));
    expect(verify(later)).toMatchObject({ ok: true, hashOnlyThrough: 4, sealsChecked: 3 });
  });

  it('is idempotent: an adopted chain, or one sealed from the start, is left alone', () => {
    expect(planSealing(D, adopt(legacy(3)), [], key.checker)).toEqual({ action: 'none', reason: 'adopted' });
    expect(planSealing(D, append(append([], input(1)), input(2)), [], key.checker)).toEqual({ action: 'none', reason: 'sealed' });
    expect(planSealing(D, [], [], key.checker)).toEqual({ action: 'none', reason: 'empty' });
  });

  it('adopts the unsealed part only when sealed entries were appended after it', () => {
    const mixed = append(legacy(3), input(4));
    expect(planSealing(D, mixed, [], key.checker)).toEqual({ action: 'adopt', through: { seq: 3, hash: mixed[2].hash } });
    expect(verify(adopt(mixed))).toMatchObject({ ok: true, hashOnlyThrough: 3, sealsChecked: 2 });
  });

  it('catches a legacy entry rewritten after adoption, whether or not the hashes are recomputed', () => {
    const adopted = append(adopt(legacy(4)), input(6));
    const edited = adopted.map((e) => (e.seq === 2 ? { ...e, who: 'someone-else' } : e));
    expect(verify(edited).firstProblem).toMatchObject({ kind: 'edited', seq: 2 });

    // Recomputed through the legacy part only: the sealed marker still commits to the old hash.
    const upToLegacy = recompute(edited, 2).map((e, p) => (e.seq >= 5 ? adopted[p] : e));
    expect(verify(upToLegacy).ok).toBe(false);
    expect(verify(upToLegacy).problems.map((p) => p.kind)).toContain('edited');

    // Recomputed to the end: the hashes agree, but the marker's seal no longer holds, so
    // nothing vouches for the old entries any more.
    const everything = recompute(edited, 2);
    expect(verifyChain({ directiveId: D, entries: everything }).ok).toBe(true);
    const result = verify(everything);
    expect(result).toMatchObject({ ok: false, hashOnlyThrough: 0 });
    expect(result.firstProblem).toMatchObject({ kind: 'unsealed', seq: 1 });
  });

  it('names an unsealed entry appended after adoption', () => {
    const forged = append(adopt(legacy(4)), input(6, 'intruder'), null);
    expect(verify(forged).firstProblem).toMatchObject({ kind: 'unsealed', seq: 6 });
    const otherSeal = append(adopt(legacy(4)), input(6, 'intruder'), otherKey);
    expect(verify(otherSeal).firstProblem).toMatchObject({ kind: 'unsealed', seq: 6 });
  });

  it('vouches for nothing with a "sealing began" entry the key did not sign', () => {
    const plan = { seq: 4, hash: legacy(4)[3].hash };
    const unsigned = append(legacy(4), sealingBeganInput(D, plan, key.keyId, '2026-02-01T00:00:00.000Z'), null);
    const foreign = append(legacy(4), sealingBeganInput(D, plan, key.keyId, '2026-02-01T00:00:00.000Z'), otherKey);
    for (const chain of [unsigned, foreign]) {
      expect(verify(chain)).toMatchObject({ ok: false, hashOnlyThrough: 0, firstProblem: { kind: 'unsealed', seq: 1 } });
      const refused = planSealing(D, chain, [], key.checker);
      expect(refused).toMatchObject({ action: 'refuse' });
      expect(refused.action === 'refuse' && refused.message).toContain('không hợp lệ');
    }
  });

  it('refuses to adopt a chain whose hashes are already broken, in Vietnamese and English', () => {
    const broken = legacy(4).map((e) => (e.seq === 3 ? { ...e, what: 'task.approved' } : e));
    const plan = planSealing(D, broken, [], key.checker);
    expect(plan).toMatchObject({ action: 'refuse' });
    const message = plan.action === 'refuse' ? plan.message : '';
    expect(message).toContain('chuỗi băm đã hỏng');
    expect(message).toContain('mục 3 (edited)');
    expect(message).toContain('the hash chain is already broken');
  });

  it('refuses to adopt an unsealed entry that follows a sealed one (added without the key)', () => {
    const chain = append(append(append([], input(1)), input(2)), input(3, 'intruder'), null);
    const plan = planSealing(D, chain, [], key.checker);
    expect(plan).toMatchObject({ action: 'refuse' });
    expect(plan.action === 'refuse' && plan.message).toContain('mục 3 không có chữ ký hợp lệ nhưng nằm sau mục đã ký 1');
  });

  it('keeps old checkpoints of the adopted part as hash anchors', () => {
    const old = legacy(4);
    const checkpoints = [{ directiveId: D, seq: 2, hash: old[1].hash, at: '2026-01-02T00:00:00.000Z' }];
    const adopted = adopt(old);
    expect(verifyChain({ directiveId: D, entries: adopted, checkpoints, checker: key.checker }).ok).toBe(true);
    const moved = [{ ...checkpoints[0], hash: old[2].hash }];
    expect(verifyChain({ directiveId: D, entries: adopted, checkpoints: moved, checker: key.checker }).firstProblem).toMatchObject({
      kind: 'rewritten',
      seq: 2,
    });
  });
});

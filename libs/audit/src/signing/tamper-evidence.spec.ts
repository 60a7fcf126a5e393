import { generateKeyPairSync } from 'node:crypto';
import type { AuditEntry } from '../trail/audit-entry.types';
import { verifyChain } from '../trail/chain-verifier';
import { chainHash, genesisHash, nextEntry } from '../trail/hash-chain';
import { AuditSealer } from './audit-seal';

// Every tampering the issue lists, against a sealed chain, verified with the public key and
// a head kept outside the database: each one must be named, at its place.

const D = 'dir-tamper';
const key = new AuditSealer(generateKeyPairSync('ed25519').privateKey);
const otherKey = new AuditSealer(generateKeyPairSync('ed25519').privateKey);

function chain(n: number, sealer: AuditSealer | null = key): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 1; i <= n; i++) {
    const e = nextEntry(out.at(-1), {
      directiveId: D,
      who: `u${i}`,
      role: 'unit-head',
      unit: 'so-noi-vu',
      what: 'task.progress-reported',
      when: `2026-01-0${i}T00:00:00.000Z`,
      details: { i },
    });
    out.push(sealer ? { ...e, seal: sealer.seal(D, e.seq, e.hash) } : e);
  }
  return out;
}

const headOf = (entries: AuditEntry[]) => {
  const last = entries[entries.length - 1];
  return { seq: last.seq, hash: last.hash, seal: last.seal };
};

const verify = (entries: AuditEntry[], head = headOf(genuine)) =>
  verifyChain({ directiveId: D, entries, expectedHead: head, checker: key.checker });
const genuine = chain(6);

describe('tamper evidence with a seal key the database does not hold', () => {
  it('passes an untouched chain, with every seal checked', () => {
    const result = verify(genuine);
    expect(result.ok).toBe(true);
    expect(result.sealsChecked).toBe(6);
  });

  it('names a changed entry', () => {
    const entries = genuine.map((e) => (e.seq === 3 ? { ...e, who: 'someone-else' } : e));
    expect(verify(entries).firstProblem).toMatchObject({ kind: 'edited', seq: 3 });
  });

  it('names a deleted entry', () => {
    const entries = genuine.filter((e) => e.seq !== 4);
    expect(verify(entries).firstProblem).toMatchObject({ kind: 'removed', seq: 4 });
  });

  it('names two swapped entries', () => {
    const entries = genuine.map((e) => ({ ...e }));
    [entries[1], entries[2]] = [entries[2], entries[1]];
    entries[1].seq = 2;
    entries[2].seq = 3;
    expect(verify(entries).firstProblem).toMatchObject({ kind: 'reordered', seq: 2 });
  });

  it('names an entry appended with a correct hash but without the key', () => {
    const forged = nextEntry(genuine.at(-1), {
      directiveId: D,
      who: 'intruder',
      role: 'admin',
      unit: 'x',
      what: 'task.approved',
      when: '2026-01-09T00:00:00.000Z',
    });
    const result = verify([...genuine, forged]);
    expect(result.firstProblem).toMatchObject({ kind: 'unsealed', seq: 7 });
    expect(result.firstProblem?.message).toContain('không có chữ ký');
  });

  it('names an appended entry sealed with another key', () => {
    const forged = nextEntry(genuine.at(-1), {
      directiveId: D,
      who: 'intruder',
      role: 'admin',
      unit: 'x',
      what: 'task.approved',
      when: '2026-01-09T00:00:00.000Z',
    });
    const result = verify([...genuine, { ...forged, seal: otherKey.seal(D, forged.seq, forged.hash) }]);
    expect(result.firstProblem).toMatchObject({ kind: 'unsealed', seq: 7 });
  });

  it('names a cut tail against the head kept outside the database', () => {
    const result = verify(genuine.slice(0, 4));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'removed', seq: 5 })]);
  });

  it('names a chain recomputed from scratch without the key, seals copied or not', () => {
    const rewritten = chain(6, null).map((e) => ({ ...e, details: { i: 0 } }));
    let prev = genesisHash(D);
    for (const e of rewritten) {
      e.prevHash = prev;
      e.hash = chainHash(prev, e);
      prev = e.hash;
    }
    // Without the key the walk alone passes: the hashes are all consistent.
    expect(verifyChain({ directiveId: D, entries: rewritten }).ok).toBe(true);
    expect(verify(rewritten, undefined).firstProblem).toMatchObject({ kind: 'unsealed', seq: 1 });
    const withOldSeals = rewritten.map((e, i) => ({ ...e, seal: genuine[i].seal }));
    expect(verify(withOldSeals, undefined).firstProblem).toMatchObject({ kind: 'unsealed', seq: 1 });
    expect(verify(withOldSeals).problems.map((p) => p.kind)).toEqual(['unsealed', 'rewritten']);
  });

  it('refuses a kept head that the key did not sign', () => {
    const head = { ...headOf(genuine), seal: otherKey.seal(D, 6, genuine[5].hash) };
    expect(verify(genuine, head).problems).toEqual([expect.objectContaining({ kind: 'unsealed', seq: 6 })]);
  });
});

import type { AuditCheckpoint, AuditEntry } from './audit-entry.types';
import { verifyChain } from './chain-verifier';
import { chainHash, nextEntry } from './hash-chain';

const DIRECTIVE = 'd-907';
const N = 8;

function chain(n = N): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    entries.push(
      nextEntry(entries.at(-1), {
        directiveId: DIRECTIVE,
        taskId: 't-1',
        who: `user-${i}`,
        role: 'unit-head',
        unit: 'so-noi-vu',
        what: 'task.progress-reported',
        when: new Date(Date.UTC(2022, 1, 1 + i)).toISOString(),
        details: { percent: i * 10 },
      }),
    );
  }
  return entries;
}

const bySeq = (entries: AuditEntry[]) => [...entries].sort((a, b) => a.seq - b.seq);
const problem = (entries: AuditEntry[], checkpoints: AuditCheckpoint[] = []) => {
  const { firstProblem } = verifyChain({ directiveId: DIRECTIVE, entries: bySeq(entries), checkpoints });
  return firstProblem && { kind: firstProblem.kind, seq: firstProblem.seq };
};

describe('verifyChain', () => {
  it('accepts an intact chain and reports its head', () => {
    const entries = chain();
    const result = verifyChain({ directiveId: DIRECTIVE, entries });
    expect(result).toMatchObject({ ok: true, entries: N, head: { seq: N, hash: entries[N - 1].hash }, firstProblem: null });
  });

  it('rejects a chain moved to another directive', () => {
    expect(verifyChain({ directiveId: 'd-other', entries: chain() }).firstProblem).toMatchObject({ kind: 'edited', seq: 1 });
  });

  for (let k = 1; k <= N; k++) {
    it(`names entry ${k} when its content is edited`, () => {
      const entries = chain().map((e) => (e.seq === k ? { ...e, who: 'ke-gian' } : e));
      expect(problem(entries)).toEqual({ kind: 'edited', seq: k });
    });

    it(`names entry ${k} when it is edited and its hash recomputed (unless it is the head)`, () => {
      const entries = chain().map((e) =>
        e.seq === k ? { ...e, what: 'task.cancelled', hash: chainHash(e.prevHash, { ...e, what: 'task.cancelled' }) } : e,
      );
      if (k < N) expect(problem(entries)).toEqual({ kind: 'edited', seq: k });
      // The head has nothing after it to commit to it: a checkpoint does.
      else
        expect(problem(entries, [{ directiveId: DIRECTIVE, seq: N, hash: chain()[N - 1].hash, at: '' }])).toEqual({
          kind: 'rewritten',
          seq: N,
        });
    });

    it(`names entry ${k} when it is deleted, with or without renumbering`, () => {
      const original = chain();
      const gap = original.filter((e) => e.seq !== k);
      const checkpoint: AuditCheckpoint = { directiveId: DIRECTIVE, seq: N, hash: original[N - 1].hash, at: '' };
      expect(problem(gap, [checkpoint])).toEqual({ kind: 'removed', seq: k });
      const renumbered = gap.map((e) => (e.seq > k ? { ...e, seq: e.seq - 1 } : e));
      expect(problem(renumbered, [checkpoint])).toEqual({ kind: 'removed', seq: k });
    });

    it(`names entry ${k} when an entry is inserted there`, () => {
      const original = chain();
      const before = original[k - 2];
      const forged = nextEntry(before, {
        directiveId: DIRECTIVE,
        who: 'ke-gian',
        role: 'issuer',
        unit: 'x',
        what: 'task.approved',
        when: '2022-02-01T00:00:00.000Z',
      });
      const shifted = original.map((e) => (e.seq >= k ? { ...e, seq: e.seq + 1 } : e));
      // A careful forger computes a valid hash for the new entry; it still shows.
      if (k <= N) expect(problem([...shifted, forged])).toEqual({ kind: 'inserted', seq: k });
      // A careless one leaves a wrong hash.
      expect(problem([...shifted, { ...forged, hash: 'f'.repeat(64) }])).toEqual({ kind: 'inserted', seq: k });
      // Or uses a seq between two others.
      expect(problem([...original, { ...forged, seq: k - 0.5 }])).toEqual({ kind: 'inserted', seq: k - 0.5 });
    });

    if (k < N) {
      it(`names entry ${k} when it is swapped with the next one`, () => {
        const entries = chain().map((e) => (e.seq === k ? { ...e, seq: k + 1 } : e.seq === k + 1 ? { ...e, seq: k } : e));
        expect(problem(entries)).toEqual({ kind: 'reordered', seq: k });
      });
    }
  }

  it('detects a cut tail through a checkpoint or a recorded head', () => {
    const original = chain();
    const cut = original.slice(0, N - 2);
    expect(problem(cut)).toBeNull();
    expect(problem(cut, [{ directiveId: DIRECTIVE, seq: N, hash: original[N - 1].hash, at: '' }])).toEqual({ kind: 'removed', seq: N - 1 });
    expect(
      verifyChain({ directiveId: DIRECTIVE, entries: cut, expectedHead: { seq: N, hash: original[N - 1].hash } }).firstProblem,
    ).toMatchObject({
      kind: 'removed',
      seq: N - 1,
    });
  });
});

import { CoalescedWithdrawalCheck } from './withdrawal-check';

/** A read whose answer the test releases by hand, recording when each read began. */
function controlledReads() {
  const began: { directiveId: string; answer: (withdrawn: boolean) => void; fail: (e: Error) => void }[] = [];
  const read = (directiveId: string) => new Promise<boolean>((answer, fail) => began.push({ directiveId, answer, fail }));
  return { began, read };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('CoalescedWithdrawalCheck', () => {
  it('answers callers that asked before a read began with that one read', async () => {
    const { began, read } = controlledReads();
    const check = new CoalescedWithdrawalCheck(read);
    const answers = Promise.all([check.mayBeWithdrawn('d1'), check.mayBeWithdrawn('d1'), check.mayBeWithdrawn('d1')]);
    await tick();
    expect(began).toHaveLength(1);
    began[0].answer(true);
    expect(await answers).toEqual([true, true, true]);
  });

  it('never answers a caller with a read that began before it asked', async () => {
    const { began, read } = controlledReads();
    const check = new CoalescedWithdrawalCheck(read);
    const early = check.mayBeWithdrawn('d1');
    await tick();
    expect(began).toHaveLength(1); // in flight
    const late = check.mayBeWithdrawn('d1');
    const later = check.mayBeWithdrawn('d1');
    began[0].answer(false); // the withdrawal lands after this read
    expect(await early).toBe(false);
    await tick();
    expect(began).toHaveLength(2); // one new read for both late callers
    began[1].answer(true);
    expect(await Promise.all([late, later])).toEqual([true, true]);
  });

  it('keeps directives apart and passes a failed read on to its callers only', async () => {
    const { began, read } = controlledReads();
    const check = new CoalescedWithdrawalCheck(read);
    const a = check.mayBeWithdrawn('d1');
    const b = check.mayBeWithdrawn('d2');
    await tick();
    expect(began.map((r) => r.directiveId)).toEqual(['d1', 'd2']);
    began[0].fail(new Error('MongoDB away'));
    began[1].answer(false);
    await expect(a).rejects.toThrow('MongoDB away');
    expect(await b).toBe(false);
    const again = check.mayBeWithdrawn('d1');
    await tick();
    began[2].answer(true);
    expect(await again).toBe(true);
  });
});

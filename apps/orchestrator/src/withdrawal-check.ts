/**
 * "Has this directive been withdrawn?" asked after each task's workflow started, with the
 * reads coalesced per directive: the 25 assignments of one directive start at about the
 * same time, and one read that BEGAN after a caller's start completed answers for that
 * caller just as well as its own read would. A read already in flight that began earlier
 * is never reused (it might predate the caller's start), so no withdrawal can be missed.
 */
export class CoalescedWithdrawalCheck {
  private readonly inFlight = new Map<string, { startedAt: number; result: Promise<boolean> }>();
  private clock = 0;

  constructor(private readonly read: (directiveId: string) => Promise<boolean>) {}

  /** Resolves with a read that began after this call. */
  mayBeWithdrawn(directiveId: string): Promise<boolean> {
    const askedAt = ++this.clock;
    const current = this.inFlight.get(directiveId);
    // Join a read only if it has not begun yet: begun reads started before `askedAt`.
    if (current && current.startedAt > askedAt) return current.result;
    const next = { startedAt: Number.POSITIVE_INFINITY, result: Promise.resolve(false) };
    next.result = (current ? current.result.catch(() => false) : Promise.resolve(false)).then(() => {
      next.startedAt = ++this.clock; // begins now, after everyone who joined while it waited
      return this.read(directiveId);
    });
    const settle = () => {
      if (this.inFlight.get(directiveId) === next) this.inFlight.delete(directiveId);
    };
    next.result.then(settle, settle);
    this.inFlight.set(directiveId, next);
    return next.result;
  }
}

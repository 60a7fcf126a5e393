/**
 * Failed sign-ins per client address in a sliding window, in this process: it slows a
 * password-guessing client down (429) before the per-account lock-out (423, in the store)
 * has to lock a real person out. One API process serves a province; behind several, the
 * lock-out still holds because it lives in the store.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds until this client may try again, or 0 when it may try now. */
  retryAfterSeconds(client: string, now = Date.now()): number {
    const recent = this.recent(client, now);
    if (recent.length < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((recent[0] + this.windowMs - now) / 1000));
  }

  fail(client: string, now = Date.now()): void {
    this.failures.set(client, [...this.recent(client, now), now]);
  }

  succeed(client: string): void {
    this.failures.delete(client);
  }

  private recent(client: string, now: number): number[] {
    const kept = (this.failures.get(client) ?? []).filter((t) => t > now - this.windowMs);
    if (kept.length) this.failures.set(client, kept);
    else this.failures.delete(client);
    return kept;
  }
}

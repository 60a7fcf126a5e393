import { Instant, IsoInstant, toEpochMs, toIsoInstant } from '../time/vn-time.util';

// Pausing stops a task's clock: the time left when paused is given back in full on
// resume. It is plain elapsed time, so a pause from Friday 16:00 with 2 days left
// resumes with 2 × 24 h left — the rule the issuer states when pausing a task.

/** Time left from `at` to `until` (negative if already past). */
export function remainingMs(until: Instant, at: Instant): number {
  return toEpochMs(until) - toEpochMs(at);
}

/** The deadline after resuming at `at` with `remaining` ms left. */
export function resumedDueAt(remaining: number, at: Instant): IsoInstant {
  return toIsoInstant(toEpochMs(at) + remaining);
}

export function shiftInstant(instant: Instant, ms: number): IsoInstant {
  return toIsoInstant(toEpochMs(instant) + ms);
}

import type { DirectiveDraftInput } from '@dondoc/contracts';

/**
 * Moves recurring duties that have already ended (the seed letter's 2022) to the next
 * twelve months, so a demo follows live periods instead of firing a whole past year of
 * evaluations and e-mails at once. Other deadlines are left as they are.
 */
export function rebaseDraft(draft: DirectiveDraftInput, today: Date): { draft: DirectiveDraftInput; rebased: boolean } {
  const day = today.toISOString().slice(0, 10);
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  const from = new Date(Date.UTC(y, m + 1, 1)).toISOString().slice(0, 10);
  const until = new Date(Date.UTC(y, m + 13, 0)).toISOString().slice(0, 10); // last day of the 12th month
  let rebased = false;
  const tasks = draft.tasks.map((task) => {
    const deadline = task.deadline;
    if (!deadline || !('until' in deadline) || deadline.until >= day) return task;
    rebased = true;
    return { ...task, deadline: { ...deadline, from, until } };
  });
  return { draft: { ...draft, tasks }, rebased };
}

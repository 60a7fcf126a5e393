/** Where closed workflow runs are archived for auditors (implemented in libs/audit). */
export interface RunArchive {
  /** Must be idempotent by runId: an activity may run more than once. */
  archiveRun(input: { workflowId: string; runId: string; taskId: string }): Promise<void>;
}

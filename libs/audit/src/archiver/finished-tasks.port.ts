/** Tasks whose follow-up has ended (completed, cancelled, or graded at year-end). */
export interface FinishedTasks {
  /** All of them, or only those finished at or after `since` (ISO instant). */
  finishedTaskIds(since?: string): Promise<string[]>;
}

import type { CountsDelta } from '../reports/report-counts.repository';

/**
 * What a task row adds to the dashboard's counts, computed by the reports' classification
 * (libs/reports report-tally, which persistence cannot import): stored on the row, and the
 * counts' change given what the row held before.
 */
export interface RowTally {
  readonly entries: readonly unknown[];
  readonly keys: readonly string[];
  deltaFrom(before: readonly unknown[]): CountsDelta;
}

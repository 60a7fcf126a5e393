import { LocalDate } from '../time/local-date.util';

// What a directive asks of one unit, as the domain understands it. The wire form lives in
// @dondoc/contracts (task-definition.schema.ts); workflows map one to the other. Instants
// and days are strings so that a definition travels unchanged through workflow history.

/** The directive (official letter) a task comes from, e.g. Số 907/UBND-NV ngày 25/01/2022. */
export interface DirectiveRef {
  readonly directiveId: string;
  /** Số ký hiệu as printed: '907/UBND-NV'. */
  readonly number: string;
  readonly issuedOn: LocalDate;
  readonly issuer: string;
}

/** The item's numbering in the letter: '2', 'I.1.a'. */
export type ItemRef = string;

/** A wait measured in working days, or in plain ms (urgent matters, end-to-end tests). */
export type Delay = { readonly workingDays: number } | { readonly ms: number };

/**
 * A one-off deadline: an instant (ISO with zone), a day ('2022-03-31' = end of that day
 * in Vietnam), or N working days after assignment.
 */
export type Deadline = { readonly at: string } | { readonly workingDays: number };

/** A report or action due every month or quarter, e.g. "định kỳ hằng tháng" to 31/12/2022. */
export interface RecurringDuty {
  readonly every: 'month' | 'quarter';
  /** Day of the month (1..31) it is due; in a quarter, of the quarter's last month. */
  readonly dueDay: number;
  readonly from: LocalDate;
  readonly until: LocalDate;
}

export type TaskTiming =
  | { readonly kind: 'deadline'; readonly deadline: Deadline }
  | { readonly kind: 'recurring'; readonly duty: RecurringDuty }
  /** "Không có thời hạn": a standing instruction with no due date. */
  | { readonly kind: 'none' };

export type EscalationLevel = 1 | 2 | 3;

export interface EscalationPolicy {
  /** Highest level reached (1..3); level k fires k delays after the due instant. */
  readonly maxLevel: EscalationLevel;
  readonly delay: Delay;
}

export interface TaskDefinition {
  readonly directive: DirectiveRef;
  readonly item: ItemRef;
  readonly text: string;
  /** Đơn vị chủ trì. */
  readonly leadUnitId: string;
  /** Đơn vị phối hợp. */
  readonly supportingUnitIds: readonly string[];
  readonly timing: TaskTiming;
  /** Omitted: DEFAULT_TASK_POLICY.acknowledgeWithin (2 working days); ms for urgent matters and tests. */
  readonly acknowledgeWithin?: Delay;
  /** Working days before each due instant to remind; omitted: DEFAULT_TASK_POLICY.remindBefore. */
  readonly remindBefore?: readonly number[];
  /** Omitted: DEFAULT_TASK_POLICY.escalation. */
  readonly escalation?: EscalationPolicy;
}

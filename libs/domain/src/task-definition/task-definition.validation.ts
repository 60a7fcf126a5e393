import { isLocalDate } from '../time/local-date.util';
import { isIsoInstant } from '../time/vn-time.util';
import { Delay, TaskDefinition } from './task-definition.types';

// Checks that a definition can be scheduled, beyond the wire schema's shape checks
// (item numbering, dates in order, lead unit not also supporting). Each problem names
// the field, in Vietnamese then English.

const ITEM_REF = /^(?:[IVXLC]+|\d+|[a-zđ])(?:\.(?:[IVXLC]+|\d+|[a-zđ]))*$/;

export function isItemRef(value: string): boolean {
  return ITEM_REF.test(value);
}

export function taskDefinitionProblems(def: TaskDefinition): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  need(isItemRef(def.item), `item: số mục không hợp lệ "${def.item}" (expected e.g. '2' or 'I.1.a')`);
  need(def.text.trim().length > 0, 'text: nội dung nhiệm vụ trống (task text is empty)');
  need(def.leadUnitId.trim().length > 0, 'leadUnitId: thiếu đơn vị chủ trì (lead unit is missing)');
  need(
    !def.supportingUnitIds.includes(def.leadUnitId),
    'supportingUnitIds: đơn vị chủ trì không đồng thời là đơn vị phối hợp (lead unit listed as supporting)',
  );
  need(isLocalDate(def.directive.issuedOn), 'directive.issuedOn: ngày ban hành không hợp lệ (not YYYY-MM-DD)');
  const { timing } = def;
  if (timing.kind === 'deadline') {
    const d = timing.deadline;
    if ('at' in d) {
      need(isIsoInstant(d.at) || isLocalDate(d.at), 'timing.deadline.at: thời hạn không hợp lệ (not an ISO date or instant)');
    } else {
      need(isCount(d.workingDays, 1), 'timing.deadline.workingDays: phải là số nguyên dương (must be a positive integer)');
    }
  } else if (timing.kind === 'recurring') {
    const duty = timing.duty;
    need(isCount(duty.dueDay, 1) && duty.dueDay <= 31, 'timing.duty.dueDay: ngày đến hạn phải từ 1 đến 31 (must be 1..31)');
    need(isLocalDate(duty.from) && isLocalDate(duty.until), 'timing.duty.from/until: ngày không hợp lệ (not YYYY-MM-DD)');
    need(duty.from <= duty.until, 'timing.duty: ngày bắt đầu sau ngày kết thúc (from is after until)');
  }
  if (def.acknowledgeWithin) {
    need(isValidDelay(def.acknowledgeWithin, 0), 'acknowledgeWithin: khoảng thời gian không hợp lệ (invalid delay)');
  }
  for (const n of def.remindBefore ?? []) {
    need(isCount(n, 1), `remindBefore: ${n} không phải số nguyên dương (not a positive integer)`);
  }
  if (def.escalation) {
    need([1, 2, 3].includes(def.escalation.maxLevel), 'escalation.maxLevel: chỉ từ 1 đến 3 (must be 1..3)');
    need(isValidDelay(def.escalation.delay, 1), 'escalation.delay: khoảng chờ không hợp lệ (delay must be positive)');
  }
  return problems;
}

function isCount(n: number, min: number): boolean {
  return Number.isInteger(n) && n >= min;
}

/** Working days may be 0 (same day) where `minWorkingDays` allows; ms must be positive. */
function isValidDelay(delay: Delay, minWorkingDays: number): boolean {
  return 'workingDays' in delay ? isCount(delay.workingDays, minWorkingDays) : Number.isFinite(delay.ms) && delay.ms > 0;
}

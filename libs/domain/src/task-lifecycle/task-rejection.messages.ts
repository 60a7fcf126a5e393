import { TaskCommandType } from './task-command.types';
import { TaskStatus } from './task-state.types';

// Every refusal says, in Vietnamese for the official and in English for the log, what
// could not be done and why: "Không thể <action>: <why> (<why in English>)".

export type RejectionCode =
  | 'unknown_command'
  | 'wrong_status'
  | 'reason_required'
  | 'summary_required'
  | 'invalid_percent'
  | 'invalid_instant'
  | 'no_deadline'
  | 'due_not_later'
  | 'extension_pending'
  | 'unknown_extension'
  | 'unit_required'
  | 'same_unit';

export interface Rejection {
  readonly code: RejectionCode;
  readonly message: string;
}

const ACTION_VI: Readonly<Record<TaskCommandType, string>> = {
  acknowledge: 'tiếp nhận',
  refuse: 'từ chối',
  reportProgress: 'báo cáo tiến độ',
  requestExtension: 'đề nghị gia hạn',
  decideExtension: 'quyết định gia hạn',
  submitCompletion: 'báo cáo hoàn thành',
  approveCompletion: 'phê duyệt',
  returnForRework: 'trả lại để hoàn thiện',
  reassign: 'giao lại',
  pause: 'tạm dừng',
  resume: 'tiếp tục',
  cancel: 'hủy',
};

// Why a task in this status blocks a command that does not name its own requirement.
const BLOCKED_BY: Readonly<Record<TaskStatus, readonly [string, string]>> = {
  assigned: ['nhiệm vụ chưa được tiếp nhận', 'task has not been acknowledged'],
  acknowledged: ['nhiệm vụ đang được thực hiện', 'task is under way'],
  in_progress: ['nhiệm vụ đang được thực hiện', 'task is under way'],
  returned: ['nhiệm vụ đang được hoàn thiện theo yêu cầu', 'task is being reworked'],
  refused: ['nhiệm vụ đã bị từ chối, chờ giao lại hoặc hủy', 'task was refused and awaits reassignment or cancellation'],
  submitted: ['nhiệm vụ đã được báo cáo hoàn thành, đang chờ phê duyệt', 'task has been submitted and awaits approval'],
  completed: ['nhiệm vụ đã hoàn thành', 'task is already completed'],
  paused: ['nhiệm vụ đang tạm dừng', 'task is paused'],
  cancelled: ['nhiệm vụ đã bị hủy', 'task has been cancelled'],
};

// Commands that only one status allows say what that status is.
const REQUIRES: Partial<Readonly<Record<TaskCommandType, readonly [string, string]>>> = {
  acknowledge: ['nhiệm vụ không ở trạng thái chờ tiếp nhận', 'task is not awaiting acknowledgement'],
  refuse: ['chỉ được từ chối nhiệm vụ đang chờ tiếp nhận', 'only a task awaiting acknowledgement can be refused'],
  approveCompletion: ['nhiệm vụ chưa được báo cáo hoàn thành', 'task has not been submitted'],
  returnForRework: ['nhiệm vụ chưa được báo cáo hoàn thành', 'task has not been submitted'],
  resume: ['nhiệm vụ không bị tạm dừng', 'task is not paused'],
};

type ProblemCode = Exclude<RejectionCode, 'wrong_status' | 'unknown_command'>;

const PROBLEMS: Readonly<Record<ProblemCode, readonly [string, string]>> = {
  reason_required: ['phải nêu lý do', 'a reason is required'],
  summary_required: ['phải có nội dung báo cáo', 'a summary is required'],
  invalid_percent: ['tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100', 'percent must be an integer from 0 to 100'],
  invalid_instant: ['thời hạn mới không hợp lệ', 'the new deadline is not an ISO instant with a zone'],
  no_deadline: ['nhiệm vụ không có thời hạn', 'task has no deadline'],
  due_not_later: ['thời hạn mới phải sau thời hạn hiện tại', 'the new deadline must be later than the current one'],
  extension_pending: ['đang có đề nghị gia hạn chờ quyết định', 'an extension request is already pending'],
  unknown_extension: ['không có đề nghị gia hạn này đang chờ quyết định', 'no such pending extension request'],
  unit_required: ['chưa chọn đơn vị nhận nhiệm vụ', 'the target unit is missing'],
  same_unit: ['nhiệm vụ đang do chính đơn vị này chủ trì', 'task is already led by this unit'],
};

function say(command: TaskCommandType, [vi, en]: readonly [string, string]): string {
  return `Không thể ${ACTION_VI[command]}: ${vi} (${en})`;
}

export function wrongStatus(command: TaskCommandType, status: TaskStatus): Rejection {
  const closed = status === 'completed' || status === 'cancelled';
  const why = !closed && REQUIRES[command] ? REQUIRES[command] : BLOCKED_BY[status];
  return { code: 'wrong_status', message: say(command, why) };
}

export function problem(command: TaskCommandType, code: ProblemCode): Rejection {
  return { code, message: say(command, PROBLEMS[code]) };
}

export function unknownCommand(type: unknown): Rejection {
  return { code: 'unknown_command', message: `Lệnh không hợp lệ: ${String(type)} (unknown command type)` };
}

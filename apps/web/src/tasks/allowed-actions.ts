import type { Role } from '../api/types';

export type UnitAction = 'acknowledge' | 'refuse' | 'progress' | 'extension' | 'submit';
/** The issuing office's decision on a hand-in (the issuer, the leaders). */
export type DecisionAction = 'approve' | 'return';
export type TaskAction = UnitAction | DecisionAction;

// What a unit may do to its task in each status, and what the issuing office may do to a
// task handed in: the commands among those the task's state machine accepts (libs/domain
// task-transition; its spec lists them per status). The API and the workflow still decide;
// this only hides buttons that would be refused.
const UNDER_WAY: UnitAction[] = ['progress', 'extension', 'submit'];
const BY_STATUS: Record<string, UnitAction[]> = {
  assigned: ['acknowledge', 'refuse'],
  acknowledged: UNDER_WAY,
  in_progress: UNDER_WAY,
  returned: UNDER_WAY,
};

export function allowedActions(status: string, role: Role | undefined): TaskAction[] {
  if (status === 'submitted' && (role === 'issuer' || role === 'leader' || role === 'admin')) return ['approve', 'return'];
  if (role !== 'unit-head' && role !== 'assignee' && role !== 'admin') return [];
  return BY_STATUS[status] ?? [];
}

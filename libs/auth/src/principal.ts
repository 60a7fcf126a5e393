import type { UserRole } from '@dondoc/domain';

/** Who is calling, from a verified token. */
export interface Principal {
  userId: string;
  role: UserRole;
  unitId: string;
  name?: string;
}

/** Roles as people read them (403 messages). */
export const ROLE_LABELS: Readonly<Record<UserRole, string>> = {
  issuer: 'văn thư, chuyên viên ban hành văn bản',
  'unit-head': 'thủ trưởng đơn vị',
  assignee: 'chuyên viên thực hiện',
  leader: 'lãnh đạo UBND',
  auditor: 'kiểm toán viên',
  admin: 'quản trị hệ thống',
};

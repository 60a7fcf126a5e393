import type { UserRole } from '@dondoc/domain';

/** Who is calling, from a verified token. */
export interface Principal {
  userId: string;
  role: UserRole;
  unitId: string;
  name?: string;
}

import type { Actor } from '@dondoc/contracts';
import type { UserRole } from '@dondoc/domain';

/** Who is calling, from a verified token. */
export interface Principal {
  userId: string;
  role: UserRole;
  unitId: string;
  name?: string;
}

export const actorOf = (p: Principal): Actor => ({ userId: p.userId, role: p.role, unitId: p.unitId });

import type { Principal } from '@dondoc/auth';
import type { Actor } from '@dondoc/contracts';

export type { Principal } from '@dondoc/auth';

export const actorOf = (p: Principal): Actor => ({ userId: p.userId, role: p.role, unitId: p.unitId });

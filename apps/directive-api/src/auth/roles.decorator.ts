import type { UserRole } from '@dondoc/domain';
import { SetMetadata } from '@nestjs/common';

export const ROLES = 'dondoc:roles';
/** Roles allowed on a route (others get 403); without it every authenticated role may call. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);

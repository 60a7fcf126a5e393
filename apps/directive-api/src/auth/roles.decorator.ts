import type { UserRole } from '@dondoc/domain';
import { SetMetadata } from '@nestjs/common';

export const ROLES = 'dondoc:roles';
/** Roles of a route that has no row in ACCESS_POLICY yet (@dondoc/auth); the policy row wins and the matrix test asks for one. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);

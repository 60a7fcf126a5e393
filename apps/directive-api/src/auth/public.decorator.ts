import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'dondoc:public';
/** A route that needs no token and has no row in ACCESS_POLICY yet (@dondoc/auth); the policy row wins. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

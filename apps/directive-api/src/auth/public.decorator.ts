import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'dondoc:public';
/** A route that needs no token (health, API docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

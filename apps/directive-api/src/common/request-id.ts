import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { HttpRequest, HttpResponse } from '@dondoc/app-kit';

/** Every request gets an id (the caller's `x-request-id` or a new one): echoed back and used as causationId. */
export function requestIdMiddleware(req: HttpRequest, res: HttpResponse, next: () => void): void {
  const given = req.header('x-request-id');
  const id = given && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
  req.requestId = id;
  res.setHeader('x-request-id', id);
  next();
}

export const RequestId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  return ctx.switchToHttp().getRequest<HttpRequest>().requestId ?? randomUUID();
});

import 'reflect-metadata';
import { ACCESS_POLICY, accessOf, openApiPath } from '@dondoc/auth';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { VerifyController } from '../directives/verify.controller';
import { ReplayController } from '../replay/replay.controller';
import { AuditTasksController } from '../tasks/audit-tasks.controller';

/** Every HTTP route a controller declares, as `METHOD /path/{param}`. */
function routesOf(controller: new (...args: never[]) => unknown): string[] {
  const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
  return Object.getOwnPropertyNames(controller.prototype).flatMap((name) => {
    const handler = (controller.prototype as Record<string, unknown>)[name];
    if (typeof handler !== 'function') return [];
    const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
    if (method === undefined) return [];
    const path = [base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')].filter((p) => p && p !== '/').join('/');
    return [`${RequestMethod[method]} ${openApiPath(`/${path}`.replace(/\/+/g, '/'))}`];
  });
}

describe('the audit API in the shared access policy', () => {
  const routes = [AuditTasksController, ReplayController, VerifyController].flatMap(routesOf);

  it('has a row for every audit route, auditors only, and no row for a route that does not exist', () => {
    expect(routes).toHaveLength(8);
    for (const route of routes) expect({ route, access: ACCESS_POLICY[route] }).toEqual({ route, access: ['auditor'] });
    expect(Object.keys(ACCESS_POLICY).filter((k) => k.includes(' /v1/audit/') && !routes.includes(k))).toEqual([]);
  });

  it('reads an Express route path in the policy form', () => {
    expect(accessOf('get', '/v1/audit/tasks/:id/histories/:runId')).toEqual(['auditor']);
    expect(accessOf('DELETE', '/v1/audit/tasks/:id/timeline')).toBeUndefined();
  });
});

import { USER_ROLES, type UserRole } from '@dondoc/domain';
import { TASK_COMMAND_NAMES, TASK_UNIT_ROLES, taskCommandSpec } from '@dondoc/task-follow-up';

/** Who may call a route: `public` (no token), or the roles allowed (others get 403). Scope by unit is checked on top, in the services. */
export type RouteAccess = 'public' | readonly UserRole[];

const EVERY_ROLE = USER_ROLES;
/** Who decides on a task: the issuing office, the leaders. */
const DECIDERS: readonly UserRole[] = ['issuer', 'leader', 'admin'];
const ISSUERS: readonly UserRole[] = ['issuer', 'admin'];
const AUDITORS: readonly UserRole[] = ['auditor'];
const ADMINS: readonly UserRole[] = ['admin'];

/**
 * THE access policy of both APIs, one row per route as the OpenAPI documents write it
 * (`METHOD /path/{param}`): the guards read it, and the access-matrix test derives every
 * expected answer from it. A route without a row is refused (403) and fails that test.
 */
export const ACCESS_POLICY: Readonly<Record<string, RouteAccess>> = {
  // directive API
  'GET /health': 'public',
  'GET /v1/org-units': EVERY_ROLE,
  'GET /v1/directives': EVERY_ROLE,
  'GET /v1/directives/{id}': EVERY_ROLE,
  'POST /v1/directives': ISSUERS,
  'POST /v1/directives/import': ISSUERS,
  'POST /v1/directives/{id}/issue': ISSUERS,
  'POST /v1/directives/{id}/withdraw': ISSUERS,
  'POST /v1/directives/preview': ['issuer', 'leader', 'admin'],
  'GET /v1/tasks': EVERY_ROLE,
  'GET /v1/tasks/{id}': EVERY_ROLE,
  // The task commands: one row per command of the command table, with its roles.
  ...taskCommandRows(),
  // evidence files: the lead unit adds them, whoever reads the task reads them (scope as the task's)
  'POST /v1/tasks/{id}/files': TASK_UNIT_ROLES,
  'GET /v1/tasks/{id}/files': EVERY_ROLE,
  'GET /v1/tasks/{id}/files/{fileId}': EVERY_ROLE,
  'GET /v1/inbox': EVERY_ROLE,
  'GET /v1/inbox/unread-count': EVERY_ROLE,
  'POST /v1/inbox/{id}/read': EVERY_ROLE,
  'POST /v1/inbox/read-all': EVERY_ROLE,
  'GET /v1/evaluations': EVERY_ROLE,
  // a unit's evaluation under the decree in force; the assessor (issuing office, leaders) enters and closes it
  'GET /v1/evaluations/units/{unitId}/periods/{period}': EVERY_ROLE,
  'PUT /v1/evaluations/units/{unitId}/periods/{period}/assessment': DECIDERS,
  'POST /v1/evaluations/units/{unitId}/periods/{period}/close': DECIDERS,
  'GET /v1/reports': EVERY_ROLE,
  // the dashboard's numbers and the items behind one (unit roles: their own unit, as the reports)
  'GET /v1/reports/summary': EVERY_ROLE,
  'GET /v1/reports/summary/items': EVERY_ROLE,
  'GET /v1/letters': EVERY_ROLE,
  'GET /v1/letters/{id}': EVERY_ROLE,
  'GET /v1/letters/{id}/docx': EVERY_ROLE,
  'PATCH /v1/letters/{id}': DECIDERS,
  'POST /v1/letters/{id}/sent': DECIDERS,
  // people's sessions: signing in, renewing and signing out need no bearer token
  'POST /v1/auth/sign-in': 'public',
  'POST /v1/auth/refresh': 'public',
  'POST /v1/auth/sign-out': 'public',
  'GET /v1/auth/me': EVERY_ROLE,
  // sign-in through an identity provider (OIDC): the browser is redirected there and back without a token
  'GET /v1/auth/oidc': 'public',
  'GET /v1/auth/oidc/start': 'public',
  'GET /v1/auth/oidc/callback': 'public',
  // reference data: everyone reads the versions, an administrator publishes them
  'GET /v1/calendar-versions': EVERY_ROLE,
  'GET /v1/calendar-versions/current': EVERY_ROLE,
  'GET /v1/calendar-versions/{sequence}': EVERY_ROLE,
  'POST /v1/calendar-versions': ADMINS,
  'GET /v1/org-chart-versions': EVERY_ROLE,
  'POST /v1/org-chart-versions': ADMINS,
  // audit API: auditors only, read-only (a replay job is a computation, not a change)
  'GET /v1/audit/tasks/{id}/timeline': AUDITORS,
  'GET /v1/audit/tasks/{id}/histories': AUDITORS,
  'GET /v1/audit/tasks/{id}/histories/{runId}': AUDITORS,
  'GET /v1/audit/tasks/{id}/state': AUDITORS,
  'GET /v1/audit/directives/{id}/entries': AUDITORS,
  'GET /v1/audit/directives/{id}/verify': AUDITORS,
  'POST /v1/audit/replay': AUDITORS,
  'GET /v1/audit/replay/{jobId}': AUDITORS,
};

/** The command table's routes (`POST /v1/tasks/{id}/<route>`) with the roles each allows. */
function taskCommandRows(): Record<string, RouteAccess> {
  const rows: Record<string, RouteAccess> = {};
  for (const name of TASK_COMMAND_NAMES) {
    const { route, roles } = taskCommandSpec(name);
    if (route) rows[`POST /v1/tasks/{id}/${openApiPath(route)}`] = roles;
  }
  return rows;
}

/** An Express route path (`/v1/tasks/:id`) in the policy's OpenAPI form (`/v1/tasks/{id}`). */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The row of a request's route, or undefined when the route has none. */
export function accessOf(method: string, routePath: string): RouteAccess | undefined {
  return ACCESS_POLICY[`${method.toUpperCase()} ${openApiPath(routePath)}`];
}

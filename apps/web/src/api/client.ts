// The one HTTP client of the app: same-origin calls to /v1 (the static server proxies them
// to the directive and audit APIs), the access JWT in memory, renewed through the httpOnly
// refresh cookie when the APIs answer 401, so nobody is asked for their password again.
import type { SignedInUser } from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

interface Session {
  accessToken: string;
  user: SignedInUser;
}

let session: Session | undefined;
let renewing: Promise<Session | undefined> | undefined;
const listeners = new Set<(user: SignedInUser | undefined) => void>();

export function onSessionChange(listener: (user: SignedInUser | undefined) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setSession(next: Session | undefined): void {
  session = next;
  for (const l of listeners) l(next?.user);
}

async function errorOf(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => ({}))) as { message?: unknown; problems?: string[] };
  const message = Array.isArray(body.message) ? body.message.join('; ') : typeof body.message === 'string' ? body.message : `HTTP ${res.status}`;
  return new ApiError(res.status, message, body.problems ?? []);
}

async function post<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw await errorOf(res);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export async function signIn(userId: string, password: string): Promise<SignedInUser> {
  const grant = await post<Session>('/v1/auth/sign-in', { userId, password });
  setSession(grant);
  return grant.user;
}

/** One renewal at a time: concurrent 401s wait for the same one (a refresh token is spent once). */
export function renew(): Promise<Session | undefined> {
  renewing ??= post<Session>('/v1/auth/refresh')
    .then((grant) => {
      setSession(grant);
      return grant;
    })
    .catch(() => {
      setSession(undefined);
      return undefined;
    })
    .finally(() => (renewing = undefined));
  return renewing;
}

export async function signOut(): Promise<void> {
  await post('/v1/auth/sign-out').catch(() => undefined);
  setSession(undefined);
}

export async function api<T>(path: string, options: { method?: string; body?: unknown } = {}): Promise<T> {
  const send = (token: string | undefined) =>
    fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  let res = await send(session?.accessToken ?? (await renew())?.accessToken);
  if (res.status === 401) {
    const renewed = await renew();
    if (renewed) res = await send(renewed.accessToken);
  }
  if (!res.ok) throw await errorOf(res);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

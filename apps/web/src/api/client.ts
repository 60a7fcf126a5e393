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
/** Set by a sign-out the identity provider could not share (see providerStillSignedIn). */
let providerLeftSignedIn: ProviderStillSignedIn | undefined;
let renewing: Promise<Session | undefined> | undefined;
const listeners = new Set<(user: SignedInUser | undefined) => void>();

export function onSessionChange(listener: (user: SignedInUser | undefined) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setSession(next: Session | undefined): void {
  session = next;
  if (next) providerLeftSignedIn = undefined;
  for (const l of listeners) l(next?.user);
}

async function errorOf(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => ({}))) as { message?: unknown; problems?: string[] };
  const message = Array.isArray(body.message)
    ? body.message.join('; ')
    : typeof body.message === 'string'
      ? body.message
      : `HTTP ${res.status}`;
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

/** Whether the API signs people in through an identity provider (OIDC), and how it is named on the button. */
export interface OidcStatus {
  enabled: boolean;
  providerName?: string;
  startUrl?: string;
}

export async function oidcStatus(): Promise<OidcStatus> {
  const res = await fetch('/v1/auth/oidc', { credentials: 'same-origin' });
  return res.ok ? ((await res.json()) as OidcStatus) : { enabled: false };
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

/**
 * The identity provider's part of a sign-out (a session that came from it): where to send
 * the browser to end the provider's session too, or, with none, why the person is still
 * signed in there.
 */
export type ProviderSignOut =
  | { providerName: string; endSessionUrl: string }
  | { providerName: string; endSessionUrl: null; reason: 'no-end-session-endpoint' | 'provider-unreachable' };

type ProviderStillSignedIn = Extract<ProviderSignOut, { endSessionUrl: null }>;

/**
 * After a sign-out the provider could not share: its name and why, for the sign-in page to
 * say (kept here, not in the router's state: the pages behind sign-in redirect on their own
 * as soon as the session ends). Forgotten at the next sign-in.
 */
export const providerStillSignedIn = (): ProviderStillSignedIn | undefined => providerLeftSignedIn;

/** Ends dondoc's session; answers the provider's part when the session came from one. */
export async function signOut(): Promise<ProviderSignOut | undefined> {
  const answer = await post<{ providerSignOut?: ProviderSignOut } | undefined>('/v1/auth/sign-out').catch(() => undefined);
  const provider = answer?.providerSignOut;
  providerLeftSignedIn = provider?.endSessionUrl === null ? provider : undefined;
  setSession(undefined);
  return provider;
}

/** A call with the session's bearer token, renewed once on 401; the raw answer when it is OK. */
async function authorised(path: string, options: { method?: string; body?: unknown; form?: FormData } = {}): Promise<Response> {
  const send = (token: string | undefined) =>
    fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
  let res = await send(session?.accessToken ?? (await renew())?.accessToken);
  if (res.status === 401) {
    const renewed = await renew();
    if (renewed) res = await send(renewed.accessToken);
  }
  if (!res.ok) throw await errorOf(res);
  return res;
}

export async function api<T>(path: string, options: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await authorised(path, options);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

// --- pages of lists, evidence files ---

/** One page of a list and how many rows match in all (the APIs' X-Total-Count header). */
export interface Page<T> {
  items: T[];
  total: number;
}

/** `path` with page, pageSize, sort and the other parameters given (empty ones left out). */
export function listPath(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function apiPage<T>(path: string): Promise<Page<T>> {
  const res = await authorised(path);
  const items = (await res.json()) as T[];
  return { items, total: Number(res.headers.get('x-total-count') ?? items.length) };
}

/** Sends one file as multipart/form-data (field `file`). */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await (await authorised(path, { method: 'POST', form })).json()) as T;
}

/** Downloads a file the API guards with the bearer token: fetched, then saved under its name by the browser. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const blob = await (await authorised(path)).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

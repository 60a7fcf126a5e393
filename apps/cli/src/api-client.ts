// The directive API as the CLI's reference-data commands call it: bearer token, JSON in
// and out; an error answer is thrown with its status and body so the command can print it.

export interface ApiTarget {
  api: string;
  token: string;
}

export class ApiAnswerError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

export async function callApi(target: ApiTarget, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${target.api.replace(/\/$/, '')}${path}`, {
    method,
    headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiAnswerError(response.status, parsed);
  return parsed;
}

/** An API failure in Vietnamese, with each problem the API named on its own line. */
export function describeApiFailure(error: unknown, api: string): string {
  if (error instanceof ApiAnswerError) {
    const body = error.body as { message?: string; problems?: string[] } | null;
    const problems = (body?.problems ?? []).map((p) => `  - ${p}\n`).join('');
    return `API trả lời ${error.status}: ${body?.message ?? JSON.stringify(body)}\n${problems}`;
  }
  return `Không gọi được API ${api}: ${(error as Error).message}\n`;
}

/** The total a paged list route announces in X-Total-Count (one row fetched). */
export async function totalOf(target: ApiTarget, path: string): Promise<number> {
  const response = await fetch(`${target.api.replace(/\/$/, '')}${path}${path.includes('?') ? '&' : '?'}pageSize=1`, {
    headers: { authorization: `Bearer ${target.token}` },
  });
  const text = await response.text();
  if (!response.ok) throw new ApiAnswerError(response.status, text ? JSON.parse(text) : null);
  return Number(response.headers.get('x-total-count') ?? 0);
}

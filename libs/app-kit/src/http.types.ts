// The few Express shapes the apps touch, said once (the apps do not depend on @types/express).
export interface HttpRequest {
  method: string;
  url: string;
  originalUrl?: string;
  /** The matched Express route (its path with :params): the access policy's key. */
  route?: { path?: string };
  headers: Record<string, string | string[] | undefined>;
  header(name: string): string | undefined;
  /** Set by the directive API's request-id middleware. */
  requestId?: string;
  /** Set by the audit API's guard once the bearer token is verified. */
  principal?: { userId: string; role: string; unitId: string };
}

export interface HttpResponse {
  status(code: number): HttpResponse;
  json(body: unknown): void;
  send(body: Buffer | string): void;
  setHeader(name: string, value: string): void;
}

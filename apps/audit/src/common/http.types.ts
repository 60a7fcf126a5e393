// The few Express shapes the app touches (no dependency on @types/express).
export interface HttpRequest {
  method: string;
  originalUrl?: string;
  url: string;
  /** The matched Express route (its path with :params). */
  route?: { path?: string };
  headers: Record<string, string | string[] | undefined>;
  principal?: { userId: string; role: string; unitId: string };
}

export interface HttpResponse {
  status(code: number): HttpResponse;
  json(body: unknown): void;
  send(body: Buffer | string): void;
  setHeader(name: string, value: string): void;
}

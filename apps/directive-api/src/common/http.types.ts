// The few Express shapes the API touches (the app does not depend on @types/express).
export interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  header(name: string): string | undefined;
  requestId?: string;
}

export interface HttpResponse {
  status(code: number): HttpResponse;
  json(body: unknown): void;
  setHeader(name: string, value: string): void;
}

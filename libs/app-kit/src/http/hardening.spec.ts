import 'reflect-metadata';
import { Body, Catch, Controller, Get, HttpCode, Logger, Module, Post, type INestApplication } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import { JsonErrorsFilter, type ErrorAnswer } from '../json-errors.filter';
import { useBodyLimits } from './body-parsers';
import { rateLimitModule, RateLimitGuard, SignInRateLimited } from './rate-limit';
import { useSecurityHeaders } from './security';

// The hardening both APIs share, on a real HTTP server of a tiny Nest app: body limits and
// unreadable bodies in the one error shape, security headers, CORS for one origin, and the
// write and sign-in rate limits.

@Catch()
class Filter extends JsonErrorsFilter {
  protected readonly logger = new Logger('test');
  protected answer(): ErrorAnswer | undefined {
    return undefined;
  }
}

@Controller()
class EchoController {
  @Get('read')
  read() {
    return { ok: true };
  }

  @Post('write')
  @HttpCode(200)
  write(@Body() body: unknown) {
    return { got: body };
  }

  @Post('big')
  @HttpCode(200)
  big(@Body() body: { text: string }) {
    return { length: body.text.length };
  }

  @Post('sign-in')
  @HttpCode(200)
  @SignInRateLimited()
  signIn() {
    return { token: 'x' };
  }
}

@Module({
  imports: [rateLimitModule({ RATE_LIMIT_WRITES_PER_MINUTE: 5, RATE_LIMIT_SIGN_IN_PER_MINUTE: 2 })],
  controllers: [EchoController],
  providers: [
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_FILTER, useClass: Filter },
  ],
})
class TestModule {}

describe('HTTP hardening shared by the APIs', () => {
  let app: INestApplication;
  let base = '';

  beforeAll(async () => {
    app = await NestFactory.create(TestModule, { logger: false });
    useSecurityHeaders(app, 'http://127.0.0.1:8080');
    useBodyLimits(app, { json: '1kb', routes: [{ path: '/big', json: '10kb' }] });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers 413 over the limit, in the shape of every 400, and lets a route have a larger limit', async () => {
    const tooBig = await post('/write', JSON.stringify({ text: 'x'.repeat(2_000) }), { 'x-forwarded-for': '10.0.0.1' });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'Nội dung yêu cầu quá lớn (request body too large)',
      problems: ['(body): nội dung vượt quá 1 KiB (body exceeds the 1 KiB limit)'],
    });
    expect((await post('/big', JSON.stringify({ text: 'x'.repeat(2_000) }))).status).toBe(200);
    expect((await post('/big', JSON.stringify({ text: 'x'.repeat(20_000) }))).status).toBe(413);
    const form = await fetch(`${base}/write`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `a=${'x'.repeat(2_000)}`,
    });
    expect(form.status).toBe(413);
    expect(((await form.json()) as { problems: string[] }).problems).toHaveLength(1);
  });

  it('answers malformed JSON with problems, like a validation error', async () => {
    const res = await post('/big', '{"text": ');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { problems: string[] };
    expect(Object.keys(body).sort()).toEqual(['error', 'message', 'problems', 'statusCode']);
    expect(body.problems).toEqual([expect.stringMatching(/^\(body\): JSON không hợp lệ \(.+\)$/)]);
  });

  it('sends security headers, and CORS only to the web origin', async () => {
    const res = await fetch(`${base}/read`, { headers: { origin: 'http://127.0.0.1:8080' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');
    const other = await fetch(`${base}/read`, { headers: { origin: 'http://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base}/write`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits sign-in attempts and writes per minute with 429 in Vietnamese and Retry-After, never reads', async () => {
    const signIns = [];
    for (let i = 0; i < 3; i++) signIns.push(await post('/sign-in', '{}'));
    expect(signIns.map((r) => r.status)).toEqual([200, 200, 429]);
    const refused = (await signIns[2].json()) as { message: string };
    expect(refused.message).toMatch(/^Quá nhiều yêu cầu, vui lòng thử lại sau \d+ giây \(too many requests: at most 2 per minute/);
    expect(Number(signIns[2].headers.get('retry-after'))).toBeGreaterThan(0);
    // Writes: 5 per minute per caller on any route; so far one to /big and three sign-ins.
    const writes: number[] = [];
    for (let i = 0; i < 3; i++) writes.push((await post('/write', '{}')).status);
    expect(writes).toEqual([200, 429, 429]);
    for (let i = 0; i < 10; i++) expect((await fetch(`${base}/read`)).status).toBe(200);
  });
});

import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOCAL_JWT_SECRET } from './auth-env';
import { InvalidTokenError, JwtVerifier } from './jwt.verifier';
import { signLocalToken } from './token.issuer';

const base = { AUTH_ISSUER: 'dondoc-local', AUTH_AUDIENCE: 'dondoc' };

describe('JwtVerifier', () => {
  it('accepts the local HS256 tokens `npm run token` prints, and reads role and unit', async () => {
    const verifier = new JwtVerifier({ ...base, AUTH_JWT_ALG: 'HS256', AUTH_JWT_SECRET: LOCAL_JWT_SECRET });
    const token = await signLocalToken({
      userId: 'so-noi-vu.giamdoc',
      role: 'unit-head',
      unitId: 'so-noi-vu',
      secret: LOCAL_JWT_SECRET,
      issuer: base.AUTH_ISSUER,
      audience: base.AUTH_AUDIENCE,
    });
    expect(await verifier.verify(token)).toEqual({ userId: 'so-noi-vu.giamdoc', role: 'unit-head', unitId: 'so-noi-vu', name: undefined });
    const wrongAudience = await signLocalToken({
      userId: 'x',
      role: 'admin',
      unitId: 'u',
      secret: LOCAL_JWT_SECRET,
      issuer: base.AUTH_ISSUER,
      audience: 'other',
    });
    await expect(verifier.verify(wrongAudience)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses an expired token, a wrong issuer and a wrong signature, saying why without echoing the token', async () => {
    const verifier = new JwtVerifier({ ...base, AUTH_JWT_ALG: 'HS256', AUTH_JWT_SECRET: LOCAL_JWT_SECRET });
    const sign = (over: Partial<{ secret: string; issuer: string; expiresIn: string }>) =>
      signLocalToken({
        userId: 'u',
        role: 'admin',
        unitId: 'u',
        secret: LOCAL_JWT_SECRET,
        issuer: base.AUTH_ISSUER,
        audience: base.AUTH_AUDIENCE,
        ...over,
      });
    const cases = [
      [await sign({ expiresIn: '-1m' }), /"exp" claim timestamp check failed/],
      [await sign({ issuer: 'someone-else' }), /unexpected "iss" claim value/],
      [await sign({ secret: 'another-secret-of-sixteen-chars' }), /signature verification failed/],
    ] as const;
    for (const [token, why] of cases) {
      const error = await verifier.verify(token).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error).toBeInstanceOf(InvalidTokenError);
      expect(error?.message).toMatch(why);
      expect(error?.message).not.toContain(token.split('.')[2]);
    }
  });

  it('verifies RS256 tokens against an identity provider JWKS URL', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const server = http.createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
      const verifier = new JwtVerifier({ ...base, AUTH_JWT_ALG: 'RS256', AUTH_JWT_SECRET: LOCAL_JWT_SECRET, AUTH_JWKS_URL: url });
      const token = await new SignJWT({ role: 'leader', unit: 'ubnd-tinh', name: 'Phạm Văn Cường' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('ubnd-tinh.pct-noi-chinh')
        .setIssuer(base.AUTH_ISSUER)
        .setAudience(base.AUTH_AUDIENCE)
        .setExpirationTime('5m')
        .sign(privateKey);
      expect(await verifier.verify(token)).toMatchObject({
        userId: 'ubnd-tinh.pct-noi-chinh',
        role: 'leader',
        unitId: 'ubnd-tinh',
        name: 'Phạm Văn Cường',
      });
      // An HS256 token signed with the local secret is refused when RS256 is configured.
      const local = await signLocalToken({
        userId: 'x',
        role: 'admin',
        unitId: 'u',
        secret: LOCAL_JWT_SECRET,
        issuer: base.AUTH_ISSUER,
        audience: base.AUTH_AUDIENCE,
      });
      await expect(verifier.verify(local)).rejects.toBeInstanceOf(InvalidTokenError);
    } finally {
      server.close();
    }
  });
});

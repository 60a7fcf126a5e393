import { JwtVerifier, LOCAL_JWT_SECRET } from '@dondoc/auth';
import { runTokenCommand } from './token-command';

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
}

describe('dondoc token', () => {
  it('prints a token the APIs verify, with the role, unit and user asked for', async () => {
    const { out, io: sink } = io();
    expect(await runTokenCommand(['--role', 'unit-head', '--unit', 'so-noi-vu', '--user', 'so-noi-vu.giamdoc'], sink, {})).toBe(0);
    const verifier = new JwtVerifier({
      AUTH_JWT_ALG: 'HS256',
      AUTH_JWT_SECRET: LOCAL_JWT_SECRET,
      AUTH_ISSUER: 'dondoc-local',
      AUTH_AUDIENCE: 'dondoc',
    });
    const principal = await verifier.verify(out.stdout.trim());
    expect(principal).toMatchObject({ userId: 'so-noi-vu.giamdoc', role: 'unit-head', unitId: 'so-noi-vu' });
  });

  it('signs with AUTH_JWT_SECRET when set, and refuses a bad configuration or role in both languages', async () => {
    const secret = 'another-secret-of-some-length';
    const signed = io();
    expect(await runTokenCommand(['--role', 'admin', '--unit', 'so-thong-tin-truyen-thong'], signed.io, { AUTH_JWT_SECRET: secret })).toBe(
      0,
    );
    await expect(
      new JwtVerifier({
        AUTH_JWT_ALG: 'HS256',
        AUTH_JWT_SECRET: LOCAL_JWT_SECRET,
        AUTH_ISSUER: 'dondoc-local',
        AUTH_AUDIENCE: 'dondoc',
      }).verify(signed.out.stdout.trim()),
    ).rejects.toThrow();

    const badRole = io();
    expect(await runTokenCommand(['--role', 'chairman', '--unit', 'ubnd-tinh'], badRole.io, {})).toBe(2);
    expect(badRole.out.stderr).toContain('--role and --unit are required');
    const shortSecret = io();
    expect(await runTokenCommand(['--role', 'admin', '--unit', 'x'], shortSecret.io, { AUTH_JWT_SECRET: 'short' })).toBe(2);
    expect(shortSecret.out.stderr).toContain('AUTH_JWT_SECRET');
    expect(shortSecret.out.stderr).not.toContain('short');
  });
});

import { runSeedCommand, type SeedEnv } from './seed-command';

// The command's own answers before it reaches an API; the seed against a real stack is
// test/e2e/dondoc-seed.e2e-spec.ts.

function io() {
  const out = { stdout: '', stderr: '' };
  const files: Record<string, string> = { 'bad.json': '{"number":"1/X"}' };
  return {
    out,
    io: {
      readFile: async (p: string) => {
        if (!(p in files)) throw new Error(`ENOENT: ${p}`);
        return new TextEncoder().encode(files[p]);
      },
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
    },
  };
}

const env: SeedEnv = { apiUrl: 'http://127.0.0.1:9', defaultFixturePath: 'default.json', orgChartPath: 'chart.json', authEnv: {} };

describe('dondoc seed', () => {
  it('prints its help in Vietnamese with English beside it', async () => {
    const { out, io: sink } = io();
    expect(await runSeedCommand(['--help'], sink, env)).toBe(0);
    expect(out.stdout).toContain('Cách dùng: dondoc seed');
    expect(out.stdout).toContain('Drafts and issues a directive through the API');
  });

  it('refuses bad options in both languages with the usage', async () => {
    for (const argv of [['--letter', 'a.txt', '--file', 'b.json'], ['--wait', 'soon'], ['--frobnicate']]) {
      const { out, io: sink } = io();
      expect(await runSeedCommand(argv, sink, env)).toBe(2);
      expect(out.stderr).toContain('Cách dùng: dondoc seed');
    }
    const both = io();
    await runSeedCommand(['--letter', 'a.txt', '--file', 'b.json'], both.io, env);
    expect(both.out.stderr).toContain('use one of --letter, --file');
  });

  it('does not sign a token when tokens come from an identity provider, and says so', async () => {
    const { out, io: sink } = io();
    expect(await runSeedCommand([], sink, { ...env, authEnv: { AUTH_JWT_ALG: 'RS256', AUTH_JWKS_URL: 'https://idp.example/jwks' } })).toBe(
      1,
    );
    expect(out.stderr).toContain('tokens come from the identity provider');
  });

  it('names a missing letter and a fixture that is not one, before calling the API', async () => {
    const missing = io();
    expect(await runSeedCommand(['--letter', 'none.txt', '--token', 't'], missing.io, env)).toBe(1);
    expect(missing.out.stderr).toContain('Không đọc được tệp none.txt (cannot read the file)');
    const bad = io();
    expect(await runSeedCommand(['--file', 'bad.json', '--token', 't'], bad.io, env)).toBe(1);
    expect(bad.out.stderr).toContain('Tệp bad.json không đúng mẫu (not a directive fixture)');
    expect(bad.out.stderr).toContain('date');
  });
});

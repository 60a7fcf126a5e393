import { runSearchCommand } from './search-command';

const run = async (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSearchCommand(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, { env: {} });
  return { code, out: out.join(''), err: err.join('') };
};

describe('dondoc search', () => {
  it('prints its usage in Vietnamese on --help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('dondoc search backfill [--batch <số dòng>] [--again]');
  });

  it('refuses an unknown subcommand and a bad batch size before touching the store, with exit code 2', async () => {
    expect(await run(['reindex'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Lệnh không hợp lệ (unknown command): search reindex'),
    });
    expect(await run([])).toMatchObject({ code: 2 });
    for (const batch of ['0', 'abc', '1.5', '20000']) {
      expect(await run(['backfill', '--batch', batch])).toMatchObject({
        code: 2,
        err: expect.stringContaining('--batch cần một số nguyên từ 1 đến 10000 (--batch must be an integer from 1 to 10000)'),
      });
    }
    expect(await run(['backfill', '--fast'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Tham số không hợp lệ (bad arguments)'),
    });
  });
});

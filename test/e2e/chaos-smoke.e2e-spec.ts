// One run of `npm run chaos` with a small load, in the e2e suite: its own store, broker and
// Temporal server, seeded kill -9 faults, then every invariant of the chaos run must hold.
import * as os from 'node:os';
import * as path from 'node:path';
import { runChaos } from '../chaos/chaos-run';

jest.setTimeout(600_000);

describe('chaos smoke', () => {
  it('recovers from one seeded run of faults with no violation', async () => {
    const lines: string[] = [];
    const [result] = await runChaos({
      runs: 1,
      first: 1,
      seed: 11,
      directives: 1,
      items: 2,
      faultWindowMs: 20_000,
      ackWithinMs: 20_000,
      recoveryTimeoutMs: 120_000,
      home: path.join(os.tmpdir(), `dondoc-chaos-smoke-${process.pid}`),
      log: (line) => lines.push(line),
    });
    expect({ violations: result.violations, log: lines }).toEqual({ violations: [], log: lines });
    expect(result.faults.length).toBeGreaterThanOrEqual(1);
    expect(result.recoveryMs).not.toBeNull();
  });
});

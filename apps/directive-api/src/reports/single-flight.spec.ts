import { SingleFlight } from './single-flight';

describe('SingleFlight', () => {
  it('shares one computation among identical questions asked meanwhile, and computes again once answered', async () => {
    const flight = new SingleFlight<number>();
    let runs = 0;
    let release: () => void = () => undefined;
    const compute = () => new Promise<number>((resolve) => ((runs += 1), (release = () => resolve(runs))));
    const a = flight.run('2026', compute);
    const b = flight.run('2026', compute);
    const other = flight.run('2025', () => Promise.resolve(-1));
    release();
    expect(await Promise.all([a, b, other])).toEqual([1, 1, -1]);
    const c = flight.run('2026', compute);
    release();
    expect(await c).toBe(2);
  });

  it('forgets a failed computation', async () => {
    const flight = new SingleFlight<number>();
    await expect(flight.run('k', () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    expect(await flight.run('k', () => Promise.resolve(3))).toBe(3);
  });
});

import { chunksOf, locateInChunks } from './directive-outbox-chunks';

const entry = (i: number, size = 10) => ({ eventId: `e${i}`, type: 't', topic: 'x', key: 'k', value: 'v'.repeat(size) });

describe('outbox chunks', () => {
  it('cut the events in order, by count and by bytes, one event at least per chunk', () => {
    const entries = Array.from({ length: 7 }, (_, i) => entry(i));
    expect(chunksOf(entries, 3).map((c) => c.map((e) => e.eventId))).toEqual([['e0', 'e1', 'e2'], ['e3', 'e4', 'e5'], ['e6']]);
    expect(chunksOf([entry(0, 50), entry(1, 50), entry(2, 500)], 100, 120).map((c) => c.length)).toEqual([2, 1]);
    expect(chunksOf([entry(0, 5000)], 100, 120)).toHaveLength(1); // an event larger than the budget still goes out
    expect(chunksOf([])).toEqual([]);
  });

  it('locate an outbox index in its chunk, or past the chunks', () => {
    expect(locateInChunks([3, 3, 1], 0)).toEqual({ n: 0, offset: 0 });
    expect(locateInChunks([3, 3, 1], 4)).toEqual({ n: 1, offset: 1 });
    expect(locateInChunks([3, 3, 1], 6)).toEqual({ n: 2, offset: 0 });
    expect(locateInChunks([3, 3, 1], 7)).toBeNull();
    expect(locateInChunks([], 0)).toBeNull();
  });
});

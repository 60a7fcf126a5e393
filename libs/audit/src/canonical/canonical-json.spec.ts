import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 'ạ', y: null }], c: undefined } })).toBe('{"a":{"d":[1,{"y":null,"z":"ạ"}]},"b":1}');
  });

  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: [true, 'a'] })).toBe(canonicalJson({ y: [true, 'a'], x: 1 }));
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow('$.a is not a finite number');
    expect(() => canonicalJson({ f: () => 1 })).toThrow('unsupported type function');
  });
});

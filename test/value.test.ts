import { equals, isTrue, known, literalOrigin, unknown } from '../src/model/value.js';

describe('value helpers', () => {
  it('are false on unknown values', () => {
    const u = unknown('not known', literalOrigin(undefined));
    expect(isTrue(u)).toBe(false);
    expect(equals(u, 'None')).toBe(false);
  });
  it('compare known strings, optionally ignoring case', () => {
    const v = known('none', literalOrigin(undefined));
    expect(equals(v, 'None')).toBe(false);
    expect(equals(v, 'None', true)).toBe(true);
  });
});

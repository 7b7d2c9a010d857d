/** Counts in messages, grouped by thousands without loading ICU. */
import fc from 'fast-check';
import { formatCount } from '../src/model/format-count.js';

describe('formatCount', () => {
  it('groups whole numbers by thousands', () => {
    expect([0, 7, 999, 1000, 10_000, 250_000, 1_000_000, 64 * 1024 * 1024, -1234567].map(formatCount)).toEqual([
      '0',
      '7',
      '999',
      '1,000',
      '10,000',
      '250,000',
      '1,000,000',
      '67,108,864',
      '-1,234,567',
    ]);
  });

  it('writes what is not a safe integer as JavaScript does', () => {
    expect([1.5, Number.NaN, Infinity, 2 ** 60].map(formatCount)).toEqual(['1.5', 'NaN', 'Infinity', String(2 ** 60)]);
  });

  it('agrees with en-US formatting on every safe integer it is given', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => formatCount(n) === n.toLocaleString('en-US')));
  });
});

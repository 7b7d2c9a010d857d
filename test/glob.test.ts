/** The config file's ignore globs: what they match, what they refuse, and that hostile ones cannot hang the scan. */
import { compileGlobs, GlobError } from '../src/config/glob.js';

const matches = (glob: string, paths: string[]): string[] => paths.filter(compileGlobs([glob]));

describe('ignore globs', () => {
  const paths = ['legacy', 'legacy/', 'legacy/main.tf', 'legacy/a/b.tf', 'live/legacy/main.tf', 'generated/x.tf', 'a/b/generated/x.tf', 'generated/sub/x.tf', 'x.tf', '.hidden.tf', 'dir/x.tf'];

  it.each([
    ['legacy/**', ['legacy', 'legacy/', 'legacy/main.tf', 'legacy/a/b.tf']],
    ['**/generated/*.tf', ['generated/x.tf', 'a/b/generated/x.tf']],
    ['*.tf', ['x.tf', '.hidden.tf']],
    ['**', paths],
    ['**/**/legacy/**', ['legacy', 'legacy/', 'legacy/main.tf', 'legacy/a/b.tf', 'live/legacy/main.tf']],
    ['{legacy,dir}/*.tf', ['legacy/main.tf', 'dir/x.tf']],
    ['[gx]*', ['x.tf']],
    ['[!gx]*.tf', ['.hidden.tf']],
    ['?.tf', ['x.tf']],
    ['legacy/', ['legacy/']],
  ])('%s', (glob, expected) => {
    expect(matches(glob, paths)).toEqual(expected);
  });

  it('reads **/ in the middle as any number of segments, none included', () => {
    expect(matches('a/**/b', ['a/b', 'a/x/b', 'a/x/y/b', 'ab', 'a/xb'])).toEqual(['a/b', 'a/x/b', 'a/x/y/b']);
  });

  it('expands nested braces, and reads a brace without a list, escapes and regular-expression characters literally', () => {
    expect(matches('a{b,c{d,e}}f', ['abf', 'acdf', 'acef', 'acf'])).toEqual(['abf', 'acdf', 'acef']);
    expect(matches('{a}.tf', ['{a}.tf', 'a.tf'])).toEqual(['{a}.tf']);
    expect(matches('we\\*ird', ['we*ird', 'weird'])).toEqual(['we*ird']);
    expect(matches('a.b|c(d)$^+', ['a.b|c(d)$^+', 'axb|c(d)$^+'])).toEqual(['a.b|c(d)$^+']);
    expect(matches('[]a]x', [']x', 'ax', 'bx'])).toEqual([']x', 'ax']);
    expect(matches('[\\d]', ['d', '1'])).toEqual(['d']);
  });

  it('matches any of several globs', () => {
    expect(paths.filter(compileGlobs(['x.tf', 'dir/**']))).toEqual(['x.tf', 'dir/x.tf']);
  });

  it.each([
    ['!legacy/keep/**', /ignore\.1: negated globs/],
    ['+(a|a)b', /ignore\.1: extended globs/],
    ['[z-a]', /ignore\.1: not a glob tf-acr-lint can read/],
    [`${'{a,b}'.repeat(9)}`, /ignore\.1: its "\{\.\.\.\}" lists expand to more than 256 globs/],
  ])('refuses %s, naming it', (glob, message) => {
    expect(() => compileGlobs(['ok/**', glob])).toThrow(GlobError);
    expect(() => compileGlobs(['ok/**', glob])).toThrow(message);
  });

  it('bounds what all the globs expand to together, and reads a leading ./ as the config file\'s directory', () => {
    expect(() => compileGlobs([`${'{a,b}'.repeat(8)}`, `${'{c,d}'.repeat(1)}`])).toThrow(/ignore\.1: the "\{\.\.\.\}" lists of the globs expand to more than 256 globs together/);
    expect(matches('./legacy/**', ['legacy/main.tf', 'live/main.tf'])).toEqual(['legacy/main.tf']);
  });

  it('never backtracks: patterns that made picomatch run for minutes answer at once', () => {
    expect(compileGlobs(['*a*a*a*a*a*a*a*a*a*a*a*a*b'])('a'.repeat(100_000))).toBe(false);
    expect(compileGlobs(['**/a/**/a/**/a/**/a/**/b'])('a/'.repeat(50_000))).toBe(false);
  });
});

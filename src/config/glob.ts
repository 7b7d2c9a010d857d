/**
 * The config file's `ignore` globs, matched in time linear in the path. Globs come from the
 * repository being scanned, so a pull request can write any: picomatch compiles them to JavaScript
 * regular expressions, which backtrack (`+(a|a)b` against a directory named with 26 `a`s took
 * 0.7 s and each further `a` doubles it; `*a*a*a*…b` is polynomial). Here a glob becomes an RE2
 * pattern, matched by re2js (already a dependency, for `replace()`), which never backtracks.
 *
 * Syntax: `*` (any characters but `/`), `**` as a whole segment (any number of segments, none
 * included), `?` (one character but `/`), `[abc]`, `[a-z]`, `[!a]` / `[^a]`, `{a,b}` (nesting
 * allowed), and `\` to take the next character literally. Dot files match like any other.
 */
import { RE2JS } from 're2js';

/** A glob tf-acr-lint does not read, and why. */
export class GlobError extends Error {
  /** @param index The position in the list of the glob at fault; undefined when the fault is the list's. */
  constructor(
    message: string,
    readonly index?: number,
  ) {
    super(message);
  }
}

/** Most globs the `{…}` lists of all the globs together may expand into, the nested ones multiplied. */
const MAX_ALTERNATIVES = 256;

/** Compiles globs into one matcher of paths relative to the config file (`/`-separated). */
export function compileGlobs(globs: readonly string[]): (relativePath: string) => boolean {
  const budget = { left: MAX_ALTERNATIVES };
  const patterns = globs.map((glob, index) => {
    try {
      const pattern = globPattern(glob, budget);
      RE2JS.compile(pattern);
      return pattern;
    } catch (error) {
      throw new GlobError(`ignore.${index}: ${error instanceof GlobError ? error.message : `not a glob tf-acr-lint can read (${error instanceof Error ? error.message : String(error)})`}`, index);
    }
  });
  try {
    const re = RE2JS.compile(patterns.map((p) => `(?:${p})`).join('|'));
    return (relativePath) => re.matches(relativePath);
  } catch (error) {
    throw new GlobError(`ignore: the globs together are more than tf-acr-lint compiles (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** The RE2 pattern of one glob (matched against the whole path); its expansions count against `budget`. */
function globPattern(glob: string, budget = { left: MAX_ALTERNATIVES }): string {
  if (glob.startsWith('!')) throw new GlobError('negated globs ("!...") are not supported: each glob names paths to ignore');
  if (/[@!+*?]\(/.test(glob)) throw new GlobError('extended globs ("@(...)", "+(...)", "!(...)", "*(...)", "?(...)") are not supported');
  // `./legacy/**` is `legacy/**`: paths are relative to the config file's directory.
  const alternatives = expandBraces(glob.replace(/^(?:\.\/)+/, ''));
  budget.left -= alternatives.length;
  if (budget.left < 0) throw new GlobError(`the "{...}" lists of the globs expand to more than ${MAX_ALTERNATIVES} globs together`);
  return alternatives.map(pathPattern).join('|');
}

/** `a/{b,c{d,e}}` → `a/b`, `a/cd`, `a/ce`; a `{` without its `}` (or without a comma) is literal. */
function expandBraces(glob: string): string[] {
  const open = findUnescaped(glob, '{', 0);
  if (open === -1) return [glob];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === ',' && depth === 1) commas.push(i);
    else if (c === '}' && --depth === 0) {
      if (commas.length === 0) break;
      const head = glob.slice(0, open);
      const bounds = [open, ...commas, i];
      const tails = expandBraces(glob.slice(i + 1));
      const out: string[] = [];
      for (let k = 0; k + 1 < bounds.length; k++) {
        for (const middle of expandBraces(glob.slice(bounds[k]! + 1, bounds[k + 1]))) {
          for (const tail of tails) {
            out.push(head + middle + tail);
            if (out.length > MAX_ALTERNATIVES) throw new GlobError(`its "{...}" lists expand to more than ${MAX_ALTERNATIVES} globs`);
          }
        }
      }
      return out;
    }
  }
  // Not a list: the `{` is literal, and any list after it still expands.
  return expandBraces(glob.slice(open + 1)).map((rest) => `${glob.slice(0, open)}\\{${rest}`);
}

function findUnescaped(text: string, char: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
}

/** A glob without braces, segment by segment: `**` alone in a segment spans any number of them. */
function pathPattern(glob: string): string {
  const segments = glob.split('/').filter((s, i, all) => !(s === '**' && all[i - 1] === '**'));
  let out = '';
  let separator = false;
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      if (i === 0) out += last ? '.*' : '(?:.*/)?';
      else out += '(?:/.*)?';
      separator = i > 0;
      return;
    }
    out += (separator ? '/' : '') + segmentPattern(segment);
    separator = true;
  });
  return out;
}

/** One segment: `*`, `?`, `[…]` and `\x` within it; everything else literal. */
function segmentPattern(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') {
      while (segment[i + 1] === '*') i++;
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '\\' && i + 1 < segment.length) {
      out += literal(segment[++i]!);
    } else if (c === '[') {
      const end = classEnd(segment, i);
      if (end === -1) out += literal(c);
      else {
        out += classPattern(segment.slice(i + 1, end));
        i = end;
      }
    } else {
      out += literal(c);
    }
  }
  return out;
}

/** Where a class opened at `open` closes; a `]` right after `[`, `[!` or `[^` is a member. -1 when it does not. */
function classEnd(segment: string, open: number): number {
  let i = open + 1;
  if (segment[i] === '!' || segment[i] === '^') i++;
  if (segment[i] === ']') i++;
  for (; i < segment.length; i++) {
    if (segment[i] === '\\') i++;
    else if (segment[i] === ']') return i;
  }
  return -1;
}

/** A class's members as RE2 writes them; never `/`, which only a segment boundary matches. */
function classPattern(body: string): string {
  const negated = body.startsWith('!') || body.startsWith('^');
  let members = '';
  for (let i = negated ? 1 : 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && i + 1 < body.length) members += classMember(body[++i]!);
    else if (c === '-' && members !== '' && i + 1 < body.length) members += '-';
    else members += classMember(c);
  }
  return negated ? `[^/${members}]` : `(?:[${members}])`;
}

/** `c` as a literal member of a class: ASCII punctuation escaped, the rest as it is (an escaped `d` would be every digit). */
function classMember(c: string): string {
  return /[A-Za-z0-9]/.test(c) || c.charCodeAt(0) > 0x7f ? c : `\\${c}`;
}

/** `c` matched literally. */
function literal(c: string): string {
  return /[\\.^$|?*+()[\]{}]/.test(c) ? `\\${c}` : c;
}

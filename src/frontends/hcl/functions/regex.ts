/**
 * The string matching behind `replace`: RE2 patterns translated to JS regular expressions, Go's
 * replacement templates (`$1`, `${name}`) and Go's literal `strings.ReplaceAll`.
 */
import { Bail } from './call.js';

/**
 * Compiles an RE2 pattern as a JS RegExp in `u` mode: `(?P<name>` and leading `(?ims)` flags are
 * translated and escaped punctuation becomes `\xHH`. RE2 syntax JS would read differently (POSIX
 * classes, `\pL`, `\z`, `\Q`, inline flag groups) fails to compile in `u` mode, so the result is
 * unknown rather than wrong.
 */
export function compileRe2(pattern: string): RegExp {
  const lead = /^\(\?([ims]+)\)/.exec(pattern);
  const body = (lead ? pattern.slice(lead[0].length) : pattern).replace(
    /\\([!-/:-@[-`{-~])|\(\?P</g,
    (_whole: string, punct?: string) =>
      punct === undefined ? '(?<' : `\\x${punct.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  try {
    return new RegExp(body, `gu${lead?.[1] ?? ''}`);
  } catch (e) {
    throw new Bail(`cannot compile the regular expression /${pattern}/: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Go's `Regexp.Expand`: `$1`, `${1}`, `$name`, `${name}`, `$$`; missing groups expand to "". */
function expandTemplate(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(?:\{(\w+)\}|(\w+)|\$?)/g, (_whole: string, braced?: string, bare?: string) => {
    const name = braced ?? bare;
    if (name === undefined) return '$';
    return (/^\d+$/.test(name) ? m[Number(name)] : m.groups?.[name]) ?? '';
  });
}

/** Go's `ReplaceAllString`: like JS, but an empty match right after a match is skipped. */
export function replaceRegex(s: string, re: RegExp, template: string): string {
  let out = '';
  let last = 0;
  let prevEnd = -1;
  for (const m of s.matchAll(re)) {
    if (m[0] === '' && m.index === prevEnd) continue;
    out += s.slice(last, m.index) + expandTemplate(template, m);
    last = prevEnd = m.index + m[0].length;
  }
  return out + s.slice(last);
}

/** Go's `strings.ReplaceAll`: an empty search string matches before every character and at the end. */
export function replaceLiteral(s: string, search: string, replacement: string): string {
  if (search !== '') return s.split(search).join(replacement);
  return replacement + Array.from(s, (ch) => ch + replacement).join('');
}

/**
 * The string matching behind `replace`: RE2 patterns, matched by re2js (a port of RE2, which
 * Terraform uses through Go's regexp), Go's replacement templates (`$1`, `${name}`) and Go's
 * literal `strings.ReplaceAll`. RE2 matches in time linear in the input, so no pattern can make
 * the scan hang, and it refuses what RE2 has not (lookaround, backreferences), as Terraform does.
 */
import { RE2JS, type Matcher } from 're2js';
import { Bail, notEvaluated } from './call.js';
import { formatCount } from '../../../model/format-count.js';

/** Compiles an RE2 pattern; a pattern RE2 refuses bails with RE2's reason. */
export function compileRe2(pattern: string): RE2JS {
  try {
    return RE2JS.compile(pattern);
  } catch (e) {
    throw new Bail(`cannot compile the regular expression /${pattern}/: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Go's `Regexp.Expand`: `$$` is a `$`; `$name` and `${name}` take the longest name of letters,
 * digits and `_` (Unicode ones too), a group number when it is all digits without a leading zero,
 * else a group name; a group that does not exist, or did not match, expands to "". A `$` that
 * starts no name is written as it is.
 */
function expandTemplate(template: string, re: RE2JS, m: Matcher): string {
  return template.replace(/\$(?:\$|\{([\p{L}\p{Nd}_]+)\}|([\p{L}\p{Nd}_]+))?/gu, (_whole: string, braced?: string, bare?: string) => {
    const name = braced ?? bare;
    if (name === undefined) return '$';
    const group = /^(?:0|[1-9]\d{0,8})$/.test(name) ? Number(name) : re.namedGroups()[name];
    return group !== undefined && group <= re.groupCount() ? (m.group(group) ?? '') : '';
  });
}

/** Longest string `replace` matches a regular expression against (1 Mi characters): every match costs a step, and a few doubling locals make strings of millions. */
export const MAX_REGEX_INPUT = 1024 * 1024;

/** Most characters times pattern instructions one `replace()` matches (about a second of matching). */
const MAX_MATCH_WORK = 64 * 1024 * 1024;

/** Go's `ReplaceAllString`: every match replaced, except an empty match right after a match. */
export function replaceRegex(s: string, re: RE2JS, template: string): string {
  if (s.length > MAX_REGEX_INPUT) throw notEvaluated(`is not evaluated: the string has ${formatCount(s.length)} characters, more than the ${formatCount(MAX_REGEX_INPUT)} tf-acr-lint matches a regular expression against`);
  // Matching is linear in the input, times the size of the compiled pattern: (x?){1000} against 1 Mi characters took 51 s.
  if (s.length * re.programSize() > MAX_MATCH_WORK) {
    throw notEvaluated(`is not evaluated: matching a pattern of ${formatCount(re.programSize())} instructions against ${formatCount(s.length)} characters is more work than tf-acr-lint does (${formatCount(MAX_MATCH_WORK)})`);
  }
  const m = re.matcher(s);
  let out = '';
  let last = 0;
  let prevEnd = -1;
  while (m.find()) {
    const start = m.start();
    const end = m.end();
    if (start === end && start === prevEnd) continue;
    out += s.slice(last, start) + expandTemplate(template, re, m);
    last = prevEnd = end;
  }
  return out + s.slice(last);
}

/** Go's `strings.ReplaceAll`: an empty search string matches before every character and at the end. */
export function replaceLiteral(s: string, search: string, replacement: string): string {
  if (search !== '') return s.split(search).join(replacement);
  return replacement + Array.from(s, (ch) => ch + replacement).join('');
}

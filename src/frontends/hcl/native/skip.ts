/**
 * Skips a bracketed construct without parsing it: what lies deeper than the parser's nesting
 * limit. It runs without recursion, so no input can exhaust the stack here, and it knows just
 * enough of the syntax (strings, heredocs, template sequences, comments) to find the matching
 * closing bracket.
 */

/** Where the skipped construct ends, or the opening that is never closed. */
export type SkipResult = { end: number } | { unclosedAt: number; openEnd: number; what: string; token: string };

/** What is open: `at` and `openEnd` enclose its opening (`[`, `${`, `"`, `<<EOT`), for the message when it is never closed. */
type Frame = { at: number; openEnd: number } & ({ kind: 'code'; closer: string; what: string } | { kind: 'quoted' } | { kind: 'heredoc'; marker: string });

const CLOSER: Record<string, string> = { '[': ']', '(': ')', '{': '}' };
const WHAT: Record<string, string> = { '[': 'list', '(': 'parenthesis', '{': 'block or object' };
const HEREDOC = /<<-?([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy;

/** Skips the construct that opens at `start` (a bracket, a quote or a heredoc) and returns its end. */
export function skipConstruct(text: string, start: number): SkipResult {
  const stack: Frame[] = [];
  let i = start;
  const open = (at: number): boolean => {
    const c = text[at]!;
    if (CLOSER[c]) {
      stack.push({ kind: 'code', closer: CLOSER[c]!, what: WHAT[c]!, at, openEnd: at + 1 });
      i = at + 1;
      return true;
    }
    if (c === '"') {
      stack.push({ kind: 'quoted', at, openEnd: at + 1 });
      i = at + 1;
      return true;
    }
    HEREDOC.lastIndex = at;
    const heredoc = HEREDOC.exec(text);
    if (heredoc) {
      stack.push({ kind: 'heredoc', marker: heredoc[1]!, at, openEnd: at + heredoc[0].trimEnd().length });
      i = HEREDOC.lastIndex;
      return true;
    }
    return false;
  };
  if (!open(start)) return { end: start + 1 };
  while (stack.length > 0) {
    if (i >= text.length) return unclosed(stack[stack.length - 1]!);
    const top = stack[stack.length - 1]!;
    const c = text[i]!;
    if (top.kind === 'code') {
      if (c === '#' || (c === '/' && text[i + 1] === '/')) {
        const eol = text.indexOf('\n', i);
        i = eol === -1 ? text.length : eol;
      } else if (c === '/' && text[i + 1] === '*') {
        const close = text.indexOf('*/', i + 2);
        i = close === -1 ? text.length : close + 2;
      } else if (c === top.closer) {
        stack.pop();
        i++;
      } else if (!open(i)) i++;
    } else if (top.kind === 'quoted') {
      if (c === '\n') return unclosed(top);
      if (c === '"') {
        stack.pop();
        i++;
      } else i += templateStep(text, i, stack, true);
    } else {
      const lineStart = i === 0 || text[i - 1] === '\n';
      const closing = lineStart ? closingMarkerEnd(text, i, top.marker) : -1;
      if (closing !== -1) {
        stack.pop();
        i = closing;
      } else i += templateStep(text, i, stack, false);
    }
  }
  return { end: i };
}

/**
 * One step through template text: an escape, a `${` / `%{` that opens code, or one character. A
 * backslash escapes only in a quoted string, and never a line break (the string ends unclosed there).
 */
function templateStep(text: string, i: number, stack: Frame[], quoted: boolean): number {
  const c = text[i];
  if (c === '\\' && quoted) return text[i + 1] === '\n' || text[i + 1] === '\r' ? 1 : 2;
  if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') return 3;
  if ((c === '$' || c === '%') && text[i + 1] === '{') {
    stack.push({ kind: 'code', closer: '}', what: c === '$' ? 'interpolation' : 'template directive', at: i, openEnd: i + 2 });
    return 2;
  }
  return 1;
}

/**
 * After a heredoc's closing marker on the line that starts at `i`, or -1 when the line is not one.
 * As in HCL, blanks around the marker are allowed and a line break must follow it.
 */
export function closingMarkerEnd(text: string, i: number, marker: string): number {
  let j = i;
  while (text[j] === ' ' || text[j] === '\t') j++;
  if (!text.startsWith(marker, j)) return -1;
  const end = j + marker.length;
  let k = end;
  while (text[k] === ' ' || text[k] === '\t') k++;
  if (text[k] === '\n' || (text[k] === '\r' && text[k + 1] === '\n')) return end;
  return -1;
}

function unclosed(frame: Frame): SkipResult {
  const { at: unclosedAt, openEnd } = frame;
  if (frame.kind === 'quoted') return { unclosedAt, openEnd, what: 'string', token: '"' };
  if (frame.kind === 'heredoc') return { unclosedAt, openEnd, what: 'heredoc', token: frame.marker };
  return { unclosedAt, openEnd, what: frame.what, token: frame.closer };
}

/**
 * Checks that a stretch of text is one valid JSON value, without building it: what a document
 * part that is not read costs instead of `JSON.parse` and the garbage collection of its objects.
 * It accepts exactly the grammar of RFC 8259 that `JSON.parse` accepts; a fuzz test holds the two
 * to agreeing.
 */

/** Open objects and arrays deeper than this are not followed: such a part is parsed instead, whatever it costs. */
const MAX_DEPTH = 10_000;

const enum Char {
  Tab = 0x09,
  LineFeed = 0x0a,
  Return = 0x0d,
  Space = 0x20,
  Quote = 0x22,
  Plus = 0x2b,
  Comma = 0x2c,
  Minus = 0x2d,
  Dot = 0x2e,
  Slash = 0x2f,
  Zero = 0x30,
  One = 0x31,
  Nine = 0x39,
  Colon = 0x3a,
  UpperA = 0x41,
  UpperE = 0x45,
  UpperF = 0x46,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  LowerA = 0x61,
  LowerB = 0x62,
  LowerE = 0x65,
  LowerF = 0x66,
  LowerN = 0x6e,
  LowerR = 0x72,
  LowerT = 0x74,
  LowerU = 0x75,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d,
}

/** The offset of the first character from `at` on that is not JSON whitespace. */
export function skipWhitespace(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i); c === Char.Space || c === Char.LineFeed || c === Char.Return || c === Char.Tab; c = text.charCodeAt(i)) i++;
  return i;
}

/**
 * The offset just past the JSON value that starts at `at` (after whitespace), or -1 when the text
 * there is not one valid value (or nests deeper than MAX_DEPTH).
 */
export function skipValue(text: string, at: number): number {
  // What each open container is: true for an object, false for an array.
  const open: boolean[] = [];
  let i = at;
  for (;;) {
    i = skipWhitespace(text, i);
    const c = text.charCodeAt(i);
    if (c === Char.OpenBrace || c === Char.OpenBracket) {
      const object = c === Char.OpenBrace;
      const close = object ? Char.CloseBrace : Char.CloseBracket;
      i = skipWhitespace(text, i + 1);
      if (text.charCodeAt(i) === close) {
        i++;
      } else {
        if (open.length === MAX_DEPTH) return -1;
        open.push(object);
        if (object && (i = skipMemberName(text, i)) === -1) return -1;
        continue;
      }
    } else if ((i = skipScalar(text, i, c)) === -1) {
      return -1;
    }
    // After a value: a comma and the next element or member, or the end of containers.
    for (;;) {
      if (open.length === 0) return i;
      i = skipWhitespace(text, i);
      const after = text.charCodeAt(i);
      const object = open[open.length - 1]!;
      if (after === Char.Comma) {
        i++;
        if (object && (i = skipMemberName(text, skipWhitespace(text, i))) === -1) return -1;
        break;
      }
      if (after !== (object ? Char.CloseBrace : Char.CloseBracket)) return -1;
      open.pop();
      i++;
    }
  }
}

/** Past an object member's `"name" :` starting at `at`, or -1. */
export function skipMemberName(text: string, at: number): number {
  if (text.charCodeAt(at) !== Char.Quote) return -1;
  const end = skipString(text, at + 1);
  if (end === -1) return -1;
  const colon = skipWhitespace(text, end);
  return text.charCodeAt(colon) === Char.Colon ? colon + 1 : -1;
}

/** Past the string, number or literal whose first character `c` is at `at`, or -1. */
function skipScalar(text: string, at: number, c: number): number {
  if (c === Char.Quote) return skipString(text, at + 1);
  if (c === Char.LowerT) return text.startsWith('true', at) ? at + 4 : -1;
  if (c === Char.LowerF) return text.startsWith('false', at) ? at + 5 : -1;
  if (c === Char.LowerN) return text.startsWith('null', at) ? at + 4 : -1;
  return skipNumber(text, at);
}

/** Past the closing quote of a string whose characters start at `at`, or -1. */
function skipString(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i++);
    if (c === Char.Quote) return i;
    if (c === Char.Backslash) {
      const escaped = text.charCodeAt(i++);
      if (escaped === Char.LowerU) {
        for (const end = i + 4; i < end; i++) if (!isHexDigit(text.charCodeAt(i))) return -1;
      } else if (!isSimpleEscape(escaped)) {
        return -1;
      }
    } else if (!(c >= Char.Space)) {
      // A control character, or NaN past the end of the text.
      return -1;
    }
  }
}

function isHexDigit(c: number): boolean {
  return (c >= Char.Zero && c <= Char.Nine) || (c >= Char.UpperA && c <= Char.UpperF) || (c >= Char.LowerA && c <= Char.LowerF);
}

function isSimpleEscape(c: number): boolean {
  return c === Char.Quote || c === Char.Backslash || c === Char.Slash || c === Char.LowerB || c === Char.LowerF || c === Char.LowerN || c === Char.LowerR || c === Char.LowerT;
}

/** Past a number `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` at `at`, or -1. */
function skipNumber(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === Char.Minus) i++;
  const first = text.charCodeAt(i);
  if (first === Char.Zero) i++;
  else if (first >= Char.One && first <= Char.Nine) i = skipDigits(text, i + 1);
  else return -1;
  if (text.charCodeAt(i) === Char.Dot) {
    if (!isDigit(text.charCodeAt(i + 1))) return -1;
    i = skipDigits(text, i + 1);
  }
  const e = text.charCodeAt(i);
  if (e === Char.LowerE || e === Char.UpperE) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === Char.Plus || sign === Char.Minus) i++;
    if (!isDigit(text.charCodeAt(i))) return -1;
    i = skipDigits(text, i);
  }
  return i;
}

function isDigit(c: number): boolean {
  return c >= Char.Zero && c <= Char.Nine;
}

function skipDigits(text: string, at: number): number {
  let i = at;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

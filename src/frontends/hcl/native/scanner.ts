/**
 * The token scanner of HCL's native syntax. It hands the parser one token at a time and records
 * whether a line break came before it: the parser decides where line breaks matter (between body
 * items and object items, not inside brackets), so the scanner never emits newline tokens.
 * Template text (inside `"…"` and heredocs) is not scanned here: the parser reads it character by
 * character and hands control back with `resume`.
 */

/** The kinds of token: punctuation is its own text. */
export type TokenType =
  | 'ident'
  | 'number'
  | 'quote'
  | 'heredoc'
  | 'eof'
  | 'invalid'
  | '{' | '}' | '[' | ']' | '(' | ')' | ',' | '=' | ':' | '?' | '.' | '...' | '=>' | '::' | '~'
  | '!' | '-' | '+' | '*' | '/' | '%' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '&&' | '||';

const enum Ch {
  Tab = 9,
  Newline = 10,
  Return = 13,
  Space = 32,
  Bang = 33,
  Quote = 34,
  Hash = 35,
  Percent = 37,
  Amp = 38,
  LParen = 40,
  RParen = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  Less = 60,
  Equals = 61,
  Greater = 62,
  Question = 63,
  UpperA = 65,
  UpperE = 69,
  UpperZ = 90,
  LBracket = 91,
  RBracket = 93,
  Underscore = 95,
  LowerA = 97,
  LowerE = 101,
  LowerZ = 122,
  LBrace = 123,
  Pipe = 124,
  RBrace = 125,
  Tilde = 126,
}

const ID_START = /[\p{ID_Start}_]/uy;
const ID_CONTINUE = /[\p{ID_Continue}-]/uy;

/** True when `code` is an ASCII digit. */
function isDigit(code: number): boolean {
  return code >= Ch.Zero && code <= Ch.Nine;
}

/** The current token and the position after it. */
export class Scanner {
  /** Offset where scanning resumes: the end of the current token. */
  pos = 0;
  type: TokenType = 'eof';
  start = 0;
  end = 0;
  /** A line break (outside a block comment) lies between the previous token and this one. */
  nl = false;
  /** For `heredoc`: the closing marker and whether it is `<<-` (indented). */
  marker = '';
  flush = false;

  constructor(readonly text: string) {}

  /** The current token's text. */
  tokenText(): string {
    return this.text.slice(this.start, this.end);
  }

  /** True when the current token is of `type` (a method, so that checks are not narrowed across `next()`). */
  at(type: TokenType): boolean {
    return this.type === type;
  }

  /** Continues scanning at `offset` (after template text the parser read itself). */
  resume(offset: number): void {
    this.pos = offset;
    this.next();
  }

  /** Scans the next token. */
  next(): void {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    let nl = false;
    // Whitespace and comments.
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === Ch.Space || c === Ch.Tab || (c === Ch.Return && text.charCodeAt(i + 1) === Ch.Newline)) i++;
      else if (c === Ch.Newline) {
        nl = true;
        i++;
      } else if (c === Ch.Hash || (c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Slash)) {
        const eol = text.indexOf('\n', i);
        i = eol === -1 ? n : eol;
      } else if (c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Star) {
        const close = text.indexOf('*/', i + 2);
        if (close === -1) {
          // An unclosed comment: the rest of the file is the invalid token.
          this.set('invalid', i, n, nl);
          return;
        }
        i = close + 2;
      } else break;
    }
    if (i >= n) return this.set('eof', n, n, nl);
    const c = text.charCodeAt(i);
    if ((c >= Ch.LowerA && c <= Ch.LowerZ) || (c >= Ch.UpperA && c <= Ch.UpperZ) || c === Ch.Underscore) return this.set('ident', i, this.identEnd(i + 1), nl);
    if (isDigit(c)) return this.set('number', i, this.numberEnd(i), nl);
    const c1 = text.charCodeAt(i + 1);
    switch (c) {
      case Ch.Quote:
        return this.set('quote', i, i + 1, nl);
      case Ch.LBrace:
      case Ch.RBrace:
      case Ch.LBracket:
      case Ch.RBracket:
      case Ch.LParen:
      case Ch.RParen:
      case Ch.Comma:
      case Ch.Question:
      case Ch.Tilde:
      case Ch.Minus:
      case Ch.Plus:
      case Ch.Star:
      case Ch.Slash:
      case Ch.Percent:
        return this.set(text[i] as TokenType, i, i + 1, nl);
      case Ch.Dot:
        return c1 === Ch.Dot && text.charCodeAt(i + 2) === Ch.Dot ? this.set('...', i, i + 3, nl) : this.set('.', i, i + 1, nl);
      case Ch.Colon:
        return c1 === Ch.Colon ? this.set('::', i, i + 2, nl) : this.set(':', i, i + 1, nl);
      case Ch.Equals:
        if (c1 === Ch.Equals) return this.set('==', i, i + 2, nl);
        return c1 === Ch.Greater ? this.set('=>', i, i + 2, nl) : this.set('=', i, i + 1, nl);
      case Ch.Bang:
        return c1 === Ch.Equals ? this.set('!=', i, i + 2, nl) : this.set('!', i, i + 1, nl);
      case Ch.Greater:
        return c1 === Ch.Equals ? this.set('>=', i, i + 2, nl) : this.set('>', i, i + 1, nl);
      case Ch.Less:
        if (c1 === Ch.Less && this.heredoc(i, nl)) return;
        return c1 === Ch.Equals ? this.set('<=', i, i + 2, nl) : this.set('<', i, i + 1, nl);
      case Ch.Amp:
        return c1 === Ch.Amp ? this.set('&&', i, i + 2, nl) : this.set('invalid', i, i + 1, nl);
      case Ch.Pipe:
        return c1 === Ch.Pipe ? this.set('||', i, i + 2, nl) : this.set('invalid', i, i + 1, nl);
    }
    if (c >= 0x80 && this.matches(ID_START, i)) return this.set('ident', i, this.identEnd(i + this.width(i)), nl);
    return this.set('invalid', i, i + this.width(i), nl);
  }

  private set(type: TokenType, start: number, end: number, nl: boolean): void {
    this.type = type;
    this.start = start;
    this.end = end;
    this.pos = end;
    this.nl = nl;
  }

  /** End of an identifier whose first character ends before `i`: letters, digits, `_` and `-`. */
  private identEnd(i: number): number {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(i);
      if ((c >= Ch.LowerA && c <= Ch.LowerZ) || (c >= Ch.UpperA && c <= Ch.UpperZ) || isDigit(c) || c === Ch.Underscore || c === Ch.Minus) i++;
      else if (c >= 0x80 && this.matches(ID_CONTINUE, i)) i += this.width(i);
      else return i;
    }
  }

  /** UTF-16 units of the character at `i`: 2 for a surrogate pair, 1 otherwise (a lone surrogate included). */
  private width(i: number): number {
    const c = this.text.charCodeAt(i);
    const next = this.text.charCodeAt(i + 1);
    return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }

  private matches(re: RegExp, i: number): boolean {
    re.lastIndex = i;
    return re.test(this.text);
  }

  /**
   * End of a number as HCL scans one: a digit, then any digits, dots and exponents (`e`, `E`, an
   * optional sign, a digit), not ending in a dot. `1.e3` is a number; `1.5.0` is scanned whole and
   * refused by the parser; in `a.0.b` the number is `0`.
   */
  private numberEnd(i: number): number {
    const text = this.text;
    let j = i + 1;
    for (;;) {
      const c = text.charCodeAt(j);
      if (isDigit(c) || c === Ch.Dot) j++;
      else if (c === Ch.LowerE || c === Ch.UpperE) {
        let k = j + 1;
        const sign = text.charCodeAt(k);
        if (sign === Ch.Plus || sign === Ch.Minus) k++;
        if (!isDigit(text.charCodeAt(k))) break;
        j = k + 1;
      } else break;
    }
    while (text.charCodeAt(j - 1) === Ch.Dot) j--;
    return j;
  }

  /** `<<EOT` or `<<-EOT` directly followed by a line break opens a heredoc; the token ends after the line break. */
  private heredoc(i: number, nl: boolean): boolean {
    const text = this.text;
    let j = i + 2;
    const flush = text.charCodeAt(j) === Ch.Minus;
    if (flush) j++;
    const c = text.charCodeAt(j);
    if (!((c >= Ch.LowerA && c <= Ch.LowerZ) || (c >= Ch.UpperA && c <= Ch.UpperZ) || c === Ch.Underscore || (c >= 0x80 && this.matches(ID_START, j)))) return false;
    const markerEnd = this.identEnd(j + 1);
    let k = markerEnd;
    if (text.charCodeAt(k) === Ch.Return) k++;
    if (text.charCodeAt(k) !== Ch.Newline) return false;
    this.marker = text.slice(j, markerEnd);
    this.flush = flush;
    this.set('heredoc', i, markerEnd, nl);
    this.pos = k + 1;
    return true;
  }
}

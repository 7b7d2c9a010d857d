/**
 * What the HCL parser's parts share: the scanner, positions, the line-break rule, and the syntax
 * errors that stop a file. `TemplateParser` adds templates, `NativeParser` bodies and expressions.
 */
import type { Span } from '../../../model/span.js';
import { SourceText } from '../source-text.js';
import type { SyntaxProblem } from '../syntax.js';
import { Scanner, type TokenType } from './scanner.js';
import { skipConstruct } from './skip.js';

/** Deepest nesting read; deeper input is reported and skipped instead of overflowing the stack. */
export const MAX_NESTING = 256;

/** The syntax error that stops a file. */
export class SyntaxFailure extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(problem.message);
  }
}

/** The parser's state and the helpers every part uses. */
export abstract class ParserBase {
  readonly problems: SyntaxProblem[] = [];
  protected readonly scanner: Scanner;
  protected readonly source: SourceText;
  /** Whether a line break ends the expression being read (in bodies and object items, not inside brackets). */
  protected lineBreakEnds = true;
  private reportedTooDeep = false;

  constructor(
    protected readonly file: string,
    protected readonly text: string,
    /** When set, every span is this one (templates read out of a JSON string). */
    protected readonly fixedSpan?: Span,
  ) {
    this.scanner = new Scanner(text);
    this.source = new SourceText(file, text);
  }

  /** Where a line break ends the expression, none may follow an operator or `=`: HCL would end the expression there. */
  protected noLineBreakAfter(what: string): void {
    const s = this.scanner;
    if (this.lineBreakEnds && s.nl && !s.at('eof')) {
      throw this.failure(`syntax error: line break after "${what}": HCL ends an argument at the end of its line; wrap a long expression in parentheses`, s.start, s.end);
    }
  }

  /** The current token (`what`) would continue the expression, but a line break ends it first. */
  protected lineBreakBefore(what: string): SyntaxFailure {
    const s = this.scanner;
    return this.failure(`syntax error: line break before "${what}": HCL ends an argument or object item at the end of its line; wrap a long expression in parentheses`, s.start, s.end);
  }

  /** True when the current token is `type` and continues the expression (no line break ends it first). */
  protected continues(type: TokenType): boolean {
    const s = this.scanner;
    return s.at(type) && !(s.nl && this.lineBreakEnds);
  }

  /** `k, v in` or `v in` of a `for` expression or directive: the one or two names, with `in` read. */
  protected forVariables(of: 'expression' | 'directive'): string[] {
    const s = this.scanner;
    const vars: string[] = [];
    for (;;) {
      if (!s.at('ident')) throw this.unexpected(`a variable name in the "for" ${of}`);
      vars.push(s.tokenText());
      s.next();
      if (!s.at(',') || vars.length === 2) break;
      s.next();
    }
    if (!s.at('ident') || s.tokenText() !== 'in') throw this.unexpected(`"in" in the "for" ${of}`);
    s.next();
    return vars;
  }

  /** Runs `read` with line breaks ignored, as inside brackets. */
  protected bracketed<T>(read: () => T): T {
    const saved = this.lineBreakEnds;
    this.lineBreakEnds = false;
    try {
      return read();
    } finally {
      this.lineBreakEnds = saved;
    }
  }

  protected span(start: number, end: number): Span {
    return this.fixedSpan ?? this.source.span(start, end);
  }

  protected join(a: Span, b: Span): Span {
    return this.fixedSpan ?? { file: this.file, start: a.start, end: b.end };
  }

  protected failure(message: string, start: number, end: number): SyntaxFailure {
    return new SyntaxFailure({ message, severity: 'error', span: this.span(start, end) });
  }

  /** The current token was not what the syntax allows here. */
  protected unexpected(wanted: string): SyntaxFailure {
    const s = this.scanner;
    if (s.at('eof')) return this.failure(`syntax error: unexpected end of file; expected ${wanted}`, s.start, s.end);
    if (s.at('invalid') && this.text.startsWith('/*', s.start)) return this.neverClosed(s.start, '*/', 'comment', s.start + 2);
    const snippet = this.text.slice(s.start, Math.min(s.end, s.start + 30)).split('\n')[0];
    return this.failure(`syntax error: unexpected ${JSON.stringify(snippet)}; expected ${wanted}`, s.start, s.end);
  }

  /** An opening bracket, quote or heredoc at `open` whose closing `token` never comes. */
  protected neverClosed(open: number, token: string, what: string, openEnd = open + 1): SyntaxFailure {
    return this.failure(`syntax error: missing ${JSON.stringify(token)}: this ${what} is never closed`, open, openEnd);
  }

  /** Reported once per file: the part nested too deep is left out, the rest is read. */
  protected tooDeep(at: number): void {
    if (this.reportedTooDeep) return;
    this.reportedTooDeep = true;
    this.problems.push({ message: `nested deeper than ${MAX_NESTING} levels; the deeper part is not evaluated`, severity: 'warning', span: this.span(at, at) });
  }

  /** Skips the construct opening at `start` and moves the scanner past it; returns its end. */
  protected skip(start: number): number {
    const result = skipConstruct(this.text, start);
    if ('unclosedAt' in result) throw this.neverClosed(result.unclosedAt, result.token, result.what, result.openEnd);
    this.scanner.resume(result.end);
    return result.end;
  }
}

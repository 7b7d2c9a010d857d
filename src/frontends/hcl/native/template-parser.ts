/**
 * Templates: quoted strings, heredocs and the text of a JSON string, with their `${…}`
 * interpolations and `%{…}` directives. Template text is read character by character; the
 * expressions inside sequences go back to the expression parser (`NativeParser`).
 */
import type { Expr } from '../syntax.js';
import { MAX_NESTING, ParserBase, SyntaxFailure } from './parser-base.js';
import { closingMarkerEnd } from './skip.js';
import { flushHeredoc, nestTemplate, simplifyTemplate, stripTemplate, unescapeQuoted, unescapeTemplate, type Strip, type TemplateToken } from './template-tokens.js';

/** The template being read: its tokens and the directives still open. */
export interface TemplateState {
  tokens: TemplateToken[];
  open: { kind: 'if' | 'for'; at: number; sawElse: boolean }[];
  quoted: boolean;
}

/** The template half of the parser; the expression half implements `expression`. */
export abstract class TemplateParser extends ParserBase {
  /** An expression nested `depth` levels deep. */
  protected abstract expression(depth: number): Expr;

  /** Reads `text` as a template (the content of a JSON string); an invalid one is unsupported, and an error problem says why. */
  template(): Expr {
    try {
      const state: TemplateState = { tokens: [], open: [], quoted: false };
      this.templateText(0, state, 0);
      this.closeDirectives(state);
      const parts = nestTemplate(stripTemplate(state.tokens));
      return simplifyTemplate({ kind: 'template', parts, span: this.span(0, this.text.length) });
    } catch (error) {
      if (!(error instanceof SyntaxFailure)) throw error;
      const shown = this.text.length > 60 ? `${this.text.slice(0, 57)}...` : this.text;
      const reason = `invalid template ${JSON.stringify(shown)}: ${error.problem.message}`;
      this.problems.push({ ...error.problem, message: reason });
      return { kind: 'unsupported', reason, span: this.span(0, this.text.length) };
    }
  }

  /** A quoted template; the scanner is on the opening quote. */
  protected quoted(depth: number): Expr {
    const s = this.scanner;
    const start = s.start;
    const state: TemplateState = { tokens: [], open: [], quoted: true };
    const end = this.quotedText(start, state, depth);
    this.closeDirectives(state);
    const span = this.span(start, end);
    s.resume(end);
    return simplifyTemplate({ kind: 'template', parts: nestTemplate(stripTemplate(state.tokens)), span });
  }

  /** Reads a quoted template opening at `open` into `state`; returns the offset after the closing quote. */
  protected quotedText(open: number, state: TemplateState, depth: number): number {
    const text = this.text;
    let i = open + 1;
    let from = i;
    for (;;) {
      const c = text[i];
      // A quoted string ends on its line; HCL takes a carriage return alone as a line break here too.
      if (c === undefined || c === '\n' || c === '\r') throw this.neverClosed(open, '"', 'string');
      if (c === '"') {
        this.textToken(state, from, i);
        return i + 1;
      }
      if (c === '\\') {
        i += this.escapeLength(i);
        continue;
      }
      if ((c === '$' || c === '%') && text[i + 1] === '{') {
        this.textToken(state, from, i);
        i = this.sequence(i, state, depth);
        from = i;
        continue;
      }
      i += (c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{' ? 3 : 1;
    }
  }

  /** The length of the escape sequence at `i` in a quoted string; an invalid one is a syntax error, as in HCL. */
  protected escapeLength(i: number): number {
    const e = this.text[i + 1];
    if (e === undefined || e === '\n' || e === '\r') return 1; // the string is never closed: reported by the caller
    if (e === 'n' || e === 'r' || e === 't' || e === '"' || e === '\\') return 2;
    if (e === 'u' || e === 'U') {
      const digits = e === 'u' ? 4 : 8;
      const hex = this.text.slice(i + 2, i + 2 + digits);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : -1;
      if (code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return 2 + digits;
    }
    let end = i + 2;
    if (e === 'u' || e === 'U') while (end < i + (e === 'u' ? 6 : 10) && /[0-9a-fA-F]/.test(this.text[end] ?? '')) end++;
    throw this.failure(`syntax error: invalid escape sequence ${JSON.stringify(this.text.slice(i, end))} in a quoted string`, i, end);
  }

  /** A heredoc; the scanner is on `<<EOT` and its position is the start of the content. */
  protected heredoc(depth: number): Expr {
    const s = this.scanner;
    const start = s.start;
    const marker = s.marker;
    const flush = s.flush;
    const state: TemplateState = { tokens: [], open: [], quoted: false };
    const end = this.templateText(s.pos, state, depth, { marker, start, openEnd: s.end });
    this.closeDirectives(state);
    stripTemplate(state.tokens);
    if (flush) flushHeredoc(state.tokens);
    const span = this.span(start, end);
    s.resume(end);
    return simplifyTemplate({ kind: 'template', parts: nestTemplate(state.tokens), span });
  }

  /**
   * Template text without quotes: a heredoc's content up to its closing marker (returns the
   * offset after the marker; `heredoc` is its opening `<<EOT`), or, without one, the whole text
   * (a JSON string's template). Text is cut into one token per line, so a strip marker reaches no
   * further than its line.
   */
  private templateText(from: number, state: TemplateState, depth: number, heredoc?: { marker: string; start: number; openEnd: number }): number {
    const text = this.text;
    let i = from;
    let tokenStart = i;
    let lineStart = true;
    for (;;) {
      if (lineStart && heredoc) {
        const close = closingMarkerEnd(text, i, heredoc.marker);
        if (close !== -1) {
          this.textToken(state, tokenStart, i);
          return close;
        }
      }
      lineStart = false;
      if (i >= text.length) {
        if (heredoc) throw this.neverClosed(heredoc.start, heredoc.marker, 'heredoc', heredoc.openEnd);
        this.textToken(state, tokenStart, i);
        return i;
      }
      const c = text[i];
      if (c === '\n') {
        i++;
        this.textToken(state, tokenStart, i);
        tokenStart = i;
        lineStart = true;
      } else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        this.textToken(state, tokenStart, i);
        i = this.sequence(i, state, depth);
        tokenStart = i;
      } else i += (c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{' ? 3 : 1;
    }
  }

  protected textToken(state: TemplateState, from: number, to: number): void {
    if (to <= from) return;
    const raw = this.text.slice(from, to);
    state.tokens.push({ kind: 'text', text: state.quoted ? unescapeQuoted(raw) : unescapeTemplate(raw), span: this.span(from, to) });
  }

  /** A `${…}` interpolation or `%{…}` directive starting at `at`; returns the offset after its `}`. */
  protected sequence(at: number, state: TemplateState, depth: number): number {
    const s = this.scanner;
    const interpolation = this.text[at] === '$';
    const stripBefore = this.text[at + 2] === '~';
    const saved = this.lineBreakEnds;
    this.lineBreakEnds = false;
    s.resume(at + (stripBefore ? 3 : 2));
    const closeStrip = (): boolean => {
      const strip = s.at('~');
      if (strip) {
        const tildeEnd = s.end;
        s.next();
        if (s.at('}') && s.start !== tildeEnd) throw this.failure('syntax error: a strip marker "~" must touch the closing "}"', tildeEnd - 1, s.end);
      }
      if (!s.at('}')) throw s.at('eof') ? this.neverClosed(at, '}', interpolation ? 'interpolation' : 'template directive') : this.unexpected(`"}" to close the ${interpolation ? 'interpolation' : 'template directive'}`);
      return strip;
    };
    if (interpolation) {
      const expr = this.expression(depth + 1);
      const stripAfter = closeStrip();
      state.tokens.push({ kind: 'interpolation', expr, span: this.span(at, s.end), stripBefore, stripAfter });
    } else this.directive(at, state, depth, stripBefore, closeStrip);
    this.lineBreakEnds = saved;
    return s.end;
  }

  /** `%{ if … }`, `%{ else }`, `%{ endif }`, `%{ for … in … }`, `%{ endfor }`. */
  protected directive(at: number, state: TemplateState, depth: number, stripBefore: boolean, closeStrip: () => boolean): void {
    const s = this.scanner;
    const keyword = s.at('ident') ? s.tokenText() : '';
    const strip = (stripAfter: boolean): Strip => ({ stripBefore, stripAfter });
    const top = state.open[state.open.length - 1];
    switch (keyword) {
      case 'if': {
        this.directiveDepth(state, at);
        s.next();
        const cond = this.expression(depth + 1);
        state.tokens.push({ kind: 'if', cond, span: this.span(at, s.end), ...strip(closeStrip()) });
        state.open.push({ kind: 'if', at, sawElse: false });
        return;
      }
      case 'for': {
        this.directiveDepth(state, at);
        s.next();
        const vars = this.forVariables('directive');
        const collection = this.expression(depth + 1);
        const [first, second] = vars;
        state.tokens.push({ kind: 'for', ...(second !== undefined ? { keyVar: first!, valueVar: second } : { valueVar: first! }), collection, span: this.span(at, s.end), ...strip(closeStrip()) });
        state.open.push({ kind: 'for', at, sawElse: false });
        return;
      }
      case 'else':
        if (top?.kind !== 'if' || top.sawElse) throw this.failure('syntax error: "%{ else }" without an open "%{ if }"', at, s.end);
        s.next();
        top.sawElse = true;
        state.tokens.push({ kind: 'else', ...strip(closeStrip()) });
        return;
      case 'endif':
      case 'endfor': {
        const kind = keyword === 'endif' ? 'if' : 'for';
        if (top?.kind !== kind) throw this.failure(`syntax error: "%{ ${keyword} }" without an open "%{ ${kind} }"`, at, s.end);
        s.next();
        state.open.pop();
        state.tokens.push({ kind: keyword, ...strip(closeStrip()) });
        return;
      }
      default:
        throw this.unexpected('"if", "for", "else", "endif" or "endfor" in the template directive');
    }
  }

  /** Directives nest within one template only so deep: the parts are built and evaluated by recursion. */
  private directiveDepth(state: TemplateState, at: number): void {
    if (state.open.length >= MAX_NESTING) throw this.failure(`template directives nested deeper than ${MAX_NESTING} levels; the file is not evaluated`, at, at + 2);
  }

  protected closeDirectives(state: TemplateState): void {
    const open = state.open[state.open.length - 1];
    if (open) throw this.failure(`syntax error: this "%{ ${open.kind} }" has no "%{ end${open.kind} }"`, open.at, open.at + 2);
  }
}

/**
 * A recursive-descent parser for HCL's native syntax (HashiCorp's `hclsyntax` specification),
 * producing the shared syntax tree (`../syntax.ts`) directly, with 1-based positions.
 *
 * Line breaks end an argument, a block and an object item, but not an expression inside
 * parentheses, brackets, a function call or a template interpolation; the parser tracks which
 * applies (`lineBreakEnds`). The first syntax error stops the file (HCL refuses it and nothing of
 * it is evaluated); two arguments on one line and a repeated argument are reported and reading goes
 * on. Nesting deeper than `MAX_NESTING` is skipped without recursion and reported once.
 */
import type { Span } from '../../../model/span.js';
import type { Attribute, BinaryOp, Block, Body, Expr, ForExpr, ObjectItem } from '../syntax.js';
import { MAX_NESTING, SyntaxFailure } from './parser-base.js';
import type { TokenType } from './scanner.js';
import { TemplateParser, type TemplateState } from './template-parser.js';

/** Binary operators by precedence, loosest first (HCL's table). */
const PRECEDENCE: Partial<Record<TokenType, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

/** The names that read as literals. */
const KEYWORDS = new Set(['true', 'false', 'null']);

/** Parses one file (or one template, with `fixedSpan`) of HCL native syntax. */
export class NativeParser extends TemplateParser {
  /** Reads the whole file as a body. The body holds what was read before the first syntax error. */
  configBody(): Body {
    const s = this.scanner;
    s.next();
    const body: Body = { attributes: [], blocks: [], span: this.span(0, this.text.length) };
    try {
      this.bodyItems(body, 0, 'eof');
      if (body.attributes.length + body.blocks.length > 0) {
        const first = [...body.attributes, ...body.blocks].reduce((a, b) => (a.span.start.offset <= b.span.start.offset ? a : b));
        const last = [...body.attributes, ...body.blocks].reduce((a, b) => (a.span.end.offset >= b.span.end.offset ? a : b));
        body.span = { file: this.file, start: first.span.start, end: last.span.end };
      }
    } catch (error) {
      if (!(error instanceof SyntaxFailure)) throw error;
      this.problems.push(error.problem);
    }
    return body;
  }

  /**
   * Reads the whole text as one expression, as HCL reads an expression written in a JSON string
   * (a variable's `type` in `.tf.json`). Undefined, with a problem, unless it is exactly one.
   */
  standaloneExpression(): Expr | undefined {
    const s = this.scanner;
    s.next();
    this.lineBreakEnds = false;
    try {
      const expr = this.expression(0);
      if (!s.at('eof')) throw this.unexpected('the end of the expression');
      return expr;
    } catch (error) {
      if (!(error instanceof SyntaxFailure)) throw error;
      this.problems.push(error.problem);
      return undefined;
    }
  }

  // ---------------------------------------------------------------- bodies

  /** Attributes and blocks up to `until` (`}` of a block or the end of the file). */
  private bodyItems(body: Body, depth: number, until: '}' | 'eof'): void {
    const s = this.scanner;
    const seen = new Map<string, Attribute>();
    let first = true;
    while (!s.at(until)) {
      if (s.at('eof')) return; // the caller reports what was left open
      const sameLine = !first && !s.nl;
      const item = this.bodyItem(depth);
      if (sameLine) this.problems.push({ message: 'missing newline after argument: each argument and block must start on a new line', severity: 'error', span: item.span });
      this.addItem(body, item, seen);
      first = false;
      if (until === '}' && s.at('}') && !s.nl) throw this.failure('missing newline after argument: the "}" closing a block goes on a line of its own', s.start, s.end);
    }
  }

  /** `name { argument = value }`: HCL allows a single argument, closed on the same line. */
  private oneLineBlockBody(body: Body, depth: number): void {
    const s = this.scanner;
    const item = this.bodyItem(depth);
    if ('body' in item) throw this.failure('syntax error: a block written on one line can hold one argument, not a nested block', item.span.start.offset, item.headerSpan.end.offset);
    if (!s.at('}') || s.nl) {
      if (s.at('eof')) return;
      throw this.failure('syntax error: a block written on one line holds one argument and closes on that line', s.start, s.end);
    }
    body.attributes.push(item);
  }

  private addItem(body: Body, item: Attribute | Block, seen: Map<string, Attribute>): void {
    if ('body' in item) {
      body.blocks.push(item);
      return;
    }
    const earlier = seen.get(item.name);
    if (earlier) {
      this.problems.push({
        message: `argument "${item.name}" was already set at line ${earlier.span.start.line}; each argument may be set only once`,
        severity: 'error',
        span: item.nameSpan,
      });
    } else seen.set(item.name, item);
    body.attributes.push(item);
  }

  private bodyItem(depth: number): Attribute | Block {
    const s = this.scanner;
    if (!s.at('ident')) throw this.unexpected('an argument name or a block type');
    const nameStart = s.start;
    const nameEnd = s.end;
    const name = s.tokenText();
    s.next();
    this.sameLineAsHeader(name);
    if (s.at('=')) {
      s.next();
      this.lineBreakEnds = true;
      this.noLineBreakAfter('=');
      const expr = this.expression(0);
      const nameSpan = this.span(nameStart, nameEnd);
      return { name, nameSpan, expr, span: this.span(nameStart, expr.span.end.offset) };
    }
    const labels: Block['labels'] = [];
    for (;;) {
      if (s.at('ident')) labels.push({ value: s.tokenText(), span: this.span(s.start, s.end) });
      else if (s.at('quote')) labels.push(this.label());
      else break;
      s.next();
      this.sameLineAsHeader(name);
    }
    if (!s.at('{')) throw this.unexpected(labels.length === 0 ? '"=" or a block' : 'a block label or "{"');
    const open = s.start;
    const headerSpan = this.span(nameStart, s.end);
    if (depth >= MAX_NESTING) {
      this.tooDeep(open);
      const end = this.skip(open);
      const span = this.span(nameStart, end);
      return { type: name, labels, body: { attributes: [], blocks: [], span }, span, headerSpan };
    }
    s.next();
    const body: Body = { attributes: [], blocks: [], span: headerSpan };
    if (!s.at('}') && !s.nl && !s.at('eof')) this.oneLineBlockBody(body, depth + 1);
    else this.bodyItems(body, depth + 1, '}');
    if (!s.at('}')) throw this.neverClosed(open, '}', 'block');
    const span = this.span(nameStart, s.end);
    s.next();
    body.span = span;
    return { type: name, labels, body, span, headerSpan };
  }

  /** An argument's `=`, and a block's labels and `{`, must be on the line of its name. */
  private sameLineAsHeader(name: string): void {
    const s = this.scanner;
    if (s.nl && !s.at('eof')) {
      throw this.failure(`syntax error: unexpected line break after "${name}": the "=" of an argument, and the labels and "{" of a block, go on the line of the name`, s.start, s.end);
    }
  }

  /** A quoted block label: literal text only (HCL allows no `${…}` there). The scanner is left on the closing quote. */
  private label(): { value: string; span: Span } {
    const s = this.scanner;
    const start = s.start;
    const state: TemplateState = { tokens: [], open: [], quoted: true };
    const end = this.quotedText(start, state, 0);
    if (state.tokens.some((t) => t.kind !== 'text')) {
      throw this.failure('syntax error: a block label cannot hold template sequences ("${" or "%{")', start, end);
    }
    const value = state.tokens.map((t) => (t.kind === 'text' ? t.text : '')).join('');
    s.pos = end;
    s.end = end;
    return { value, span: this.span(start, end) };
  }

  // ---------------------------------------------------------- expressions

  /** An expression: a conditional, an operation or a term. */
  protected expression(depth: number): Expr {
    const s = this.scanner;
    if (depth > MAX_NESTING) return this.skipExpression();
    const cond = this.binary(1, depth);
    if (!s.at('?')) return cond;
    if (s.nl && this.lineBreakEnds) {
      throw this.failure('line break before "?": HCL ends the expression at the end of the line; wrap the condition in parentheses', s.start, s.end);
    }
    const question = s.start;
    s.next();
    this.noLineBreakAfter('?');
    const then = this.expression(depth + 1);
    if (!this.continues(':')) {
      if (s.at(':')) throw this.lineBreakBefore(':');
      throw this.failure('syntax error: missing ":" in this conditional expression', question, question + 1);
    }
    s.next();
    this.noLineBreakAfter(':');
    const otherwise = this.expression(depth + 1);
    return { kind: 'conditional', cond, then, else: otherwise, span: this.join(cond.span, otherwise.span) };
  }

  /** Binary operations of precedence `minLevel` and tighter, left-associative (precedence climbing). */
  private binary(minLevel: number, depth: number): Expr {
    const s = this.scanner;
    let left = this.unary(depth);
    let chain = 0;
    for (;;) {
      const op = s.type;
      const level = PRECEDENCE[op];
      if (level === undefined || level < minLevel || (s.nl && this.lineBreakEnds)) return left;
      s.next();
      this.noLineBreakAfter(op);
      const right = this.binary(level + 1, depth);
      if (++chain + depth > MAX_NESTING) {
        this.tooDeep(left.span.start.offset);
        left = { kind: 'unsupported', reason: `nested deeper than ${MAX_NESTING} levels`, span: this.join(left.span, right.span) };
      } else left = { kind: 'binary', op: op as BinaryOp, left, right, span: this.join(left.span, right.span) };
    }
  }

  /** `-x`, `!x`, or a term with its traversals. Chains of operators are read without recursion. */
  private unary(depth: number): Expr {
    const s = this.scanner;
    const ops: { op: '-' | '!'; start: number }[] = [];
    while (s.at('-') || s.at('!')) {
      const op = s.at('-') ? '-' : '!';
      ops.push({ op, start: s.start });
      s.next();
      this.noLineBreakAfter(op);
    }
    let expr = this.postfix(depth + ops.length);
    if (ops.length > 0 && ops.length + depth > MAX_NESTING) {
      this.tooDeep(ops[0]!.start);
      return { kind: 'unsupported', reason: `nested deeper than ${MAX_NESTING} levels`, span: this.span(ops[0]!.start, expr.span.end.offset) };
    }
    for (let i = ops.length - 1; i >= 0; i--) expr = { kind: 'unary', op: ops[i]!.op, operand: expr, span: this.span(ops[i]!.start, expr.span.end.offset) };
    return expr;
  }

  /** A term followed by attribute access, indexes and splats. */
  private postfix(depth: number): Expr {
    const start = this.scanner.start;
    return this.traversal(this.term(depth), start, depth);
  }

  /**
   * The steps after `expr` (which starts at `start`): `.name`, `.0`, `[key]`, and the splats `.*`
   * and `[*]`. `within` is the splat whose traversal this is: after `[*]` every later step applies
   * to each element; after `.*` only `.name` and `.0` steps do, and an index ends it (it then
   * applies to the resulting list, back in the enclosing traversal). HCL allows no splat inside `.*`.
   */
  private traversal(expr: Expr, start: number, depth: number, within?: 'full' | 'attr'): Expr {
    const s = this.scanner;
    for (;;) {
      if (this.continues('.')) {
        s.next();
        if (s.at('number')) {
          expr = this.legacyIndex(expr, start);
          continue;
        }
        if (s.at('*')) {
          if (within === 'attr') throw this.failure('syntax error: a splat (".*") cannot be used inside an attribute-only splat (".*")', s.start, s.end);
          const markerEnd = s.end;
          s.next();
          expr = this.splat(expr, start, 'attr', markerEnd, depth);
          continue;
        }
        if (!s.at('ident')) throw this.unexpected('an attribute name after "."');
        expr = { kind: 'getattr', object: expr, name: s.tokenText(), span: this.span(start, s.end) };
        s.next();
      } else if (within !== 'attr' && this.continues('[')) {
        const open = s.start;
        s.next();
        if (s.at('*')) {
          s.next();
          if (!s.at(']')) throw this.unexpected('"]" after "[*"');
          const markerEnd = s.end;
          s.next();
          // Every later step belongs to the splat's traversal.
          return this.splat(expr, start, 'full', markerEnd, depth);
        }
        const key = this.bracketed(() => this.expression(depth + 1));
        if (!s.at(']')) throw this.neverClosed(open, ']', 'index');
        expr = { kind: 'index', object: expr, key, span: this.span(start, s.end) };
        s.next();
      } else return expr;
    }
  }

  /** `.0`: the legacy index syntax; the scanner stands on the number after the dot. */
  private legacyIndex(object: Expr, start: number): Expr {
    const s = this.scanner;
    if (!/^[0-9]+$/.test(s.tokenText())) throw this.failure(`syntax error: invalid index ".${s.tokenText()}": an index after "." is a whole number`, s.start, s.end);
    const key: Expr = { kind: 'literal', value: Number(s.tokenText()), span: this.span(s.start, s.end) };
    const span = this.span(start, s.end);
    s.next();
    return { kind: 'index', object, key, span };
  }

  /** A splat over `object`: its traversal, as an expression over the splat item. */
  private splat(object: Expr, start: number, kind: 'full' | 'attr', markerEnd: number, depth: number): Expr {
    if (depth > MAX_NESTING) return this.skipTraversal(start, markerEnd);
    const each = this.traversal({ kind: 'splat-item', span: this.span(start, markerEnd) }, start, depth + 1, kind);
    return { kind: 'splat', object, each, span: this.fixedSpan ?? { file: this.file, start: this.source.pos(start), end: each.span.end } };
  }

  /** Splats nested too deep: the rest of the traversal is read without recursion and not evaluated. */
  private skipTraversal(start: number, markerEnd: number): Expr {
    const s = this.scanner;
    this.tooDeep(start);
    let end = markerEnd;
    for (;;) {
      if (this.continues('.')) {
        s.next();
        if (!s.at('ident') && !s.at('number') && !s.at('*')) throw this.unexpected('an attribute name after "."');
        end = s.end;
        s.next();
      } else if (this.continues('[')) end = this.skip(s.start);
      else return { kind: 'unsupported', reason: `nested deeper than ${MAX_NESTING} levels`, span: this.span(start, end) };
    }
  }

  /**
   * An expression nested too deep: its tokens are read without recursion, up to what ends it
   * (a comma, a closing bracket, the `:` of an enclosing conditional or `for`, a line break where
   * one ends the expression), and it is not evaluated.
   */
  private skipExpression(): Expr {
    const s = this.scanner;
    const start = s.start;
    this.tooDeep(start);
    let end = start;
    let conditionals = 0;
    while (!s.at('eof') && !(end !== start && s.nl && this.lineBreakEnds)) {
      if (s.at(',') || s.at(')') || s.at(']') || s.at('}') || s.at('=>') || s.at('...') || s.at('~') || (s.at('ident') && s.tokenText() === 'if')) break;
      if (s.at(':') && conditionals-- === 0) break;
      if (s.at('?')) conditionals++;
      if (s.at('[') || s.at('(') || s.at('{') || s.at('quote') || s.at('heredoc')) end = this.skip(s.start);
      else {
        end = s.end;
        s.next();
      }
    }
    return { kind: 'unsupported', reason: `nested deeper than ${MAX_NESTING} levels`, span: this.span(start, end) };
  }

  /** A term: a literal, a variable, a call, a collection, a template, a `for` or a parenthesised expression. */
  private term(depth: number): Expr {
    const s = this.scanner;
    const start = s.start;
    if (depth > MAX_NESTING && (s.at('[') || s.at('(') || s.at('{') || s.at('quote') || s.at('heredoc'))) {
      this.tooDeep(start);
      const end = this.skip(start);
      return { kind: 'unsupported', reason: `nested deeper than ${MAX_NESTING} levels`, span: this.span(start, end) };
    }
    switch (s.type) {
      case 'number': {
        const value = Number(s.tokenText());
        if (Number.isNaN(value)) throw this.failure(`syntax error: invalid number ${JSON.stringify(s.tokenText())}`, s.start, s.end);
        const span = this.span(start, s.end);
        s.next();
        return { kind: 'literal', value, span };
      }
      case 'ident':
        return this.identifierTerm(depth);
      case 'quote':
        return this.quoted(depth);
      case 'heredoc':
        return this.heredoc(depth);
      case '[':
        return this.tuple(depth);
      case '{':
        return this.object(depth);
      case '(': {
        s.next();
        const inner = this.bracketed(() => this.expression(depth + 1));
        if (!s.at(')')) throw this.neverClosed(start, ')', 'parenthesis');
        const span = this.span(start, s.end);
        s.next();
        return { kind: 'parens', expr: inner, span };
      }
      default:
        throw this.unexpected('an expression');
    }
  }

  /** `true`, `false`, `null`, a variable, or a function call (`name(…)`, `provider::p::name(…)`). */
  private identifierTerm(depth: number): Expr {
    const s = this.scanner;
    const start = s.start;
    let name = s.tokenText();
    let end = s.end;
    s.next();
    while (s.at('::')) {
      s.next();
      if (!s.at('ident')) throw this.unexpected('a function name after "::"');
      name += `::${s.tokenText()}`;
      end = s.end;
      s.next();
    }
    if (s.at('(') && !(s.nl && this.lineBreakEnds)) return this.call(name, start, depth);
    if (name.includes('::')) throw this.unexpected('"(" after a function name');
    const span = this.span(start, end);
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true', span };
    if (name === 'null') return { kind: 'literal', value: null, span };
    return { kind: 'variable', name, span };
  }

  private call(name: string, start: number, depth: number): Expr {
    const s = this.scanner;
    const open = s.start;
    s.next();
    const args: Expr[] = [];
    let expandFinal = false;
    this.bracketed(() => {
      while (!s.at(')')) {
        if (s.at('eof')) throw this.neverClosed(open, ')', 'parenthesis');
        args.push(this.expression(depth + 1));
        if (s.at('...')) {
          expandFinal = true;
          s.next();
          if (!s.at(')')) throw this.unexpected('")" after "..."');
          break;
        }
        if (s.at(',')) s.next();
        else if (!s.at(')')) throw s.at('eof') ? this.neverClosed(open, ')', 'parenthesis') : this.unexpected('"," or ")"');
      }
    });
    const span = this.span(start, s.end);
    s.next();
    return { kind: 'call', name, args, expandFinal, span };
  }

  private tuple(depth: number): Expr {
    const s = this.scanner;
    const open = s.start;
    s.next();
    if (this.isForIntro()) return this.forExpr(open, depth, false);
    const items: Expr[] = [];
    this.bracketed(() => {
      while (!s.at(']')) {
        if (s.at('eof')) throw this.neverClosed(open, ']', 'list');
        items.push(this.expression(depth + 1));
        if (s.at(',')) s.next();
        else if (!s.at(']')) throw s.at('eof') ? this.neverClosed(open, ']', 'list') : this.unexpected('"," or "]"');
      }
    });
    const span = this.span(open, s.end);
    s.next();
    return { kind: 'tuple', items, span };
  }

  private object(depth: number): Expr {
    const s = this.scanner;
    const open = s.start;
    s.next();
    if (this.isForIntro()) return this.forExpr(open, depth, true);
    const items: ObjectItem[] = [];
    const saved = this.lineBreakEnds;
    this.lineBreakEnds = true;
    while (!s.at('}')) {
      if (s.at('eof')) throw this.neverClosed(open, '}', 'object');
      const key = this.objectKey(depth);
      if (!this.continues('=') && !this.continues(':')) throw s.at('=') || s.at(':') ? this.lineBreakBefore(s.tokenText()) : this.unexpected('"=" after the object key');
      const separator = s.tokenText();
      s.next();
      this.noLineBreakAfter(separator);
      const value = this.expression(depth + 1);
      items.push({ key, value, span: this.join(key.span, value.span) });
      if (this.continues(',')) s.next();
      else if (!s.at('}') && !s.nl) throw s.at('eof') ? this.neverClosed(open, '}', 'object') : this.unexpected('a new line, "," or "}" after the object item');
    }
    this.lineBreakEnds = saved;
    const span = this.span(open, s.end);
    s.next();
    return { kind: 'object', items, span };
  }

  /** An object key: a bare name is the string it spells (`{ name = 1 }`), anything else an expression. */
  private objectKey(depth: number): Expr {
    const s = this.scanner;
    const name = s.at('ident') ? s.tokenText() : undefined;
    const key = this.binary(1, depth + 1);
    // One name alone, keywords included (`{ null = 1 }` has the key "null"): only a lone name reads
    // as a variable, and only a lone keyword as `true`, `false` or `null`.
    if (key.kind === 'variable') return { kind: 'literal', value: key.name, span: key.span };
    if (key.kind === 'literal' && name !== undefined && KEYWORDS.has(name) && String(key.value) === name) return { kind: 'literal', value: name, span: key.span };
    // A reference or a name with periods? HCL refuses to guess when it evaluates the object (hclsyntax's "Ambiguous attribute key").
    const traversal = traversalText(key);
    if (traversal !== undefined) {
      return { kind: 'invalid', reason: `ambiguous object key ${traversal}: Terraform refuses it; write (${traversal}) to use the value it refers to as the key, or "${traversal}" for a key with periods`, span: key.span };
    }
    return key;
  }

  /** After `[` or `{`, the name `for` opens a `for` expression (as in HCL, whatever follows). */
  private isForIntro(): boolean {
    return this.scanner.at('ident') && this.scanner.tokenText() === 'for';
  }

  /** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`; the scanner is on `for`. */
  private forExpr(open: number, depth: number, isObject: boolean): Expr {
    const s = this.scanner;
    const closer = isObject ? '}' : ']';
    return this.bracketed(() => {
      s.next();
      const vars = this.forVariables('expression');
      const collection = this.expression(depth + 1);
      if (!s.at(':')) throw this.unexpected('":" in the "for" expression');
      s.next();
      let keyExpr: Expr | undefined;
      if (isObject) {
        keyExpr = this.expression(depth + 1);
        if (!s.at('=>')) throw this.unexpected('"=>" in the "for" expression');
        s.next();
      }
      const valueExpr = this.expression(depth + 1);
      let grouping = false;
      if (isObject && s.at('...')) {
        grouping = true;
        s.next();
      }
      let cond: Expr | undefined;
      if (s.at('ident') && s.tokenText() === 'if') {
        s.next();
        cond = this.expression(depth + 1);
      }
      if (!s.at(closer)) throw s.at('eof') ? this.neverClosed(open, closer, isObject ? 'object' : 'list') : this.unexpected(`"${closer}" to end the "for" expression`);
      const span = this.span(open, s.end);
      s.next();
      const [first, second] = vars;
      const out: ForExpr = {
        kind: 'for',
        ...(second !== undefined ? { keyVar: first!, valueVar: second } : { valueVar: first! }),
        collection,
        ...(keyExpr ? { keyExpr } : {}),
        valueExpr,
        ...(cond ? { cond } : {}),
        grouping,
        span,
      };
      return out;
    });
  }

}

/**
 * The text of a traversal as HCL reads one (a name, then attributes and literal indexes: `a.b`,
 * `a["k"][0]`), or undefined for any other expression.
 */
function traversalText(expr: Expr): string | undefined {
  // Iterative: a chain of attributes can be as long as the line.
  const steps: string[] = [];
  let at = expr;
  for (;;) {
    if (at.kind === 'getattr') steps.push(`.${at.name}`);
    else if (at.kind === 'index' && at.key.kind === 'literal') steps.push(`[${JSON.stringify(at.key.value)}]`);
    else break;
    at = at.object;
  }
  return at.kind === 'variable' ? at.name + steps.reverse().join('') : undefined;
}

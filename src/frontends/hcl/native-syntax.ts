/**
 * Reads HCL's native syntax with tree-sitter and converts the concrete tree into the shared
 * syntax tree (`syntax.ts`). Positions come straight from tree-sitter (rows, UTF-16 columns and
 * offsets) and are made 1-based here, once. The grammar's known gaps against HashiCorp's parser
 * are covered in this file: exponent numbers without a fraction (`1e3`) are read correctly, and
 * two arguments on one line, a line break before `?` and a repeated argument are reported as the
 * errors HCL makes of them.
 */
import type { Node, Parser } from 'web-tree-sitter';
import type { Pos, Span } from '../../model/span.js';
import { SourceText } from './source-text.js';
import type { Attribute, BinaryOp, Block, Body, ConfigFile, Expr, ObjectItem, SyntaxProblem, TemplatePart } from './syntax.js';

/** Deepest expression nesting converted; deeper input is reported instead of overflowing the stack. */
export const MAX_NESTING = 256;

/** A number with an exponent (`1e3`, `2E+5`, `1.5e-3`), not part of a name or a traversal: the grammar does not lex all of them. */
const NUMBER_WITH_EXPONENT = /(?<![\w.])([0-9]+(?:\.[0-9]+)?)([eE][+-]?[0-9]+)/g;

/** Numbers whose exponent was patched out: the value by start offset, the exponent's length by end offset. */
interface PatchedNumbers {
  values: Map<number, number>;
  tails: Map<number, number>;
}

/** Result of reading one file. `config` is absent only when nothing could be parsed. */
export interface NativeReadResult {
  config?: ConfigFile;
  problems: SyntaxProblem[];
}

/** Parses HCL native syntax into the shared syntax tree, with every problem HCL would report. */
export function readNativeConfig(parser: Parser, text: string, file: string): NativeReadResult {
  const patched = patchExponents(parser, text);
  const tree = parser.parse(patched.text);
  if (!tree) return { problems: [{ message: 'the parser gave up on this file', severity: 'error', span: pointSpan(file, 0) }] };
  try {
    const reader = new Reader(file, text, patched);
    const root = tree.rootNode;
    const syntaxError = firstSyntaxError(root);
    if (syntaxError) reader.problems.push(reader.syntaxErrorProblem(syntaxError));
    const bodyNode = root.namedChildren.find((c) => c.type === 'body');
    const body = bodyNode ? reader.body(bodyNode) : { attributes: [], blocks: [], span: reader.span(root) };
    return { config: { path: file, body, json: false }, problems: reader.problems };
  } finally {
    tree.delete();
  }
}

/**
 * Parses a template that was written inside a JSON string (`.tf.json`): the text is already
 * JSON-unescaped, so only `$${` / `%%{` escapes apply, as in a heredoc. Every span is `span`.
 */
export function parseJsonTemplate(parser: Parser, template: string, span: Span): Expr {
  const marker = 'TF_ACR_LINT_JSON_TEMPLATE';
  const source = `x = <<${marker}\n${template}\n${marker}\n`;
  const tree = parser.parse(source);
  if (!tree) return { kind: 'unsupported', reason: 'template could not be parsed', span };
  try {
    if (firstSyntaxError(tree.rootNode)) return { kind: 'unsupported', reason: `invalid template "${template}"`, span };
    const reader = new Reader(span.file, source, { values: new Map(), tails: new Map() }, span);
    const heredoc = tree.rootNode.descendantsOfType('heredoc_template')[0];
    if (!heredoc) return { kind: 'unsupported', reason: 'template could not be parsed', span };
    const parts = reader.heredocParts(heredoc);
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text = last.text.replace(/\n$/, '');
    return simplifyTemplate({ kind: 'template', parts, span });
  } finally {
    tree.delete();
  }
}

function pointSpan(file: string, offset: number): Span {
  const p: Pos = { line: 1, column: 1, offset };
  return { file, start: p, end: p };
}

/** Replaces exponent tails of numbers with spaces so the grammar lexes them; remembers the true values. */
function patchExponents(parser: Parser, text: string): { text: string } & PatchedNumbers {
  const values = new Map<number, number>();
  const tails = new Map<number, number>();
  if (!/[0-9][eE]/.test(text)) return { text, values, tails };
  // Patch every number-shaped exponent at once, then keep only the patches that one parse confirms
  // as number literals (the others sit in strings or comments). Patching one at a time and parsing
  // again after each, as error recovery would need, is quadratic on `1e3 + 1e3 + …`.
  const candidates = [...text.matchAll(NUMBER_WITH_EXPONENT)].map((m) => ({ start: m.index, end: m.index + m[1]!.length, tail: m[2]!.length }));
  let patched = text;
  for (const c of candidates) patched = patched.slice(0, c.end) + ' '.repeat(c.tail) + patched.slice(c.end + c.tail);
  const tree = parser.parse(patched);
  if (!tree) return { text, values, tails };
  try {
    const literals = new Set(tree.rootNode.descendantsOfType('numeric_lit').map((lit) => `${lit.startIndex}:${lit.endIndex}`));
    let confirmed = text;
    for (const c of candidates) {
      if (!literals.has(`${c.start}:${c.end}`)) continue;
      values.set(c.start, Number(text.slice(c.start, c.end + c.tail)));
      tails.set(c.end, c.tail);
      confirmed = confirmed.slice(0, c.end) + ' '.repeat(c.tail) + confirmed.slice(c.end + c.tail);
    }
    return { text: confirmed, values, tails };
  } finally {
    tree.delete();
  }
}

function firstSyntaxError(root: Node): Node | undefined {
  if (!root.hasError) return undefined;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.isError || node.isMissing) return node;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i]!;
      if (c.hasError || c.isMissing) stack.push(c);
    }
  }
  return root;
}

/** Closing tokens the parser may report as missing, in words. */
const CLOSERS: Record<string, { token: string; what: string; open: string }> = {
  quoted_template_end: { token: '"', what: 'string', open: 'quoted_template_start' },
  block_end: { token: '}', what: 'block', open: 'block_start' },
  object_end: { token: '}', what: 'object', open: 'object_start' },
  tuple_end: { token: ']', what: 'list', open: 'tuple_start' },
  template_interpolation_end: { token: '}', what: 'interpolation', open: 'template_interpolation_start' },
  template_directive_end: { token: '}', what: 'template directive', open: 'template_directive_start' },
  ')': { token: ')', what: 'parenthesis', open: '(' },
};

const BINARY_OPS = new Set<string>(['+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=', '>=', '&&', '||']);

/** Syntax nodes inside which HCL ignores line breaks. */
const NEWLINE_INSENSITIVE = new Set(['tuple', 'function_arguments', 'for_tuple_expr', 'new_index', 'template_interpolation']);

/** Converts one file's concrete tree; collects problems as it goes. */
class Reader {
  readonly problems: SyntaxProblem[] = [];
  /** Line table for spans of template text, which tree-sitter leaves between its nodes. */
  private source: SourceText | undefined;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly numbers: PatchedNumbers,
    /** When set, every span is this one (templates read out of a JSON string). */
    private readonly fixedSpan?: Span,
  ) {}

  span(node: Node): Span {
    return this.spanOf(node.startIndex, node.startPosition, node.endIndex, node.endPosition);
  }

  private spanOf(startIndex: number, start: { row: number; column: number }, endIndex: number, end: { row: number; column: number }): Span {
    if (this.fixedSpan) return this.fixedSpan;
    // A node that ends with a patched number ends after its exponent, which the grammar saw as spaces.
    const tail = this.numbers.tails.get(endIndex) ?? 0;
    return {
      file: this.file,
      start: { line: start.row + 1, column: start.column + 1, offset: startIndex },
      end: { line: end.row + 1, column: end.column + 1 + tail, offset: endIndex + tail },
    };
  }

  private between(from: Node, to: Node): Span {
    return this.spanOf(from.startIndex, from.startPosition, to.endIndex, to.endPosition);
  }

  syntaxErrorProblem(node: Node): SyntaxProblem {
    let message: string;
    if (node.isMissing && node.parent) {
      // Point at what was left open (the string, block or list), as HCL does, not at the end of the file.
      // Some closing tokens come wrapped (`block_end` holds the `}`); the wrapper names the construct.
      const closer = !CLOSERS[node.type] && CLOSERS[node.parent.type] ? node.parent : node;
      const opener = closer.parent ?? node.parent;
      const what = CLOSERS[closer.type] ?? { token: node.type, what: opener.type.replace(/_/g, ' '), open: '' };
      const open = opener.children.find((c) => c.type === what.open && c.endIndex <= node.startIndex);
      return {
        message: `syntax error: missing ${JSON.stringify(what.token)}: this ${what.what} is never closed`,
        severity: 'error',
        span: open ? this.span(open) : this.spanOf(opener.startIndex, opener.startPosition, opener.startIndex, opener.startPosition),
      };
    }
    if (node.isMissing) message = `syntax error: missing ${JSON.stringify(node.type)}`;
    else if (node.startIndex >= this.text.length) message = 'syntax error: unexpected end of file';
    else {
      const snippet = this.text.slice(node.startIndex, Math.min(node.endIndex, node.startIndex + 30)).split('\n')[0];
      message = `syntax error: unexpected ${JSON.stringify(snippet)}`;
    }
    return { message, severity: 'error', span: this.span(node) };
  }

  body(node: Node, depth = 0): Body {
    if (depth > MAX_NESTING) {
      this.tooDeep(this.span(node));
      return { attributes: [], blocks: [], span: this.span(node) };
    }
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    const seen = new Map<string, Attribute>();
    let previous: Node | undefined;
    for (const child of node.namedChildren) {
      if (child.type !== 'attribute' && child.type !== 'block') continue;
      if (previous && child.startPosition.row === previous.endPosition.row) {
        this.problems.push({
          message: 'missing newline after argument: each argument and block must start on a new line',
          severity: 'error',
          span: this.span(child),
        });
      }
      previous = child;
      if (child.type === 'block') {
        blocks.push(this.block(child, depth));
        continue;
      }
      const attribute = this.attribute(child);
      if (!attribute) continue;
      const earlier = seen.get(attribute.name);
      if (earlier) {
        this.problems.push({
          message: `argument "${attribute.name}" was already set at line ${earlier.span.start.line}; each argument may be set only once`,
          severity: 'error',
          span: attribute.nameSpan,
        });
      } else seen.set(attribute.name, attribute);
      attributes.push(attribute);
    }
    return { attributes, blocks, span: this.span(node) };
  }

  private attribute(node: Node): Attribute | undefined {
    const name = node.namedChildren.find((c) => c.type === 'identifier');
    const exprNode = node.namedChildren.find((c) => c.type === 'expression');
    if (!name || !exprNode) return undefined;
    return { name: name.text, nameSpan: this.span(name), expr: this.expr(exprNode, 0), span: this.span(node) };
  }

  private block(node: Node, depth: number): Block {
    let type = '';
    const labels: Block['labels'] = [];
    let open: Node | undefined;
    let bodyNode: Node | undefined;
    for (const c of node.namedChildren) {
      if (c.type === 'identifier' && type === '') type = c.text;
      else if (c.type === 'identifier') labels.push({ value: c.text, span: this.span(c) });
      else if (c.type === 'string_lit') labels.push({ value: this.quotedText(c), span: this.span(c) });
      else if (c.type === 'block_start') open = c;
      else if (c.type === 'body') bodyNode = c;
    }
    const span = this.span(node);
    const headerSpan = open ? this.between(node, open) : span;
    const body = bodyNode ? this.body(bodyNode, depth + 1) : { attributes: [], blocks: [], span };
    return { type, labels, body, span, headerSpan };
  }

  /** The unescaped content of a `string_lit` (a quoted string without interpolation). */
  private quotedText(node: Node): string {
    const parts = this.templateParts(node.children, true);
    return parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
  }

  expr(node: Node, depth: number): Expr {
    const span = this.span(node);
    if (depth > MAX_NESTING) {
      this.tooDeep(span);
      return { kind: 'unsupported', reason: `nested deeper than ${MAX_NESTING} levels`, span };
    }
    switch (node.type) {
      case 'expression':
        return this.expression(node, depth);
      case 'literal_value':
        return this.literal(node.namedChildren[0]!, span);
      case 'variable_expr':
        return { kind: 'variable', name: node.text, span };
      case 'collection_value':
        return this.expr(node.namedChildren[0]!, depth + 1);
      case 'tuple':
        return { kind: 'tuple', items: node.namedChildren.filter((c) => c.type === 'expression').map((c) => this.expr(c, depth + 1)), span };
      case 'object':
        return { kind: 'object', items: node.namedChildren.filter((c) => c.type === 'object_elem').map((c) => this.objectItem(c, depth)), span };
      case 'template_expr':
        return this.expr(node.namedChildren[0]!, depth + 1);
      case 'quoted_template':
        return simplifyTemplate({ kind: 'template', parts: this.templateParts(node.children, true, depth), span });
      case 'heredoc_template':
        return simplifyTemplate({ kind: 'template', parts: this.heredocParts(node, depth), span });
      case 'function_call':
        return this.call(node, depth);
      case 'operation':
        return this.expr(node.namedChildren[0]!, depth + 1);
      case 'unary_operation': {
        const operand = node.namedChildren.filter((c) => c.type !== 'comment');
        return { kind: 'unary', op: node.children[0]!.type as '-' | '!', operand: operand.length > 0 ? this.chain(operand, depth) : this.missing(node), span };
      }
      case 'binary_operation':
        return this.binary(node, depth);
      case 'conditional':
        return this.conditional(node, depth);
      case 'for_expr':
        return this.forExpr(node.namedChildren[0]!, depth);
      default:
        return { kind: 'unsupported', reason: `unsupported syntax "${node.type}"`, span };
    }
  }

  /** Reported once per file: the part nested too deep is left out, the rest is read. */
  private tooDeep(span: Span): void {
    if (this.problems.some((p) => p.message.startsWith('nested deeper'))) return;
    this.problems.push({ message: `nested deeper than ${MAX_NESTING} levels; the deeper part is not evaluated`, severity: 'warning', span });
  }

  /** `expression` = a primary followed by postfix traversals (`.attr`, `[i]`, `[*]`, `.*`), or `( expr )`. */
  private expression(node: Node, depth: number): Expr {
    if (node.children[0]?.type === '(') {
      const inner = node.namedChildren.find((c) => c.type === 'expression');
      return { kind: 'parens', expr: inner ? this.expr(inner, depth + 1) : this.missing(node), span: this.span(node) };
    }
    const chain = node.namedChildren.filter((c) => c.type !== 'comment');
    return chain.length > 0 ? this.chain(chain, depth) : this.missing(node);
  }

  /**
   * A primary and its postfix traversals. The grammar wraps them in `expression` in most places
   * but inlines them as siblings in the operands of unary and binary operations.
   */
  private chain(nodes: Node[], depth: number): Expr {
    const first = nodes[0]!;
    return this.traverse(this.expr(first, depth + 1), first, nodes.slice(1), depth);
  }

  /** Applies postfix traversals to `result`, an expression that starts at `first`. */
  private traverse(result: Expr, first: Node, steps: Node[], depth: number): Expr {
    for (let i = 0; i < steps.length; i++) {
      const postfix = steps[i]!;
      const span = this.between(first, postfix);
      if (postfix.type === 'splat') {
        const splat = postfix.namedChildren[0]!;
        const inner = splat.namedChildren;
        // `.*` takes attribute steps only (and legacy `.0` indexes), but the grammar lets it swallow a
        // following `[i]`: as in HCL, that index and everything after it apply to the resulting list.
        const cut = splat.type === 'attr_splat' ? inner.findIndex((s) => !isAttributeStep(s)) : -1;
        if (cut !== -1) {
          const end = cut > 0 ? inner[cut - 1]! : splat.children[0]!;
          const object: Expr = { kind: 'splat', object: result, each: this.splatTraversal(inner.slice(0, cut), span, depth), span: this.between(first, end) };
          return this.traverse(object, first, [...inner.slice(cut), ...steps.slice(i + 1)], depth);
        }
        const each = this.splatTraversal(inner, span, depth);
        return { kind: 'splat', object: result, each: this.applyPostfix(each, steps.slice(i + 1), span, depth), span: this.between(first, steps[steps.length - 1]!) };
      }
      result = this.postfix(result, postfix, span, depth);
    }
    return result;
  }

  /** Turns the traversal after `[*]` / `.*` into an expression over the splat placeholder. */
  private splatTraversal(steps: Node[], span: Span, depth: number): Expr {
    let each: Expr = { kind: 'splat-item', span };
    for (const step of steps) each = this.postfix(each, step, span, depth);
    return each;
  }

  private applyPostfix(base: Expr, rest: Node[], span: Span, depth: number): Expr {
    let out = base;
    for (const step of rest) out = step.type === 'splat' ? { kind: 'unsupported', reason: 'nested splat expressions are not supported', span } : this.postfix(out, step, span, depth);
    return out;
  }

  private postfix(object: Expr, step: Node, span: Span, depth: number): Expr {
    if (step.type === 'get_attr') {
      const id = step.namedChildren.find((c) => c.type === 'identifier');
      return { kind: 'getattr', object, name: id?.text ?? '', span };
    }
    if (step.type === 'index') {
      const inner = step.namedChildren[0]!;
      if (inner.type === 'legacy_index') {
        const n = Number(inner.text.slice(1));
        return { kind: 'index', object, key: { kind: 'literal', value: n, span: this.span(inner) }, span };
      }
      const keyNode = inner.namedChildren.find((c) => c.type === 'expression');
      return { kind: 'index', object, key: keyNode ? this.expr(keyNode, depth + 1) : this.missing(step), span };
    }
    return { kind: 'unsupported', reason: `unsupported traversal "${step.type}"`, span };
  }

  private missing(node: Node): Expr {
    return { kind: 'unsupported', reason: 'incomplete expression', span: this.span(node) };
  }

  private literal(node: Node, span: Span): Expr {
    switch (node.type) {
      case 'numeric_lit':
        return { kind: 'literal', value: this.numbers.values.get(node.startIndex) ?? Number(node.text), span };
      case 'bool_lit':
        return { kind: 'literal', value: node.text === 'true', span };
      case 'null_lit':
        return { kind: 'literal', value: null, span };
      case 'string_lit':
        return { kind: 'literal', value: this.quotedText(node), span };
      default:
        return { kind: 'unsupported', reason: `unsupported literal "${node.type}"`, span };
    }
  }

  private objectItem(node: Node, depth: number): ObjectItem {
    const keyNode = node.childForFieldName('key');
    const valNode = node.childForFieldName('val');
    const key = keyNode ? this.objectKey(keyNode, depth) : this.missing(node);
    const value = valNode ? this.expr(valNode, depth + 1) : this.missing(node);
    return { key, value, span: this.span(node) };
  }

  /** A bare identifier key (`{ name = 1 }`) is the string "name", not a variable. */
  private objectKey(node: Node, depth: number): Expr {
    const named = node.namedChildren;
    if (node.children.length === 1 && named[0]?.type === 'variable_expr') {
      return { kind: 'literal', value: named[0].text, span: this.span(node) };
    }
    return this.expr(node, depth + 1);
  }

  private call(node: Node, depth: number): Expr {
    const name = node.namedChildren.find((c) => c.type === 'identifier')?.text ?? '';
    const argsNode = node.namedChildren.find((c) => c.type === 'function_arguments');
    const args = argsNode ? argsNode.namedChildren.filter((c) => c.type === 'expression').map((c) => this.expr(c, depth + 1)) : [];
    const expandFinal = argsNode ? argsNode.namedChildren.some((c) => c.type === 'ellipsis') : false;
    return { kind: 'call', name, args, expandFinal, span: this.span(node) };
  }

  private binary(node: Node, depth: number): Expr {
    const opNode = node.children.find((c) => !c.isNamed && BINARY_OPS.has(c.type));
    if (!opNode) return this.missing(node);
    const operand = (side: Node[]): Expr => {
      const chain = side.filter((c) => c.isNamed && c.type !== 'comment');
      return chain.length > 0 ? this.chain(chain, depth) : this.missing(node);
    };
    return {
      kind: 'binary',
      op: opNode.type as BinaryOp,
      left: operand(node.children.filter((c) => c.endIndex <= opNode.startIndex)),
      right: operand(node.children.filter((c) => c.startIndex >= opNode.endIndex)),
      span: this.span(node),
    };
  }

  private conditional(node: Node, depth: number): Expr {
    const parts = node.namedChildren.filter((c) => c.type === 'expression');
    const question = node.children.find((c) => c.type === '?');
    if (question && parts[0] && question.startPosition.row > parts[0].endPosition.row && !insideBrackets(node)) {
      this.problems.push({
        message: 'line break before "?": HCL ends the expression at the end of the line; wrap the condition in parentheses',
        severity: 'error',
        span: this.span(question),
      });
    }
    if (parts.length !== 3) return this.missing(node);
    return {
      kind: 'conditional',
      cond: this.expr(parts[0]!, depth + 1),
      then: this.expr(parts[1]!, depth + 1),
      else: this.expr(parts[2]!, depth + 1),
      span: this.span(node),
    };
  }

  private forExpr(node: Node, depth: number): Expr {
    const span = this.span(node);
    const intro = node.namedChildren.find((c) => c.type === 'for_intro');
    if (!intro) return this.missing(node);
    const vars = intro.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text);
    const collectionNode = intro.namedChildren.find((c) => c.type === 'expression');
    const bodyExprs = node.namedChildren.filter((c) => c.type === 'expression');
    const condNode = node.namedChildren.find((c) => c.type === 'for_cond')?.namedChildren.find((c) => c.type === 'expression');
    const isObject = node.type === 'for_object_expr';
    const valueNode = isObject ? bodyExprs[1] : bodyExprs[0];
    if (!collectionNode || !valueNode || vars.length === 0) return this.missing(node);
    const [first, second] = vars;
    return {
      kind: 'for',
      ...(second !== undefined ? { keyVar: first!, valueVar: second } : { valueVar: first! }),
      collection: this.expr(collectionNode, depth + 1),
      ...(isObject && bodyExprs[0] ? { keyExpr: this.expr(bodyExprs[0], depth + 1) } : {}),
      valueExpr: this.expr(valueNode, depth + 1),
      ...(condNode ? { cond: this.expr(condNode, depth + 1) } : {}),
      grouping: node.namedChildren.some((c) => c.type === 'ellipsis'),
      span,
    };
  }

  /**
   * Template parts from the children between the opening and closing delimiters. Literal text is
   * taken from the source between the structural nodes (the grammar leaves whitespace out of its
   * literal nodes), then unescaped; strip markers (`~`) are applied afterwards.
   */
  templateParts(children: Node[], quoted: boolean, depth = 0): TemplatePart[] {
    const inner = children.filter((c) => !DELIMITERS.has(c.type));
    if (inner.length === 0) return [];
    const start = children.find((c) => DELIMITERS.has(c.type) && c.endIndex <= inner[0]!.startIndex);
    const end = [...children].reverse().find((c) => DELIMITERS.has(c.type) && c.startIndex >= inner[inner.length - 1]!.endIndex);
    const tokens: TemplateToken[] = [];
    this.templateTokens(start ? start.endIndex : inner[0]!.startIndex, end ? end.startIndex : inner[inner.length - 1]!.endIndex, inner, quoted, depth, tokens);
    return nestTemplate(stripTemplate(tokens));
  }

  /** Parts of a heredoc: from the line after `<<EOT` to the start of the closing marker's line. */
  heredocParts(node: Node, depth = 0): TemplatePart[] {
    const ids = node.namedChildren.filter((c) => c.type === 'heredoc_identifier');
    const open = ids[0];
    const close = ids.length > 1 ? ids[ids.length - 1]! : undefined;
    if (!open) return [];
    const newline = this.text.indexOf('\n', open.endIndex);
    const contentStart = newline === -1 ? open.endIndex : newline + 1;
    const contentEnd = close ? this.text.lastIndexOf('\n', close.startIndex - 1) + 1 : node.endIndex;
    const inner = node.namedChildren.filter((c) => c.type === 'template_interpolation' || c.type === 'template_directive');
    const tokens: TemplateToken[] = [];
    this.templateTokens(contentStart, Math.max(contentStart, contentEnd), inner, false, depth, tokens);
    stripTemplate(tokens);
    if (node.namedChildren.some((c) => c.type === 'heredoc_start' && c.text === '<<-')) flushHeredoc(tokens);
    return nestTemplate(tokens);
  }

  /** Appends the tokens of the template text from `from` to `to`, whose `${…}` / `%{…}` sequences are among `structural`. */
  private templateTokens(from: number, to: number, structural: Node[], quoted: boolean, depth: number, out: TemplateToken[]): void {
    let cursor = from;
    for (const node of structural) {
      if (node.type !== 'template_interpolation' && node.type !== 'template_directive') continue;
      this.textTokens(cursor, node.startIndex, quoted, out);
      if (node.type === 'template_interpolation') {
        const e = node.namedChildren.find((c) => c.type === 'expression');
        out.push({ kind: 'interpolation', expr: e ? this.expr(e, depth + 1) : this.missing(node), span: this.span(node), ...stripMarkers(node) });
      } else {
        const directive = node.namedChildren[0]!;
        if (directive.type === 'template_if') this.ifTokens(directive, quoted, depth, out);
        else this.forTokens(directive, quoted, depth, out);
      }
      cursor = node.endIndex;
    }
    this.textTokens(cursor, to, quoted, out);
  }

  /**
   * Literal text as HCL scans it: a quoted string's text between two sequences is one token, a
   * heredoc's is one token per line (so a strip marker reaches no further than its own line).
   */
  private textTokens(a: number, b: number, quoted: boolean, out: TemplateToken[]): void {
    for (let start = a; start < b; ) {
      const newline = quoted ? -1 : this.text.indexOf('\n', start);
      const end = newline === -1 || newline >= b ? b : newline + 1;
      const raw = this.text.slice(start, end);
      out.push({ kind: 'text', text: quoted ? unescapeQuoted(raw) : unescapeTemplate(raw), span: this.spanAt(start, end) });
      start = end;
    }
  }

  private spanAt(start: number, end: number): Span {
    if (this.fixedSpan) return this.fixedSpan;
    this.source ??= new SourceText(this.file, this.text);
    return this.source.span(start, end);
  }

  private ifTokens(node: Node, quoted: boolean, depth: number, out: TemplateToken[]): void {
    const kids = node.children;
    const intro = kids.find((c) => c.type === 'template_if_intro')!;
    const elseIntro = kids.find((c) => c.type === 'template_else_intro');
    const end = kids.find((c) => c.type === 'template_if_end');
    const condNode = intro.namedChildren.find((c) => c.type === 'expression');
    const branch = (a: number, b: number): void => this.templateTokens(a, b, kids.filter((c) => c.startIndex >= a && c.endIndex <= b), quoted, depth, out);
    out.push({ kind: 'if', cond: condNode ? this.expr(condNode, depth + 1) : this.missing(node), span: this.span(node), ...stripMarkers(intro) });
    branch(intro.endIndex, (elseIntro ?? end)?.startIndex ?? node.endIndex);
    if (elseIntro) {
      out.push({ kind: 'else', ...stripMarkers(elseIntro) });
      branch(elseIntro.endIndex, end ? end.startIndex : node.endIndex);
    }
    out.push({ kind: 'endif', ...(end ? stripMarkers(end) : NO_STRIP) });
  }

  private forTokens(node: Node, quoted: boolean, depth: number, out: TemplateToken[]): void {
    const kids = node.children;
    const start = kids.find((c) => c.type === 'template_for_start')!;
    const end = kids.find((c) => c.type === 'template_for_end');
    const vars = start.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text);
    const collection = start.namedChildren.find((c) => c.type === 'expression');
    const [first, second] = vars;
    out.push({
      kind: 'for',
      ...(second !== undefined ? { keyVar: first!, valueVar: second } : { valueVar: first ?? '_' }),
      collection: collection ? this.expr(collection, depth + 1) : this.missing(node),
      span: this.span(node),
      ...stripMarkers(start),
    });
    const stop = end ? end.startIndex : node.endIndex;
    this.templateTokens(start.endIndex, stop, kids.filter((c) => c.startIndex >= start.endIndex && c.endIndex <= stop), quoted, depth, out);
    out.push({ kind: 'endfor', ...(end ? stripMarkers(end) : NO_STRIP) });
  }
}

/** `.name`, or a legacy index `.0`: the steps an attribute-only splat (`.*`) takes. */
function isAttributeStep(step: Node): boolean {
  return step.type === 'get_attr' || (step.type === 'index' && step.namedChildren[0]?.type === 'legacy_index');
}

const DELIMITERS = new Set(['quoted_template_start', 'quoted_template_end', 'heredoc_start', 'heredoc_identifier']);

function insideBrackets(node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'attribute' || p.type === 'object_elem') return false;
    if (NEWLINE_INSENSITIVE.has(p.type)) return true;
    if (p.type === 'expression' && p.children[0]?.type === '(') return true;
  }
  return false;
}

/** Strip markers of one `${…}` or `%{…}`: `~` after the opener, `~` before the closing brace. */
interface Strip {
  stripBefore: boolean;
  stripAfter: boolean;
}

const NO_STRIP: Strip = { stripBefore: false, stripAfter: false };

/**
 * A template as the flat token sequence HCL's parser works on: literal text and the `${…}` /
 * `%{…}` sequences, directives still open/close pairs. Strip markers and `<<-` indentation act on
 * this sequence; `nestTemplate` then builds the parts.
 */
type TemplateToken =
  | { kind: 'text'; text: string; span: Span }
  | ({ kind: 'interpolation'; expr: Expr; span: Span } & Strip)
  | ({ kind: 'if'; cond: Expr; span: Span } & Strip)
  | ({ kind: 'for'; keyVar?: string; valueVar: string; collection: Expr; span: Span } & Strip)
  | ({ kind: 'else' | 'endif' | 'endfor' } & Strip);

function stripMarkers(node: Node): Strip {
  let stripBefore = false;
  let stripAfter = false;
  for (const m of node.children) {
    if (m.type !== 'strip_marker') continue;
    const prev = m.previousSibling?.type;
    if (prev === 'template_interpolation_start' || prev === 'template_directive_start') stripBefore = true;
    else stripAfter = true;
  }
  return { stripBefore, stripAfter };
}

/** `${~` / `%{~` trims the whitespace ending the text token just before; `~}` that starting the one just after. */
function stripTemplate(tokens: TemplateToken[]): TemplateToken[] {
  tokens.forEach((t, i) => {
    if (t.kind === 'text') return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (t.stripBefore && before?.kind === 'text') before.text = before.text.replace(/\s+$/, '');
    if (t.stripAfter && after?.kind === 'text') after.text = after.text.replace(/^\s+/, '');
  });
  return tokens;
}

/**
 * `<<-` heredocs, as HCL does it after strip markers: the smallest indentation of the text tokens
 * that start a line is removed from each of them. A line starting with `${` or `%{` counts as
 * unindented; whitespace-only lines are neither counted nor changed.
 */
function flushHeredoc(tokens: TemplateToken[]): void {
  const adjust: { text: string }[] = [];
  let min = Infinity;
  let lineStart = true;
  for (const t of tokens) {
    if (lineStart) {
      lineStart = false;
      if (t.kind !== 'text') min = 0;
      else {
        const indent = /^\s*/.exec(t.text)![0].length;
        if (indent < t.text.length || !t.text.endsWith('\n')) {
          min = Math.min(min, indent);
          adjust.push(t);
        }
      }
    }
    if (t.kind === 'text' && t.text.endsWith('\n')) lineStart = true;
  }
  if (!Number.isFinite(min) || min === 0) return;
  for (const t of adjust) t.text = t.text.slice(min);
}

/** Builds template parts from tokens: adjacent text joined, empty text dropped, directives nested. */
function nestTemplate(tokens: TemplateToken[]): TemplatePart[] {
  let i = 0;
  const parts = (stop: ReadonlySet<string>): TemplatePart[] => {
    const out: TemplatePart[] = [];
    while (i < tokens.length && !stop.has(tokens[i]!.kind)) {
      const t = tokens[i++]!;
      if (t.kind === 'text') {
        const last = out[out.length - 1];
        if (t.text === '') continue;
        if (last?.kind === 'text') {
          last.text += t.text;
          last.span = { ...last.span, end: t.span.end };
        } else out.push({ kind: 'text', text: t.text, span: t.span });
      } else if (t.kind === 'interpolation') out.push({ kind: 'interpolation', expr: t.expr, span: t.span });
      else if (t.kind === 'if') {
        const then = parts(IF_BRANCH_END);
        const otherwise = tokens[i]?.kind === 'else' ? (i++, parts(IF_END)) : [];
        i++;
        out.push({ kind: 'if', cond: t.cond, then, else: otherwise, span: t.span });
      } else if (t.kind === 'for') {
        const body = parts(FOR_END);
        i++;
        out.push({ kind: 'for', ...(t.keyVar !== undefined ? { keyVar: t.keyVar } : {}), valueVar: t.valueVar, collection: t.collection, body, span: t.span });
      }
    }
    return out;
  };
  return parts(new Set());
}

const IF_BRANCH_END = new Set(['else', 'endif']);
const IF_END = new Set(['endif']);
const FOR_END = new Set(['endfor']);

const QUOTED_ESCAPE = /\\(?:n|r|t|"|\\|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})|\$\$\{|%%\{/g;

function unescapeQuoted(raw: string): string {
  return raw.replace(QUOTED_ESCAPE, (m) => {
    switch (m[1]) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U': {
        // An escape beyond U+10FFFF names no character; keep it as written rather than fail.
        const code = parseInt(m.slice(2), 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      default:
        return m.slice(1);
    }
  });
}

function unescapeTemplate(raw: string): string {
  return raw.replace(/\$\$\{|%%\{/g, (m) => m.slice(1));
}

/** A template of nothing but literal text is a string literal. */
function simplifyTemplate(t: Expr & { kind: 'template' }): Expr {
  if (t.parts.length === 0) return { kind: 'literal', value: '', span: t.span };
  if (t.parts.length === 1 && t.parts[0]!.kind === 'text') return { kind: 'literal', value: t.parts[0]!.text, span: t.span };
  return t;
}

/**
 * The HCL syntax tree the evaluator reads. Both the native-syntax parser (`native/parser.ts`) and the
 * JSON-syntax reader (`.tf.json`) produce it, so evaluation does not care which one a file used.
 */
import type { Suppression } from '../../model/graph.js';
import type { Span } from '../../model/span.js';

/** A parsed configuration file. */
export interface ConfigFile {
  path: string;
  body: Body;
  /** The file is in Terraform's JSON syntax; string values are templates there. */
  json: boolean;
  /** Inline `tf-acr-lint:ignore` comments (in the JSON syntax, `"//"` keys of blocks). */
  suppressions?: Suppression[];
}

/** Attributes and nested blocks, in source order. */
export interface Body {
  attributes: Attribute[];
  blocks: Block[];
  span: Span;
}

/** `name = expr`. */
export interface Attribute {
  name: string;
  nameSpan: Span;
  expr: Expr;
  /** The whole `name = expr` text. */
  span: Span;
}

/** `type "label" ... { body }`. */
export interface Block {
  type: string;
  labels: { value: string; span: Span }[];
  body: Body;
  span: Span;
  /** From the block type to the opening brace: where a finding about the block as a whole lands. */
  headerSpan: Span;
}

/** A piece of a template: literal text, an interpolation, or a directive. */
export type TemplatePart =
  | { kind: 'text'; text: string; span: Span }
  | { kind: 'interpolation'; expr: Expr; span: Span }
  | { kind: 'if'; cond: Expr; then: TemplatePart[]; else: TemplatePart[]; span: Span }
  | { kind: 'for'; keyVar?: string; valueVar: string; collection: Expr; body: TemplatePart[]; span: Span };

/** An HCL expression. */
export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null; span: Span }
  | { kind: 'template'; parts: TemplatePart[]; span: Span }
  | { kind: 'tuple'; items: Expr[]; span: Span }
  | { kind: 'object'; items: ObjectItem[]; span: Span }
  | { kind: 'variable'; name: string; span: Span }
  | { kind: 'getattr'; object: Expr; name: string; span: Span }
  | { kind: 'index'; object: Expr; key: Expr; span: Span }
  | { kind: 'splat'; object: Expr; each: Expr; span: Span }
  /** The placeholder that a splat's `each` expression is applied to. */
  | { kind: 'splat-item'; span: Span }
  | { kind: 'call'; name: string; args: Expr[]; expandFinal: boolean; span: Span }
  | { kind: 'unary'; op: '-' | '!'; operand: Expr; span: Span }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; span: Span }
  | { kind: 'conditional'; cond: Expr; then: Expr; else: Expr; span: Span }
  | ForExpr
  | { kind: 'parens'; expr: Expr; span: Span }
  /** Syntax the reader understood but the evaluator does not model. */
  | { kind: 'unsupported'; reason: string; span: Span }
  /** Syntax HCL parses but refuses to evaluate (`{ a.b = 1 }`): evaluating it is an error, as in Terraform. */
  | { kind: 'invalid'; reason: string; span: Span };

/** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`. */
export interface ForExpr {
  kind: 'for';
  keyVar?: string;
  valueVar: string;
  collection: Expr;
  keyExpr?: Expr;
  valueExpr: Expr;
  cond?: Expr;
  grouping: boolean;
  span: Span;
}

/** One `key = value` of an object constructor; an identifier key is taken as a literal string. */
export interface ObjectItem {
  key: Expr;
  value: Expr;
  span: Span;
}

/** The binary operators of HCL's expression syntax. */
export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '&&' | '||';

/** A problem found while reading a file; `error` ones keep the file out of evaluation. */
export interface SyntaxProblem {
  message: string;
  span: Span;
  severity: 'error' | 'warning';
}

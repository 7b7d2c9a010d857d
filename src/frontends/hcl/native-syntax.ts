/**
 * Reads HCL's native syntax (`.tf`, `.tfvars`) into the shared syntax tree (`syntax.ts`), with
 * every problem HCL would report. The parser is `native/parser.ts`; positions are 1-based lines
 * and UTF-16 columns, offsets UTF-16 code units into the decoded text.
 */
import type { Span } from '../../model/span.js';
import { NativeParser } from './native/parser.js';
import type { ConfigFile, Expr, SyntaxProblem } from './syntax.js';

export { MAX_NESTING } from './native/parser-base.js';

/** Result of reading one file. `config` holds what was read before the first syntax error, if any. */
export interface NativeReadResult {
  config?: ConfigFile;
  problems: SyntaxProblem[];
}

/** Parses HCL native syntax into the shared syntax tree, with every problem HCL would report. */
export function readNativeConfig(text: string, file: string): NativeReadResult {
  const parser = new NativeParser(file, text);
  const body = parser.configBody();
  return { config: { path: file, body, json: false }, problems: parser.problems };
}

/**
 * Parses a template that was written inside a JSON string (`.tf.json`): the text is already
 * JSON-unescaped, so only `$${` / `%%{` escapes apply, as in a heredoc. Every span is `span`.
 * Its problems go to `report`: an invalid template is an error, as Terraform rejects it.
 */
export function parseJsonTemplate(template: string, span: Span, report?: (problem: SyntaxProblem) => void): Expr {
  const parser = new NativeParser(span.file, template, span);
  const expr = parser.template();
  if (report) for (const problem of parser.problems) report(problem);
  return expr;
}

/**
 * Parses an expression that was written inside a JSON string where HCL reads one rather than a
 * template (a variable's `type` in `.tf.json`). Every span is `span`; undefined when the text is
 * not exactly one expression.
 */
export function parseJsonExpression(text: string, span: Span): Expr | undefined {
  return new NativeParser(span.file, text, span).standaloneExpression();
}
